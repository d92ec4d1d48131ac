import * as v from 'valibot';
import { FeedError } from './feed-error.js';
import { describeProblem, problemSummary, type FeedProblem } from './feed-problem.js';
import { problemsFromIssues } from './schema-issues.js';
import type { LocalizedText } from './localized-text.js';
import {
  CitySchema,
  NetworkFeedOutlineSchema,
  NetworkSchema,
  type ProjectStatus,
} from './network-feed-schema.js';
import { safeUrl } from './safe-url.js';
import { warnFeed } from './feed-loader.js';
import { readProjects } from './project-entry.js';

export interface City {
  readonly id: string;
  readonly code?: string;
  readonly name: LocalizedText;
  readonly region?: LocalizedText;
  /** Official languages, majority first; empty when the feed does not say. */
  readonly languages: readonly string[];
  /** Absolute http(s) URL, or absent when the feed gave none or an unsafe one. */
  readonly url?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface Project {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly status: ProjectStatus;
  readonly start?: string;
  readonly end?: string;
  readonly url?: string;
  readonly image?: { readonly url: string; readonly alt?: LocalizedText };
  readonly lead?: string;
  readonly cities: readonly string[];
  readonly tags: readonly string[];
}

/** A validated network feed with every URL made absolute and safe. */
export interface NetworkFeed {
  readonly network?: { readonly name: LocalizedText; readonly url?: string };
  readonly cities: readonly City[];
  readonly projects: readonly Project[];
  /** What was left out or dropped, with JSON paths; already logged once. */
  readonly problems: readonly FeedProblem[];
}

/**
 * Checks a parsed document against the network feed schema. A document that is not a version 1
 * feed at all throws `FeedError('invalid')`; a bad city or project is left out and reported,
 * and so is a bad optional field of a project (see `readProject`).
 */
export function interpretNetworkFeed(json: unknown, feedUrl?: string): NetworkFeed {
  return interpret(json, feedUrl, readProjects);
}

/**
 * The same for elements that show towns only: the projects are not read (`projects` is empty),
 * so neither is the code that reads them loaded. Use its own `kind` with `FeedController`.
 */
export function interpretCityFeed(json: unknown, feedUrl?: string): NetworkFeed {
  return interpret(json, feedUrl);
}

/**
 * Problems already logged per document, by the reading that logged them: a page with town and
 * project elements on one feed reads it both ways, yet logs each problem once.
 */
const logged = { towns: new WeakMap<object, Set<string>>(), all: new WeakMap<object, Set<string>>() };

function interpret(json: unknown, feedUrl: string | undefined, withProjects?: typeof readProjects): NetworkFeed {
  const outline = v.safeParse(NetworkFeedOutlineSchema, json);
  if (!outline.success) {
    const first = problemsFromIssues(outline.issues)[0]!;
    throw new FeedError('invalid', `not a seutu-feed version 1 document: ${describeProblem(first)}`);
  }
  const base = feedUrl ?? document.baseURI;
  const problems: FeedProblem[] = [];
  const link = (raw: string | undefined, path: string) => {
    if (raw === undefined) return undefined;
    const url = safeUrl(raw, base);
    if (!url) problems.push({ path, message: 'URL is not http(s) or relative; it was dropped' });
    return url;
  };

  const cities = entries(outline.output.cities, CitySchema, 'cities', problems).map(
    ({ value, index }): City => ({
      ...value,
      languages: value.languages ?? [],
      url: link(value.url, `$.cities[${index}].url`),
    }),
  );

  // Projects are read field by field: a bad summary or date leaves out that field, not the project.
  const projects = withProjects
    ? withProjects(outline.output.projects ?? [], base, problems, new Set(cities.map((city) => city.id)))
    : [];

  let network: NetworkFeed['network'];
  if (outline.output.network !== undefined) {
    const parsed = v.safeParse(NetworkSchema, outline.output.network);
    if (parsed.success) {
      network = { name: parsed.output.name, url: link(parsed.output.url, '$.network.url') };
    } else {
      problems.push(...problemsFromIssues(parsed.issues, ['network']).slice(0, 1));
    }
  }

  const described = problems.map(describeProblem);
  const doc = json as object;
  const loggedByOther = (withProjects ? logged.towns : logged.all).get(doc);
  const fresh = loggedByOther ? described.filter((text) => !loggedByOther.has(text)) : described;
  if (described.length > 0) {
    const mine = withProjects ? logged.all : logged.towns;
    mine.set(doc, new Set([...(mine.get(doc) ?? []), ...described]));
  }
  if (fresh.length > 0) {
    warnFeed(feedUrl, problemSummary(fresh));
  }
  return { network, cities, projects, problems };
}

/** Validates each entry on its own; drops invalid ones and repeated ids, noting why. */
function entries<S extends typeof CitySchema>(
  items: readonly unknown[],
  schema: S,
  key: string,
  problems: FeedProblem[],
): { value: v.InferOutput<S>; index: number }[] {
  const seen = new Set<string>();
  const kept: { value: v.InferOutput<S>; index: number }[] = [];
  items.forEach((item, index) => {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.issues, [key, index]).slice(0, 1));
      return;
    }
    const value = parsed.output as v.InferOutput<S>;
    if (seen.has(value.id)) {
      problems.push({ path: `$.${key}[${index}].id`, message: `repeats id "${value.id}"; left out` });
      return;
    }
    seen.add(value.id);
    kept.push({ value, index });
  });
  return kept;
}
