import type { Project } from './network-feed.js';
import type { ProjectStatus } from './network-feed-schema.js';

const STATUS_RANK: Record<ProjectStatus, number> = { ongoing: 0, planned: 1, completed: 2 };

/**
 * Projects in reading order: ongoing first, then planned, then completed; within each, the
 * newest start first and undated ones last. Ties keep the feed's order (the sort is stable),
 * which is the order network staff chose.
 */
export function sortProjects(projects: readonly Project[]): Project[] {
  return [...projects].sort(
    (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareStartNewestFirst(a.start, b.start),
  );
}

function compareStartNewestFirst(a: string | undefined, b: string | undefined): number {
  // Validated YYYY-MM-DD strings sort as dates; a missing start, as '', sorts below every date.
  return a === b ? 0 : (a ?? '') < (b ?? '') ? 1 : -1;
}
