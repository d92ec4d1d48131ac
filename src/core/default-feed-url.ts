// Read while the module (or the classic-script bundle) is being evaluated: in the IIFE build
// `import.meta.url` becomes `document.currentScript.src`, which is only set at that moment.
const MODULE_URL: string = import.meta.url;

/**
 * The network feed shipped with the library, found beside the module that runs (the bundler
 * rewrites this path for the single-file bundles), so copying `dist/` anywhere keeps it working.
 */
export function defaultFeedUrl(): string {
  return new URL('../../data/seutu-feed.json', MODULE_URL).href;
}
