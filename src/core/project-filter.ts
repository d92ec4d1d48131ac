import type { NetworkFeed, Project } from './network-feed.js';

/** The project list's filters, as written in its attributes; empty or missing means "any". */
export interface ProjectFilter {
  /** Comma-separated statuses: `ongoing,planned`. */
  readonly status?: string | null;
  /** Comma-separated town ids or municipality codes: `ylivieska`, `977`. */
  readonly city?: string | null;
  /** Comma-separated tags. */
  readonly tag?: string | null;
}

/**
 * The projects matching every given filter; within one filter any listed value matches. A town
 * matches the projects it leads or takes part in. Values are case-insensitive; a value that
 * matches nothing (a typo, a town outside the network) gives no projects rather than all, so a
 * mistake shows up as the empty state instead of a wrong list.
 */
export function filterProjects(feed: NetworkFeed, filter: ProjectFilter): Project[] {
  const statuses = terms(filter.status);
  const tags = terms(filter.tag);
  const towns = terms(filter.city).map(
    (term) => feed.cities.find((city) => city.id === term || city.code === term)?.id ?? term,
  );
  return feed.projects.filter(
    (project) =>
      (statuses.length === 0 || statuses.includes(project.status)) &&
      (tags.length === 0 || project.tags.some((tag) => tags.includes(tag.trim().toLowerCase()))) &&
      (towns.length === 0 ||
        towns.some((town) => project.lead === town || project.cities.includes(town))),
  );
}

/** At most `limit` projects; a missing, zero, negative or non-numeric limit shows them all. */
export function limitProjects<T>(projects: readonly T[], limit: unknown): readonly T[] {
  // Number() makes null and '' 0 and anything else unreadable NaN: neither passes; Infinity keeps all.
  const n = Math.floor(Number(limit));
  return n >= 1 ? projects.slice(0, n) : projects;
}

function terms(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((term) => term.trim().toLowerCase())
    .filter(Boolean);
}
