import { readCleanCityFeed, readCleanNetworkFeed } from './clean-network-feed.js';
import type { NetworkFeed } from './network-feed.js';
import { defaultFeedUrl } from './default-feed-url.js';

/**
 * How the elements read network feeds. A clean feed (the rule) is read at once, without the
 * schema library; a feed with anything wrong in it loads the full reading, which leaves out
 * what is bad, explains it in the console with JSON paths and shows the rest, exactly as the
 * `seutu-widgets validate` command and the published JSON Schema describe it.
 */

/** Towns only, for the list and the map: a bad project is no reason to load anything. */
export function readCityFeed(json: unknown, url: string | undefined): NetworkFeed | Promise<NetworkFeed> {
  return (
    readCleanCityFeed(json, url) ??
    import('./network-feed.js').then((full) => full.interpretCityFeed(json, url))
  );
}

/** Towns and projects. */
export function readNetworkFeed(json: unknown, url: string | undefined): NetworkFeed | Promise<NetworkFeed> {
  return (
    readCleanNetworkFeed(json, url) ??
    import('./network-feed.js').then((full) => full.interpretNetworkFeed(json, url))
  );
}

/**
 * `FeedController` options of the elements that show towns only (the list and the map): one
 * `kind`, so a page with both reads a feed once.
 */
export const townFeed = {
  kind: 'network-towns',
  interpret: readCityFeed,
  count: (feed: NetworkFeed) => feed.cities.length,
  defaultUrl: defaultFeedUrl,
} as const;
