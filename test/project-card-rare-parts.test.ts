import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, jsonUrl, mount, shippedFeed, texts } from './helpers.js';
import { loadFeed } from '../src/core/feed-loader.js';
import { readNetworkFeed } from '../src/core/network-feed-reader.js';
import type { SeutuProjectCard } from '../src/elements/project-card/project-card.js';

// Its own file, so its page has not loaded the parts few cards show before this test runs.
describe('a card part few projects need, before its code has loaded', () => {
  afterEach(cleanup);

  it('is shown in a plainer form, then as usual once the code arrives', async () => {
    const feed = await shippedFeed();
    const cities = ['kemi', 'tornio', 'raahe', 'nivala', 'kalajoki', 'oulainen', 'ylivieska', 'iisalmi'];
    feed.projects = [{ id: 'p', title: 'P', status: 'ongoing', start: '2024-03-01', cities }];
    const url = jsonUrl(feed);
    // A reading of the feed that did not wait for those parts (as if their module had failed to
    // load): the card finds it in the loader's cache and has to show the project without them.
    await loadFeed(url, 'network', readNetworkFeed);
    const { el, outcome } = await mount<SeutuProjectCard>(
      html`<seutu-project-card src=${url} project="p" lang="fi"></seutu-project-card>`,
    );
    expect(outcome?.type).to.equal('seutu-load');
    const dates = () => texts(el, '[part="dates"]');
    const lists = () => [...el.shadowRoot!.querySelectorAll('[part="town-list"]')].map((list) => list.children.length);
    // An open range with a dash, and every town in the one list.
    expect(dates()).to.deep.equal(['maaliskuu 2024 –']);
    expect(lists()).to.deep.equal([8]);
    expect(texts(el, '[part="more-towns"] summary')).to.deep.equal([]);
    await waitUntil(() => dates()[0] === 'maaliskuusta 2024 alkaen', `still "${dates()[0]}"`);
    expect(lists()).to.deep.equal([6, 2]);
    expect(texts(el, '[part="more-towns"] summary')).to.deep.equal(['ja 2 muuta kaupunkia']);
  });
});
