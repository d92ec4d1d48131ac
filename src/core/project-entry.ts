import * as v from 'valibot';
import type { FeedProblem } from './feed-problem.js';
import { isJsonObject } from './json-object.js';
import { jsonPath } from './json-path.js';
import { ProjectSchema } from './network-feed-schema.js';
import type { Project } from './network-feed.js';
import { finishProject } from './project-finish.js';

type Path = readonly (string | number)[];

/** Without these a project cannot be shown: a bad one leaves the whole project out. */
const REQUIRED = new Set(['id', 'title', 'status']);
/** Lists whose bad items are left out one by one. */
const LISTS = new Set(['cities', 'tags']);
/** Optional fields where `null` is read as "not given", the way JSON writers often say it. */
const OPTIONAL = ['summary', 'start', 'end', 'url', 'image', 'lead', 'cities', 'tags'];

/**
 * Reads one project leniently. An invalid required field (`id`, `title`, `status`) leaves the
 * project out; an invalid optional field is left out on its own, so a wrong-typed summary or
 * an unreadable date never hides the rest of a project. Dates that are not real calendar days,
 * or an end before the start, leave out the whole period: showing only half of it would state
 * something the feed did not say ("from March 2024" for a project that has an end). Unsafe
 * URLs are dropped. Every problem is added to `problems` with its JSON path.
 */
export function readProject(
  item: unknown,
  path: Path,
  base: string | undefined,
  problems: FeedProblem[],
): Project | undefined {
  let draft: unknown = item;
  if (isJsonObject(item)) {
    const copy = { ...item };
    for (const key of OPTIONAL) if (copy[key] === null) delete copy[key];
    draft = copy;
  }
  // Each pass prunes every field the schema rejected; a second pass can only meet problems
  // inside what remains, so two or three passes always end it.
  for (let pass = 0; pass < 4; pass++) {
    const parsed = v.safeParse(ProjectSchema, draft);
    if (parsed.success) return finishProject(parsed.output, item as Record<string, unknown>, path, base, problems);
    const fatal = parsed.issues.find((issue) => {
      const field = issue.path?.[0]?.key;
      return typeof field !== 'string' || REQUIRED.has(field);
    });
    if (fatal) {
      const keys = (fatal.path ?? []).map((item) => item.key as string | number);
      problems.push({ path: jsonPath([...path, ...keys]), message: `${fatal.message}; the project is left out` });
      return undefined;
    }
    draft = prune(draft as Record<string, unknown>, parsed.issues, path, problems);
  }
  problems.push({ path: jsonPath(path), message: 'could not be read; the project is left out' });
  return undefined;
}

/** Reads a feed's `projects` array: valid projects in order, later repeats of an id left out. */
export function readProjects(
  items: readonly unknown[],
  base: string | undefined,
  problems: FeedProblem[],
  knownTowns?: ReadonlySet<string>,
): Project[] {
  const seen = new Set<string>();
  const projects: Project[] = [];
  items.forEach((item, index) => {
    const path = ['projects', index];
    const project = readProject(item, path, base, problems);
    if (!project) return;
    if (seen.has(project.id)) {
      problems.push({ path: jsonPath([...path, 'id']), message: `repeats id "${project.id}"; left out` });
      return;
    }
    seen.add(project.id);
    if (knownTowns) noteUnknownTowns(project, path, knownTowns, problems);
    projects.push(project);
  });
  return projects;
}

/** Notes towns a project names that the feed does not list; cards cannot name them. */
export function noteUnknownTowns(
  project: Project,
  path: Path,
  knownTowns: ReadonlySet<string>,
  problems: FeedProblem[],
): void {
  if (project.lead !== undefined && !knownTowns.has(project.lead)) {
    problems.push({ path: jsonPath([...path, 'lead']), message: `names "${project.lead}", which is not a town in this feed; not shown` });
  }
  project.cities.forEach((id, i) => {
    if (!knownTowns.has(id)) {
      problems.push({ path: jsonPath([...path, 'cities', i]), message: `names "${id}", which is not a town in this feed; not shown` });
    }
  });
}

function prune(
  draft: Record<string, unknown>,
  issues: readonly v.BaseIssue<unknown>[],
  path: Path,
  problems: FeedProblem[],
): Record<string, unknown> {
  const next = { ...draft };
  const badItems = new Map<string, Set<number>>();
  const done = new Set<string>();
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const field = keys[0] as string;
    const list = draft[field];
    if (LISTS.has(field) && typeof keys[1] === 'number' && Array.isArray(list)) {
      const bad = badItems.get(field) ?? new Set<number>();
      if (bad.has(keys[1])) continue;
      bad.add(keys[1]);
      badItems.set(field, bad);
      problems.push({ path: jsonPath([...path, field, keys[1]]), message: `${issue.message}; left out` });
    } else if (field === 'image' && keys[1] === 'alt' && isJsonObject(draft['image'])) {
      if (done.has('image.alt')) continue;
      done.add('image.alt');
      const { alt: _alt, ...image } = draft['image'];
      next['image'] = image;
      problems.push({
        path: jsonPath([...path, 'image', 'alt']),
        message: `${issue.message}; the image is shown as decorative`,
      });
    } else {
      if (done.has(field)) continue;
      done.add(field);
      delete next[field];
      const what = field === 'start' || field === 'end' ? "the project's dates are left out" : 'left out';
      problems.push({ path: jsonPath([...path, ...keys]), message: `${issue.message}; ${what}` });
    }
  }
  for (const [field, bad] of badItems) {
    next[field] = (draft[field] as unknown[]).filter((_, i) => !bad.has(i));
  }
  return next;
}
