import * as v from 'valibot';
import { FeedError } from './feed-error.js';
import { describeProblem, problemsFromIssues, type FeedProblem } from './feed-problem.js';
import { warnFeed } from './feed-loader.js';
import { jsonPath } from './json-path.js';
import { safeUrl } from './safe-url.js';
import { parseFeedDate, type FeedDate } from './feed-dates.js';
import { collapseWhitespace, decodeEntities, htmlToText } from './html-to-text.js';
import {
  JsonFeedAuthorSchema,
  JsonFeedItemSchema,
  JsonFeedMetaSchema,
  JsonFeedOutlineSchema,
} from './json-feed-schema.js';

export interface BlogAuthor {
  readonly name: string;
  /** Absolute http(s) or mailto URL. */
  readonly url?: string;
}

/** One post, ready to show: plain text, safe absolute URLs, a checked date. */
export interface BlogItem {
  /** Position in the feed, for a stable order among undated posts. */
  readonly index: number;
  readonly id?: string;
  /** Plain text with character references decoded; absent when the feed gives none. */
  readonly title?: string;
  /**
   * Plain text for the excerpt: `summary`, else `content_text`, else the text of `content_html`;
   * '' when there is none. Worked out on first use: a teaser shows three posts, not three hundred.
   */
  readonly text: string;
  /** `url`, else `external_url`. */
  readonly url?: string;
  /** `date_published`, else `date_modified`. */
  readonly date?: FeedDate;
  /** Item `authors`, else item `author`, else the feed's. */
  readonly authors: readonly BlogAuthor[];
  /** `image`, else `banner_image`. */
  readonly image?: string;
  readonly tags: readonly string[];
  /** The item's `language`, else the feed's. */
  readonly language?: string;
}

/** A validated JSON Feed. */
export interface BlogFeed {
  readonly title?: string;
  readonly homePageUrl?: string;
  readonly language?: string;
  /** Valid items in feed order. */
  readonly items: readonly BlogItem[];
  /** What was left out, with JSON paths; already logged once. */
  readonly problems: readonly FeedProblem[];
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Plain-text fields that some CMSs fill with HTML anyway: recognised by common tags. */
const LOOKS_LIKE_HTML = /<\/?(?:p|br|a|em|strong|b|i|u|span|div|ul|ol|li|img|h[1-6]|blockquote|figure|code|pre)\b[^>]*>/i;

/**
 * Reads a parsed JSON Feed (1.0 or 1.1). A document that is not a JSON Feed throws
 * `FeedError('invalid')` naming the JSON path of the first problem; a bad item or field is left
 * out and all such problems go into one warning.
 *
 * Relative URLs resolve against the address the feed was fetched from, as feed readers do, so a
 * central feed works on every site that embeds it. Data given as a property has no address: its
 * own `feed_url` is used where it is an absolute http(s) URL, else the page's address.
 */
export function interpretJsonFeed(
  json: unknown,
  feedUrl?: string,
  report: (url: string | undefined, message: string) => void = warnFeed,
): BlogFeed {
  const outline = v.safeParse(JsonFeedOutlineSchema, json);
  if (!outline.success) {
    const first = problemsFromIssues(outline.issues)[0]!;
    throw new FeedError('invalid', `not a JSON Feed: ${describeProblem(first)}`);
  }
  const problems: FeedProblem[] = [];
  const meta = lenient(JsonFeedMetaSchema, json as Record<string, unknown>, [], problems) ?? {};
  const base = feedUrl ?? safeUrl(meta.feed_url, undefined) ?? document.baseURI;

  const link = (raw: string | null | undefined, path: string, allowMailto = false) => {
    if (raw === undefined || raw === null || raw.trim() === '') return undefined;
    const url = safeUrl(raw, base, { allowMailto });
    if (!url) problems.push({ path, message: 'not an http(s) or relative URL; left out' });
    return url;
  };
  const authorsOf = (author: unknown, authors: readonly unknown[] | null | undefined, path: string) => {
    const list = authors ?? (author === undefined || author === null ? [] : [author]);
    const key = authors ? 'authors' : 'author';
    const found: BlogAuthor[] = [];
    list.forEach((raw, i) => {
      const at = authors ? `${path}.${key}[${i}]` : `${path}.${key}`;
      const parsed = v.safeParse(JsonFeedAuthorSchema, raw);
      if (!parsed.success) {
        problems.push({ path: at, message: parsed.issues[0].message });
        return;
      }
      const value = typeof parsed.output === 'string' ? { name: parsed.output } : parsed.output;
      const name = value.name ? collapseWhitespace(decodeEntities(value.name)) : '';
      if (!name) return; // an author known only by URL or avatar has nothing to show
      const url = link(value.url, `${at}.url`, true);
      found.push(url ? { name, url } : { name });
    });
    return found;
  };

  const feedAuthors = authorsOf(meta.author, meta.authors, '$');
  const feedLanguage = language(meta.language);
  const items: BlogItem[] = [];
  outline.output.items.forEach((raw, index) => {
    const path = `$.items[${index}]`;
    const item = lenient(JsonFeedItemSchema, raw, ['items', index], problems);
    if (!item) return;
    const itemAuthors = authorsOf(item.author, item.authors, path);
    const date = pickDate(item.date_published, item.date_modified, path, problems);
    const title = plain(item.title);
    const summary = item.summary;
    const contentText = item.content_text;
    const contentHtml = item.content_html;
    let text: string | undefined;
    const model: BlogItem = {
      index,
      id: item.id === undefined || item.id === null ? undefined : String(item.id),
      title: title || undefined,
      get text() {
        return (text ??= plain(summary) || plain(contentText) || htmlToText(contentHtml ?? ''));
      },
      url: link(item.url, `${path}.url`) ?? link(item.external_url, `${path}.external_url`),
      date,
      authors: itemAuthors.length > 0 ? itemAuthors : feedAuthors,
      image: link(item.image, `${path}.image`) ?? link(item.banner_image, `${path}.banner_image`),
      tags: (item.tags ?? []).filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== ''),
      language: language(item.language) ?? feedLanguage,
    };
    // Something to show: a title, a text, a link, a date, an image, or at least an author.
    const showable =
      model.title || model.url || model.date || model.image || model.authors.length > 0 || model.text;
    if (!showable) {
      problems.push({ path, message: 'has nothing to show (no title, text, link, date, image or author); left out' });
      return;
    }
    items.push(model);
  });

  if (problems.length > 0) {
    report(
      feedUrl,
      `${problems.length} problem(s); the rest of the feed is shown. ` +
        problems.slice(0, 10).map(describeProblem).join('; '),
    );
  }
  const title = plain(meta.title);
  return {
    title: title || undefined,
    homePageUrl: link(meta.home_page_url, '$.home_page_url'),
    language: feedLanguage,
    items,
    problems,
  };
}

/**
 * Validates an object field by field: a field of the wrong type is noted and left out, and the
 * rest is kept. Returns undefined only when `value` is not an object at all.
 */
function lenient<S extends typeof JsonFeedItemSchema | typeof JsonFeedMetaSchema>(
  schema: S,
  value: unknown,
  prefix: readonly (string | number)[],
  problems: FeedProblem[],
): v.InferOutput<S> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: jsonPath(prefix), message: 'is not an object; left out' });
    return undefined;
  }
  let current: Record<string, unknown> = value as Record<string, unknown>;
  for (;;) {
    const parsed = v.safeParse(schema, current);
    if (parsed.success) return parsed.output as v.InferOutput<S>;
    const fields = new Set<string>();
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      if (typeof key === 'string' && key in current) fields.add(key);
    }
    if (fields.size === 0) return undefined; // cannot happen with all-optional schemas
    for (const problem of problemsFromIssues(parsed.issues, prefix)) {
      problems.push({ path: problem.path, message: `${problem.message}; left out` });
    }
    current = { ...current };
    for (const key of fields) delete current[key];
  }
}

function pickDate(
  published: string | null | undefined,
  modified: string | null | undefined,
  path: string,
  problems: FeedProblem[],
): FeedDate | undefined {
  const check = (raw: string | null | undefined, key: string) => {
    if (raw === undefined || raw === null || raw.trim() === '') return undefined;
    const date = parseFeedDate(raw);
    if (!date) problems.push({ path: `${path}.${key}`, message: `"${raw.slice(0, 40)}" is not an RFC 3339 date; left out` });
    return date;
  };
  return check(published, 'date_published') ?? check(modified, 'date_modified');
}

/** Text from a plain-text field: references decoded, HTML a CMS put there anyway reduced to text. */
function plain(raw: string | null | undefined): string {
  if (!raw) return '';
  return LOOKS_LIKE_HTML.test(raw) ? htmlToText(raw) : collapseWhitespace(decodeEntities(raw));
}

function language(raw: string | null | undefined): string | undefined {
  const tag = raw?.trim();
  return tag && LANGUAGE_TAG.test(tag) ? tag.replace(/_/g, '-') : undefined;
}
