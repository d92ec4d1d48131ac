import { FeedError } from './feed-error.js';
import { warnFeed } from './feed-loader.js';
import { describeProblem, type FeedProblem } from './feed-problem.js';
import { interpretNetworkFeed, type NetworkFeed } from './network-feed.js';
import { noteUnknownTowns, readProject } from './project-entry.js';

/**
 * One project given as data (`card.project = {…}`), read as leniently as a project in a feed.
 * The towns it names come from `feed`, a whole network feed given alongside it; without one
 * they cannot be named and are not shown. Throws `FeedError('invalid')` when the project itself
 * cannot be shown; warns once about anything left out.
 */
export function interpretProjectData(project: unknown, feed?: unknown): NetworkFeed {
  const towns = feed === undefined || feed === null ? undefined : interpretNetworkFeed(feed);
  const problems: FeedProblem[] = [];
  const read = readProject(project, [], document.baseURI, problems);
  if (!read) throw new FeedError('invalid', `not a project: ${describeProblem(problems[0]!)}`);
  if (towns) {
    noteUnknownTowns(read, [], new Set(towns.cities.map((city) => city.id)), problems);
  } else if (read.lead !== undefined || read.cities.length > 0) {
    problems.push({ path: '$.cities', message: 'no network feed was given to name the towns; set `feed` too' });
  }
  if (problems.length > 0) {
    warnFeed(
      undefined,
      `project ${read.id}: ${problems.length} problem(s); the rest is shown. ` +
        problems.slice(0, 10).map(describeProblem).join('; '),
    );
  }
  return {
    network: towns?.network,
    cities: towns?.cities ?? [],
    projects: [read],
    problems: [...(towns?.problems ?? []), ...problems],
  };
}
