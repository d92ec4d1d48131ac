import { prefetchFeeds } from './feed-controller.js';
import type { VersionedConstructor } from './version-warning.js';

/**
 * Registers a custom element unless the tag is taken. Loading the library twice (a CDN bundle
 * and an npm build, say) must never throw: the first definition wins, and when the other one is
 * a different version, one warning names both so the site's developers can tidy up. The feeds
 * of the elements already in the page are requested first (`defaultFeed`: where an element
 * without `src` loads from); a copy that does not define the tag requests nothing.
 */
export function defineElement(
  tag: string,
  constructor: VersionedConstructor,
  defaultFeed?: () => string,
): Promise<void> | undefined {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    prefetchFeeds(tag, defaultFeed);
    registry.define(tag, constructor);
    return;
  }
  // Only a page that loads the library twice can need the warning: its code loads then. The
  // promise settles once any warning is given.
  return import('./version-warning.js').then((code) => code.warnOfSecondVersion(existing, constructor));
}
