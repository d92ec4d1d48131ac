import type { ReactiveControllerHost } from 'lit';
import type { NetworkFeed, Project } from '../core/network-feed.js';

type RareCardParts = typeof import('./rare-card-parts.js');

/** Towns named in full before the rest collapse into "and N more". */
export const TOWNS_SHOWN = 6;

/** The parts few cards show, once loaded: shared by every card on the page. */
let parts: RareCardParts | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the parts, once; resolves when they are here or could not be loaded (a later call tries again). */
function load(): Promise<unknown> {
  return (loading ??= import('./rare-card-parts.js').then(
    (module) => (parts = module),
    () => (loading = undefined),
  ));
}

/** A period open at one end, or enough towns (with a lead besides) to need "and N more". */
const needsRareParts = (project: Project) => !project.start !== !project.end || project.cities.length >= TOWNS_SHOWN;

/**
 * The feed read for cards, once the parts few cards show are at hand if one of its projects
 * needs them, so its cards are first shown complete. Whichever card or list reads a feed first
 * loads them for all.
 */
export function withRareParts(read: NetworkFeed | Promise<NetworkFeed>): NetworkFeed | Promise<NetworkFeed> {
  if (read instanceof Promise) return read.then(withRareParts);
  return !parts && read.projects.some(needsRareParts) ? load().then(() => read) : read;
}

/**
 * The parts few cards show, or undefined while they are missing (their module failed to load,
 * or the feed was read without them): the card then shows a plainer form, loads them, and
 * `host` renders again when they arrive.
 */
export function rareParts(host: ReactiveControllerHost): RareCardParts | undefined {
  if (!parts) void load().then(() => parts && host.requestUpdate());
  return parts;
}
