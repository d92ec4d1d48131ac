import { JSON_FEED_VERSION } from './feed-patterns.js';
import type { JsonFeedChecks } from './json-feed-read.js';

/**
 * Thrown by the quick checks at the first thing the schema would reject: the feed needs the full
 * reading (`json-feed.ts`), which leaves it out and explains why.
 */
export const UNCLEAN = Symbol('unclean JSON Feed');

/**
 * The quick checks of a JSON Feed, without the schema library: the same outputs as the schema's
 * checks (`schemaChecks` in `json-feed.ts`) for every part the schema accepts, and a throw of
 * `UNCLEAN` for any other. What the reading itself finds wrong (dates, unsafe links, empty
 * posts) needs no schema and is reported either way. The tests hold both readings to the same
 * result on every shared fixture and on thousands of generated feeds.
 */
export const cleanChecks: JsonFeedChecks = {
  items(json) {
    if (!isRecord(json)) throw UNCLEAN;
    const { version, items } = json;
    if (typeof version !== 'string' || !JSON_FEED_VERSION.test(version.trim()) || !Array.isArray(items)) throw UNCLEAN;
    return items;
  },
  meta: (json) => fields(json, META),
  item: (raw) => fields(raw, ITEM),
  author: (raw) => (typeof raw === 'string' ? raw : fields(raw, AUTHOR)),
};

type Check = (value: unknown) => boolean;

const anything: Check = () => true;
const text: Check = (value) => typeof value === 'string';
const list: Check = Array.isArray;
const textOrNumber: Check = (value) => text(value) || (typeof value === 'number' && !Number.isNaN(value));

/** Field → check of a present, non-null value. `null` and absence always pass, as in the schema. */
const META: Record<string, Check> = {
  title: text,
  home_page_url: text,
  feed_url: text,
  language: text,
  author: anything,
  authors: list,
};

const ITEM: Record<string, Check> = {
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
};

const AUTHOR: Record<string, Check> = { name: text, url: text, avatar: text };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields the schema knows, copied as it copies them (a key present stays present). */
function fields<T>(value: unknown, checks: Record<string, Check>): T {
  if (!isRecord(value)) throw UNCLEAN;
  const out: Record<string, unknown> = {};
  for (const key in checks) {
    if (!(key in value)) continue;
    const field = value[key];
    if (field !== undefined && field !== null && !checks[key]!(field)) throw UNCLEAN;
    out[key] = field;
  }
  return out as T;
}
