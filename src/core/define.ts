import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

// Shared through the global object: several copies of the library (CDN bundle, classic bundle,
// npm build) each have their own module scope but must together warn only once per pair.
const WARNED = Symbol.for('seutu-widgets.version-warnings');
const warned: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[WARNED] ??= new Set());

/**
 * Registers a custom element unless the tag is taken. Loading the library twice (a CDN bundle
 * and an npm build, say) must never throw: the first definition wins, and when the other one is
 * a different version, one warning names both so the site's developers can tidy up.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  const theirs = existing.version ?? 'unknown';
  const ours = constructor.version ?? VERSION;
  if (theirs !== ours && !warned.has(`${theirs}/${ours}`)) {
    warned.add(`${theirs}/${ours}`);
    console.warn(
      `[seutu-widgets] version ${ours} is not used: version ${theirs} was loaded first. Load the library once.`,
    );
  }
}
