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
 * `UNCLEAN` for any other, and for anything the reading itself finds wrong (an unsafe link, a
 * date it cannot read, a post with nothing to show): the full reading explains those too, so a
 * clean feed's bundle carries none of the explanations. The tests hold both readings to the same
 * result on every shared fixture and on thousands of generated feeds.
 */
export const cleanChecks: JsonFeedChecks = {
  items(json) {
    const { version, items } = object(json);
    if (typeof version !== 'string' || !JSON_FEED_VERSION.test(version.trim()) || !Array.isArray(items)) throw UNCLEAN;
    return items;
  },
  meta(json) {
    const meta = object(json);
    return clean(meta, text(meta.title) && text(meta.home_page_url) && text(meta.feed_url) && text(meta.language) && list(meta.authors));
  },
  item(raw) {
    const item = object(raw);
    const id = item.id;
    return clean(
      item,
      // A number that is not NaN (the one value unequal to itself), as in the schema.
      (text(id) || (typeof id === 'number' && id === id)) &&
        text(item.url) &&
        text(item.external_url) &&
        text(item.title) &&
        text(item.content_html) &&
        text(item.content_text) &&
        text(item.summary) &&
        text(item.image) &&
        text(item.banner_image) &&
        text(item.date_published) &&
        text(item.date_modified) &&
        list(item.authors) &&
        list(item.tags) &&
        text(item.language),
    );
  },
  author(raw) {
    if (typeof raw === 'string') return raw;
    const author = object(raw);
    return clean(author, text(author.name) && text(author.url) && text(author.avatar));
  },
  date(raw) {
    const text = dateText(raw);
    const date = text === undefined ? undefined : parseRfc3339(text);
    if (!date) throw NOT_RFC3339;
    return date;
  },
  leftOut() {
    throw UNCLEAN;
  },
};

// The fields the schema knows, read by name; fields it does not know are never read. `null` and
// absence always pass, as in the schema.
const text = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const list = (value: unknown) => value === undefined || value === null || Array.isArray(value);

function object(value: unknown): Record<string, unknown> {
  if (!isJsonObject(value)) throw UNCLEAN;
  return value;
}

/**
 * The object itself once every field the schema knows passes: the reading only ever reads those
 * fields, so the copy the schema makes is not needed (a teaser reads a thousand posts to show ten).
 */
function clean<T>(value: Record<string, unknown>, passes: boolean): T {
  if (!passes) throw UNCLEAN;
  return value as T;
}
