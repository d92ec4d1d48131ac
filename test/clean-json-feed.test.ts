// The quick checks of clean JSON Feeds (clean-json-feed.ts) against the schema's checks
// (json-feed.ts, valibot): whenever the quick reading answers, it gives what the full reading
// gives, problems and console warnings included; real feeds written by others read quickly.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cleanChecks, NOT_RFC3339, UNCLEAN } from '../src/core/clean-json-feed.js';
import { parseFeedDate } from '../src/core/feed-dates.js';
import { readJsonFeed, type BlogFeed, type JsonFeedChecks } from '../src/core/json-feed-read.js';
import { interpretJsonFeed } from '../src/core/json-feed.js';
import { readBlogFeed } from '../src/core/blog-feed-reader.js';
import { hostileJsonFeed } from './fixtures/hostile-feeds.js';
import { mutate, mutations } from './fixtures/feed-mutations.js';
import { captureWarnings } from './helpers.js';
import { SHARED_JSON_FEEDS, sharedJsonFeedUrl } from './fixtures/shared-json-feeds.js';

const FEED_URL = 'https://blog.example/feed.json';

/** What a teaser can read of a feed, posts' lazily worked-out fields included. */
function plain(feed: BlogFeed) {
  return {
    ...feed,
    items: feed.items.map(({ index, id, title, text, url, date, authors, image, tags, language }) => ({
      index, id, title, text, url, date, authors, image, tags, language,
    })),
  };
}

type Reading = { feed?: ReturnType<typeof plain>; threw?: string; reports: string[] };

/** One reading with its reports (console warnings) collected. */
function reading(read: (report: (url: string | undefined, message: string) => void) => BlogFeed): Reading {
  const reports: string[] = [];
  try {
    return { feed: plain(read((_, message) => reports.push(message))), reports };
  } catch (error) {
    if (error === UNCLEAN || error === NOT_RFC3339) throw error;
    return { threw: String(error), reports };
  }
}

/**
 * The quick reading, or undefined when it gives up. At a date that is not RFC 3339 it starts
 * over with the reader of every date form, as `readBlogFeed` does once that is loaded.
 */
function quick(doc: unknown, checks: JsonFeedChecks = cleanChecks): Reading | undefined {
  try {
    return reading(() => readJsonFeed(doc, FEED_URL, checks));
  } catch (error) {
    if (error === NOT_RFC3339) return quick(doc, { ...checks, date: parseFeedDate });
    if (error === UNCLEAN) return undefined;
    throw error;
  }
}

const full = (doc: unknown) => reading((report) => interpretJsonFeed(doc, FEED_URL, report));

const FIXTURES = SHARED_JSON_FEEDS;

describe('quick reading of clean JSON Feeds', () => {
  let example: unknown;
  before(async () => {
    example = await (await fetch('/data/blog-example.json')).json();
  });

  it('reads the shipped example and every shared real-world feed as the full reading does', async () => {
    let quickly = 0;
    for (const name of ['/data/blog-example.json', ...FIXTURES.map(sharedJsonFeedUrl)]) {
      const doc = await (await fetch(name)).json();
      const answer = quick(doc);
      if (answer === undefined) continue;
      quickly++;
      expect(answer, name).to.deep.equal(full(doc));
    }
    // Real feeds have nothing the schema rejects: all of them are read without loading it.
    expect(quickly).to.equal(FIXTURES.length + 1);
  });

  it('answers at once for a clean feed and later, with the problems explained, otherwise', async () => {
    expect(readBlogFeed(example, FEED_URL)).to.not.be.instanceOf(Promise);
    const broken = structuredClone(example) as any;
    broken.items[1].title = 42;
    const later = readBlogFeed(broken, FEED_URL);
    expect(later).to.be.instanceOf(Promise);
    const { result, warnings } = await captureWarnings(async () => later);
    expect(warnings.join('\n')).to.contain('$.items[1].title');
    expect(result.items.map((item) => item.index)).to.include(1);
    expect(result.items.find((item) => item.index === 1)!.title).to.equal(undefined);
  });

  it('reads RFC 2822 dates once that reader is loaded, without calling them wrong', async () => {
    const converted = structuredClone(example) as any;
    converted.items[0].date_published = 'Fri, 31 May 2019 12:17:58 -0700';
    const { result, warnings } = await captureWarnings(async () => readBlogFeed(converted, FEED_URL));
    expect(warnings).to.deep.equal([]);
    expect(result.items[0]!.date!.datetime).to.equal('2019-05-31T19:17:58.000Z');
    expect(result).to.deep.equal(interpretJsonFeed(converted, FEED_URL, () => {}));
  });

  it('leaves a feed with unsafe links, unreadable dates or empty posts to the full reading, which explains them', async () => {
    // Every field of the hostile feed has the right type; what is wrong (script URLs) needs no
    // schema to see, but its explanation is the full reading's, loaded only for such a feed.
    const doc = hostileJsonFeed();
    expect(quick(doc), 'the quick reading gives up').to.equal(undefined);
    expect(full(doc).reports.join('\n')).to.contain('not an http(s) or relative URL; left out');
    const later = readBlogFeed(doc, FEED_URL);
    expect(later).to.be.instanceOf(Promise);
    const { result, warnings } = await captureWarnings(async () => later);
    expect(warnings.join('\n')).to.contain('not an http(s) or relative URL; left out');
    expect(plain(result)).to.deep.equal(full(doc).feed);
    for (const [field, value, message] of [
      ['date_published', 'yesterday', '"yesterday" is not an RFC 3339 date; left out'],
      ['url', 'javascript:alert(1)', 'not an http(s) or relative URL; left out'],
    ]) {
      const damaged = structuredClone(example) as any;
      damaged.items[0][field] = value;
      expect(quick(damaged), field).to.equal(undefined);
      expect(full(damaged).reports.join('\n'), field).to.contain(`$.items[0].${field}: ${message}`);
    }
    const empty = structuredClone(example) as any;
    // Nothing of its own, and no authors of the feed's to inherit.
    empty.items[0] = { id: 'empty' };
    delete empty.authors;
    delete empty.author;
    expect(quick(empty)).to.equal(undefined);
    expect(full(empty).reports.join('\n')).to.contain('$.items[0]: has nothing to show');
  });

  it('never accepts a damaged feed that the full reading would read differently', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutations, (damage) => {
        const doc = mutate(example, damage);
        const answer = quick(doc);
        if (answer === undefined) return;
        accepted++;
        expect(answer).to.deep.equal(full(doc));
      }),
      { seed: 20261125, numRuns: 1500 },
    );
    expect(accepted).to.be.greaterThan(100);
  });
});
