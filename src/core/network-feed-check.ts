import * as v from 'valibot';
import type { FeedProblem } from './feed-problem.js';
import { problemsFromIssues } from './schema-issues.js';
import { NetworkFeedSchema, type NetworkFeedData } from './network-feed-schema.js';
import { safeUrl } from './safe-url.js';

// Any absolute base will do: only the scheme of the resolved URL matters here.
const PROBE_BASE = 'https://feed.invalid/seutu-feed.json';

/**
 * Everything a feed editor should fix, for the command-line validator: every schema problem
 * (not only the first per entry, as the widgets log), then what the schema cannot see —
 * repeated ids and codes, projects naming towns that are not in the feed, unsafe URLs.
 */
export function checkNetworkFeed(json: unknown): FeedProblem[] {
  const parsed = v.safeParse(NetworkFeedSchema, json);
  const problems = parsed.success ? [] : problemsFromIssues(parsed.issues);
  return [...problems, ...lint(loosely(json))];
}

/** The parts of a possibly invalid document that the cross-checks can still read. */
function loosely(json: unknown): NetworkFeedData {
  const record = (value: unknown): Record<string, any> =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : {};
  const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : []);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const feed = record(json);
  return {
    version: 1,
    network: { name: '', url: text(record(feed.network).url) },
    cities: list(feed.cities).map((c) => ({ id: text(c.id)!, code: text(c.code), name: '', url: text(c.url) })),
    projects: list(feed.projects).map((p) => ({
      id: text(p.id)!,
      title: '',
      status: 'planned',
      url: text(p.url),
      image: { url: text(record(p.image).url)! },
      lead: text(p.lead),
      cities: Array.isArray(p.cities) ? p.cities.filter((c: unknown) => typeof c === 'string') : [],
      start: text(p.start),
      end: text(p.end),
    })),
  };
}

function lint(feed: NetworkFeedData): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const repeated = (key: 'id' | 'code', list: 'cities' | 'projects', values: (string | undefined)[]) => {
    const seen = new Map<string, number>();
    values.forEach((value, index) => {
      if (value === undefined) return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else problems.push({ path: `$.${list}[${index}].${key}`, message: `repeats ${key} "${value}" of $.${list}[${first}]` });
    });
  };
  repeated('id', 'cities', feed.cities.map((c) => c.id));
  repeated('code', 'cities', feed.cities.map((c) => c.code));
  repeated('id', 'projects', (feed.projects ?? []).map((p) => p.id));

  const unsafe = (raw: string | undefined, path: string) => {
    if (raw !== undefined && !safeUrl(raw, PROBE_BASE)) {
      problems.push({ path, message: `"${raw}" is not an http(s) or relative URL; the widgets will drop it` });
    }
  };
  unsafe(feed.network?.url, '$.network.url');
  feed.cities.forEach((city, i) => unsafe(city.url, `$.cities[${i}].url`));

  const towns = new Set(feed.cities.map((c) => c.id));
  (feed.projects ?? []).forEach((project, i) => {
    unsafe(project.url, `$.projects[${i}].url`);
    unsafe(project.image?.url, `$.projects[${i}].image.url`);
    if (project.lead !== undefined && !towns.has(project.lead)) {
      problems.push({ path: `$.projects[${i}].lead`, message: `names "${project.lead}", which is not a town in this feed` });
    }
    project.cities?.forEach((id, j) => {
      if (!towns.has(id)) {
        problems.push({ path: `$.projects[${i}].cities[${j}]`, message: `names "${id}", which is not a town in this feed` });
      }
    });
    if (project.start && project.end && project.end < project.start) {
      problems.push({ path: `$.projects[${i}].end`, message: `is before the start date ${project.start}` });
    }
  });
  return problems;
}
