/**
 * The network feed shipped with the library, found beside the module that runs (the bundler
 * rewrites this path for the single-file bundles), so copying `dist/` anywhere keeps it working.
 */
export function defaultFeedUrl(): string {
  return new URL('../../data/seutu-feed.json', import.meta.url).href;
}
