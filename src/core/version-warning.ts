import { VERSION } from './version.js';

export type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

// Shared through the global object: several copies of the library (CDN bundle, classic bundle,
// npm build) each have their own module scope but must together warn only once per pair.
const WARNED = Symbol.for('seutu-widgets.version-warnings');
const warned: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[WARNED] ??= new Set());

/**
 * Warns, once per page and pair of versions, that the class of a tag defined already (`first`)
 * stays, when `second`, which is not used, is of another version.
 */
export function warnOfSecondVersion(first: VersionedConstructor, second: VersionedConstructor): void {
  const theirs = first.version ?? 'unknown';
  const ours = second.version ?? VERSION;
  if (theirs !== ours && !warned.has(`${theirs}/${ours}`)) {
    warned.add(`${theirs}/${ours}`);
    console.warn(
      `[seutu-widgets] version ${ours} is not used: version ${theirs} was loaded first. Load the library once.`,
    );
  }
}
