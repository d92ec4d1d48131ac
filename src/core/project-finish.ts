import type { FeedProblem } from './feed-problem.js';
import { jsonPath } from './json-path.js';
import type { ProjectData } from './network-feed-schema.js';
import type { Project } from './network-feed.js';
import { parseIsoDate } from './project-dates.js';
import { safeUrl } from './safe-url.js';

/**
 * Turns a project that passed the schema into what the elements show: a real calendar period
 * or none, safe absolute URLs, towns and tags without repeats. Shared by the full reading
 * (`project-entry.ts`) and the quick reading of clean feeds, which needs no schema library.
 * `original` is the project as the feed wrote it; `problems` gets what was left out.
 */
export function finishProject(
  value: ProjectData,
  original: Record<string, unknown>,
  path: readonly (string | number)[],
  base: string | undefined,
  problems: FeedProblem[],
): Project {
  const at = (...keys: (string | number)[]) => jsonPath([...path, ...keys]);
  let { start, end } = value;
  // A date the schema rejected was pruned and reported already; the other one goes with it.
  const pruned = (['start', 'end'] as const).some(
    (key) => original[key] !== undefined && original[key] !== null && value[key] === undefined,
  );
  const unreal = (['start', 'end'] as const).find((key) => value[key] !== undefined && !parseIsoDate(value[key]));
  if (unreal) {
    problems.push({ path: at(unreal), message: "is not a calendar date; the project's dates are left out" });
    start = end = undefined;
  } else if (start !== undefined && end !== undefined && end < start) {
    problems.push({ path: at('end'), message: "is before start; the project's dates are left out" });
    start = end = undefined;
  } else if (pruned) {
    start = end = undefined;
  }
  const link = (raw: string | undefined, keys: (string | number)[]) => {
    if (raw === undefined) return undefined;
    const url = safeUrl(raw, base);
    if (!url) problems.push({ path: at(...keys), message: 'URL is not http(s) or relative; it was dropped' });
    return url;
  };
  const imageUrl = value.image ? link(value.image.url, ['image', 'url']) : undefined;
  return {
    id: value.id,
    title: value.title,
    summary: value.summary,
    status: value.status,
    start,
    end,
    url: link(value.url, ['url']),
    image: imageUrl ? { url: imageUrl, alt: value.image?.alt } : undefined,
    lead: value.lead,
    cities: [...new Set(value.cities ?? [])],
    tags: [...new Set(value.tags ?? [])],
  };
}
