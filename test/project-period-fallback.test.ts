import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, jsonUrl, mount, shippedFeed, texts } from './helpers.js';
import { loadFeed } from '../src/core/feed-loader.js';
import { readNetworkFeed } from '../src/core/network-feed-reader.js';
import type { SeutuProjectCard } from '../src/elements/project-card/project-card.js';

// Its own file, so its page has not loaded the words for open periods before this test runs.
describe('a project period open at one end, before its words have loaded', () => {
  afterEach(cleanup);

  it('is written with a dash, then in words once they arrive', async () => {
    const feed = await shippedFeed();
    feed.projects = [{ id: 'p', title: 'P', status: 'ongoing', start: '2024-03-01', cities: ['kemi'] }];
    const url = jsonUrl(feed);
    // A reading of the feed that did not wait for the words (as if their module had failed to
    // load): the card finds it in the loader's cache and has to show the period without them.
    await loadFeed(url, 'network', readNetworkFeed);
    const { el, outcome } = await mount<SeutuProjectCard>(
      html`<seutu-project-card src=${url} project="p" lang="fi"></seutu-project-card>`,
    );
    expect(outcome?.type).to.equal('seutu-load');
    const dates = () => texts(el, '[part="dates"]');
    expect(dates()).to.deep.equal(['maaliskuu 2024 –']);
    expect(texts(el, '[part="lead"], [part="town-list"] li')).to.deep.equal(['Kemi']);
    await waitUntil(() => dates()[0] === 'maaliskuusta 2024 alkaen', `still "${dates()[0]}"`);
  });
});
