// The quick reading of clean network feeds (clean-network-feed.ts) against the full reading
// (network-feed.ts, valibot): whenever the quick one answers, the full one finds no problem and
// gives the same result; on the shipped feed the quick one answers, so elements never load the
// full reading for it. Feeds with problems are covered where elements show them (the states and
// reliability tests), which now go through the lazily loaded full reading.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readCleanCityFeed, readCleanNetworkFeed } from '../src/core/clean-network-feed.js';
import { readCleanProjectData } from '../src/core/project-data-reader.js';
import { interpretCityFeed, interpretNetworkFeed } from '../src/core/network-feed.js';
import { interpretProjectData } from '../src/core/project-data.js';
import { readCityFeed, readNetworkFeed } from '../src/core/network-feed-reader.js';
import { hostileNetworkFeed } from './fixtures/hostile-feeds.js';
import { mutate, mutations } from './fixtures/feed-mutations.js';
import { captureWarnings, shippedFeed } from './helpers.js';

const URL_OF_FEED = 'https://seutu.example/data/seutu-feed.json';

/** The full reading with its console warnings swallowed: the mutated feeds cause thousands. */
function quietly<T>(read: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return read();
  } finally {
    console.warn = warn;
  }
}

/** Full reading, or the error message it throws. */
function full(read: () => unknown): unknown {
  try {
    return quietly(read);
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('quick reading of clean network feeds', () => {
  let shipped: any;
  before(async () => {
    shipped = await shippedFeed();
  });

  it('reads the shipped feed, towns and projects, exactly as the full reading does', () => {
    const quick = readCleanNetworkFeed(shipped, URL_OF_FEED);
    expect(quick, 'the shipped feed is clean').to.not.equal(undefined);
    expect(quick!.cities).to.have.length(56);
    expect(quick!.projects).to.have.length(3);
    expect(quick).to.deep.equal(interpretNetworkFeed(shipped, URL_OF_FEED));
    expect(readCleanCityFeed(shipped, URL_OF_FEED)).to.deep.equal(interpretCityFeed(shipped, URL_OF_FEED));
  });

  it('answers at once for a clean feed and later, with the problems, for one that has them', async () => {
    expect(readCityFeed(shipped, URL_OF_FEED)).to.not.be.instanceOf(Promise);
    const broken = structuredClone(shipped);
    broken.cities[3].lat = 'north';
    broken.projects[0].end = '2024-02-30';
    const towns = readCityFeed(broken, URL_OF_FEED);
    const all = readNetworkFeed(broken, URL_OF_FEED);
    expect(towns).to.be.instanceOf(Promise);
    const { result, warnings } = await captureWarnings(() => Promise.all([towns, all]));
    const [readTowns, readAll] = result;
    expect(warnings.join('\n')).to.contain('$.cities[3].lat: should be a number').and.contain('$.projects[0].end');
    expect(readTowns.cities).to.have.length(55);
    expect(readTowns.problems.map((p) => p.path)).to.deep.equal(['$.cities[3].lat']);
    expect(readAll.problems.map((p) => p.path)).to.deep.equal(['$.cities[3].lat', '$.projects[0].end']);
  });

  it('gives up on the hostile feed (unsafe links), which the full reading reports', () => {
    const hostile = hostileNetworkFeed();
    expect(readCleanNetworkFeed(hostile, URL_OF_FEED)).to.equal(undefined);
    expect((full(() => interpretNetworkFeed(hostile, URL_OF_FEED)) as any).problems).to.not.be.empty;
  });

  it('never accepts a damaged feed that the full reading would not read the same way', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutations, fc.boolean(), (damage, withProjects) => {
        const doc = mutate(shipped, damage);
        const quick = (withProjects ? readCleanNetworkFeed : readCleanCityFeed)(doc, URL_OF_FEED);
        if (quick === undefined) return;
        accepted++;
        const expected = full(() =>
          withProjects ? interpretNetworkFeed(doc, URL_OF_FEED) : interpretCityFeed(doc, URL_OF_FEED),
        );
        expect(quick).to.deep.equal(expected);
      }),
      { seed: 20261123, numRuns: 1500 },
    );
    // Many mutations leave a feed valid (a new unknown key, a changed text): the property is not vacuous.
    expect(accepted).to.be.greaterThan(100);
  });

  it('reads a project given as data like the full reading, or not at all', () => {
    let accepted = 0;
    const withFeed = (doc: any) => ({ project: doc.projects?.[0], feed: doc });
    fc.assert(
      fc.property(mutations, fc.boolean(), (damage, giveFeed) => {
        const doc = mutate(shipped, damage) as any;
        if (typeof doc !== 'object' || doc === null) return;
        const { project, feed } = giveFeed ? withFeed(doc) : { project: doc.projects?.[0], feed: undefined };
        const quick = readCleanProjectData(project, feed);
        if (quick === undefined) return;
        accepted++;
        expect(quick).to.deep.equal(full(() => interpretProjectData(project, feed)));
      }),
      { seed: 20261124, numRuns: 1000 },
    );
    expect(accepted).to.be.greaterThan(50);
  });
});
