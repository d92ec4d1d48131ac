import { isJsonObject } from './json-object.js';
import { LANGUAGE_TAG, MUNICIPALITY_CODE, NOT_BLANK, SLUG } from './feed-patterns.js';
import type { LocalizedText } from './localized-text.js';
import type { City, NetworkFeed, Project } from './network-feed.js';
import { parseIsoDate } from './project-dates.js';
import { safeUrl } from './safe-url.js';

/**
 * The quick reading of a network feed in which nothing is wrong: exactly what the full reading
 * (`interpretNetworkFeed` / `interpretCityFeed` in `network-feed.ts`, on valibot) returns for
 * such a document, or `undefined` at the first thing the full reading would leave out, drop or
 * warn about. Clean feeds are the rule, so the schema library and its explanations load only
 * for a feed that needs them (`network-feed-reader.ts`). It may give up on a feed the full
 * reading accepts (that only costs the load); it never accepts one the full reading would not,
 * and the tests hold it to the same output on every fixture and on thousands of generated feeds.
 */
export function readCleanNetworkFeed(json: unknown, feedUrl: string | undefined): NetworkFeed | undefined {
  return readClean(json, feedUrl, cleanProject);
}

/** Towns only, as `interpretCityFeed`; the project part stays out of the bundles that use this. */
export function readCleanCityFeed(json: unknown, feedUrl: string | undefined): NetworkFeed | undefined {
  return readClean(json, feedUrl);
}

function readClean(
  json: unknown,
  feedUrl: string | undefined,
  readProject?: (item: unknown, base: string) => Project | undefined,
): NetworkFeed | undefined {
  if (!isJsonObject(json) || json['version'] !== 1 || !Array.isArray(json['cities'])) return undefined;
  const rawProjects = json['projects'];
  if (rawProjects !== undefined && !Array.isArray(rawProjects)) return undefined;
  const base = feedUrl ?? document.baseURI;

  const ids = new Set<string>();
  const cities: City[] = [];
  for (const item of json['cities'] as unknown[]) {
    const city = cleanCity(item, base);
    if (!city || ids.has(city.id)) return undefined;
    ids.add(city.id);
    cities.push(city);
  }

  const projects: Project[] = [];
  if (readProject) {
    const seen = new Set<string>();
    for (const item of (rawProjects ?? []) as unknown[]) {
      const project = readProject(item, base);
      if (!project || seen.has(project.id) || !namesKnownTowns(project, ids)) return undefined;
      seen.add(project.id);
      projects.push(project);
    }
  }

  let network: NetworkFeed['network'];
  const rawNetwork = json['network'];
  if (rawNetwork !== undefined) {
    if (!isJsonObject(rawNetwork)) return undefined;
    const name = localized(rawNetwork['name']);
    const url = optionalLink(rawNetwork, 'url', base);
    if (name === undefined || url === false) return undefined;
    network = { name, url };
  }
  return { network, cities, projects, problems: [] };
}

type Fields = Record<string, unknown>;

const isText = (value: unknown): value is string => typeof value === 'string' && NOT_BLANK.test(value);
const matches = (pattern: RegExp) => (value: unknown): value is string =>
  typeof value === 'string' && pattern.test(value);
const isSlug = matches(SLUG);
const isTag = matches(LANGUAGE_TAG);
/** A non-empty string: what the schema asks of URLs (checked for safety apart) and tags. */
const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== '';
const inRange = (min: number, max: number) => (value: unknown): value is number =>
  typeof value === 'number' && value >= min && value <= max;
const isLat = inRange(-90, 90);
const isLon = inRange(-180, 180);

/** A copy of a localized text, or undefined when it is not one. */
function localized(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return isText(value) ? value : undefined;
  if (!isJsonObject(value)) return undefined;
  const copy: Record<string, string> = {};
  let count = 0;
  for (const key of Object.keys(value)) {
    const text = value[key];
    // A language tag is never `__proto__`: such keys, which the schema skips, end the quick reading.
    if (!isTag(key) || !isText(text)) return undefined;
    copy[key] = text;
    count++;
  }
  return count > 0 ? copy : undefined;
}

function listOf<T>(value: unknown, isItem: (item: unknown) => item is T): T[] | undefined {
  return Array.isArray(value) && value.every(isItem) ? [...value] : undefined;
}

/**
 * Copies the optional fields that pass their check into `out`, as the schema does (a key that
 * is present stays present); false when one is present but fails.
 */
function copyOptional(source: Fields, out: object, checks: Record<string, (value: unknown) => unknown>): boolean {
  for (const key in checks) {
    if (!(key in source)) continue;
    const value = source[key];
    if (value === undefined) {
      (out as Fields)[key] = undefined;
      continue;
    }
    const copy = checks[key]!(value);
    if (copy === undefined || copy === false) return false;
    (out as Fields)[key] = copy === true ? value : copy;
  }
  return true;
}

/** A safe absolute URL, undefined when absent, or false when present but unusable. */
function optionalLink(source: Fields, key: string, base: string): string | undefined | false {
  const raw = source[key];
  if (raw === undefined) return undefined;
  return (isFilled(raw) && safeUrl(raw, base)) || false;
}

/** Optional town fields; `url` is checked and made absolute apart, by `optionalLink`. */
const CITY_FIELDS = {
  code: matches(MUNICIPALITY_CODE),
  region: localized,
  languages: (value: unknown) => listOf(value, isTag),
  lat: isLat,
  lon: isLon,
};

function cleanCity(item: unknown, base: string): City | undefined {
  if (!isJsonObject(item)) return undefined;
  const id = item['id'];
  const name = localized(item['name']);
  const data: Partial<City> = {};
  if (!isSlug(id) || name === undefined || !copyOptional(item, data, CITY_FIELDS)) return undefined;
  const url = optionalLink(item, 'url', base);
  if (url === false) return undefined;
  return { id, name, ...data, languages: data.languages ?? [], url };
}

const STATUSES = ['planned', 'ongoing', 'completed'];
/** Optional project fields where `null` means "not given", as in the full reading. */
const NULLABLE = ['summary', 'start', 'end', 'url', 'image', 'lead', 'cities', 'tags'];

/**
 * A real calendar day, which is all the full reading keeps: a date the schema accepts but the
 * calendar lacks ("2024-02-30") costs the project its dates there, with a warning.
 */
const isDay = (value: unknown): value is string => parseIsoDate(value) !== undefined;

/** A list without repeats, as the full reading leaves it. */
function distinct<T>(value: unknown, isItem: (item: unknown) => item is T): T[] | undefined {
  const list = listOf(value, isItem);
  return list && [...new Set(list)];
}

/**
 * The optional project fields as `finishProject` (`project-finish.ts`) leaves them when it finds
 * nothing to report: links safe and absolute against `base`, lists without repeats.
 */
function projectFields(base: string) {
  const link = (value: unknown) => isFilled(value) && safeUrl(value, base);
  return {
    summary: localized,
    start: isDay,
    end: isDay,
    url: link,
    image: (value: unknown) => {
      if (!isJsonObject(value)) return undefined;
      const url = link(value['url']);
      const image = { url, alt: undefined };
      return url && copyOptional(value, image, { alt: localized }) ? image : undefined;
    },
    lead: isSlug,
    cities: (value: unknown) => distinct(value, isSlug),
    tags: (value: unknown) => distinct(value, isFilled),
  };
}

/** One project of a feed, or given as data (`clean-project-data.ts`). */
export function cleanProject(item: unknown, base: string): Project | undefined {
  if (!isJsonObject(item) || !isSlug(item['id']) || !STATUSES.includes(item['status'] as string)) return undefined;
  const title = localized(item['title']);
  if (title === undefined) return undefined;
  const source = { ...item };
  for (const key of NULLABLE) if (source[key] === null) delete source[key];
  const data: Partial<Project> = {};
  if (!copyOptional(source, data, projectFields(base))) return undefined;
  const { start, end } = data;
  if (start !== undefined && end !== undefined && end < start) return undefined;
  return {
    id: item['id'],
    title,
    summary: data.summary,
    status: item['status'] as Project['status'],
    start,
    end,
    url: data.url,
    image: data.image,
    lead: data.lead,
    cities: data.cities ?? [],
    tags: data.tags ?? [],
  };
}

/** Whether every town the project names is in the feed: `noteUnknownTowns` would note nothing. */
export function namesKnownTowns(project: Project, towns: ReadonlySet<string>): boolean {
  return (project.lead === undefined || towns.has(project.lead)) && project.cities.every((id) => towns.has(id));
}
