import { cleanProject, namesKnownTowns, readCleanNetworkFeed } from './clean-network-feed.js';
import type { NetworkFeed } from './network-feed.js';

/**
 * How `<seutu-project-card>` reads a project given as data (`card.project = {…}`), with the
 * feed that names its towns: the quick reading when nothing is wrong, else the full one (see
 * `network-feed-reader.ts`). Few pages give a card its project as data, so this loads only
 * for those that do.
 */
export function readProjectData(project: unknown, feed: unknown): NetworkFeed | Promise<NetworkFeed> {
  return (
    readCleanProjectData(project, feed) ??
    import('./project-data.js').then((full) => full.interpretProjectData(project, feed))
  );
}

/**
 * The quick reading of a project given as data: exactly what `interpretProjectData` returns
 * when it finds nothing wrong, or `undefined` (see `readCleanNetworkFeed`).
 */
export function readCleanProjectData(project: unknown, feed: unknown): NetworkFeed | undefined {
  const base = document.baseURI;
  const towns = feed === undefined || feed === null ? undefined : readCleanNetworkFeed(feed, undefined);
  if (towns === undefined && feed !== undefined && feed !== null) return undefined;
  const read = cleanProject(project, base);
  if (!read) return undefined;
  const known = towns ? namesKnownTowns(read, new Set(towns.cities.map((city) => city.id))) : read.lead === undefined && read.cities.length === 0;
  if (!known) return undefined;
  return { network: towns?.network, cities: towns?.cities ?? [], projects: [read], problems: [] };
}
