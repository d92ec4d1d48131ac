import { isJsonObject } from './json-object.js';
import { JSON_FEED_VERSION } from './feed-patterns.js';
import type { JsonFeedChecks } from './json-feed-read.js';
import { dateText, parseRfc3339 } from './rfc3339-date.js';

/**
 * Thrown by the quick checks at the first thing the schema would reject: the feed needs the full
 * reading (`json-feed.ts`), which leaves it out and explains why.
 */
export const UNCLEAN = Symbol('unclean JSON Feed');

/**
 * Thrown by the quick checks at a date not in RFC 3339's usual form (a bare date, one in RFC
 * 2822, or none at all): the quick reading starts over with `parseFeedDate`, loaded then, which
 * reads the other forms and says what is wrong with the rest. Most feeds have usual dates only.
 */
export const NOT_RFC3339 = Symbol('date not in RFC 3339');

/**
 * The quick checks of a JSON Feed, without the schema library: the same outputs as the schema's
 * checks (`schemaChecks` in `json-feed.ts`) for every part the schema accepts, and a throw of
 * `UNCLEAN` for any other. What the reading itself finds wrong (dates, unsafe links, empty
 * posts) needs no schema and is reported either way. The tests hold both readings to the same
 * result on every shared fixture and on thousands of generated feeds.
 */
export const cleanChecks: JsonFeedChecks = {
  items(json) {
    if (!isJsonObject(json)) throw UNCLEAN;
    const { version, items } = json;
    if (typeof version !== 'string' || !JSON_FEED_VERSION.test(version.trim()) || !Array.isArray(items)) throw UNCLEAN;
    return items;
  },
  meta: (json) => fields(json, META),
  item: (raw) => fields(raw, ITEM),
  author: (raw) => (typeof raw === 'string' ? raw : fields(raw, AUTHOR)),
  date(raw) {
    const text = dateText(raw);
    const date = text === undefined ? undefined : parseRfc3339(text);
    if (!date) throw NOT_RFC3339;
    return date;
  },
};

type Check = (value: unknown) => boolean;
/** Field name → check; a Map, so that a feed's `constructor` or `__proto__` key finds nothing. */
type Checks = ReadonlyMap<string, Check>;
const checks = (entries: Record<string, Check>): Checks => new Map(Object.entries(entries));

const anything: Check = () => true;
const text: Check = (value) => typeof value === 'string';
const list: Check = Array.isArray;
const textOrNumber: Check = (value) => text(value) || (typeof value === 'number' && !Number.isNaN(value));

/** Field → check of a present, non-null value. `null` and absence always pass, as in the schema. */
const META: Checks = checks({
  title: text,
  home_page_url: text,
  feed_url: text,
  language: text,
  author: anything,
  authors: list,
});

const ITEM: Checks = checks({
  id: textOrNumber,
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  author: anything,
  authors: list,
  tags: list,
  language: text,
});

const AUTHOR: Checks = checks({ name: text, url: text, avatar: text });


/**
 * The object itself once every field the schema knows passes: the reading only ever reads those
 * fields, so the copy the schema makes is not needed (a teaser reads a thousand posts to show ten).
 */
function fields<T>(value: unknown, checks: Checks): T {
  if (!isJsonObject(value)) throw UNCLEAN;
  for (const key in value) {
    const check = checks.get(key);
    const field = value[key];
    if (check && field !== undefined && field !== null && !check(field)) throw UNCLEAN;
  }
  return value as T;
}
