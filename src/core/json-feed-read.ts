import type { FeedProblem } from './feed-problem.js';
import { isPlainWebUrl, safeUrl } from './safe-url.js';
import type { FeedDate } from './rfc3339-date.js';
import { collapseWhitespace, decodeEntities, htmlToText } from './html-to-text.js';
import type { JsonFeedAuthorData, JsonFeedItemData, JsonFeedMetaData } from './json-feed-schema.js';

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
 * How a reading checks the parts of a JSON Feed against the schema: `json-feed.ts` with valibot,
 * leaving out what is wrong and saying why; `clean-json-feed.ts` quickly, for feeds with nothing
 * wrong, giving up (by throwing) at the first thing the schema would reject.
 */
export interface JsonFeedChecks {
  /** The items of a JSON Feed; throws `FeedError('invalid')` for a document that is not one. */
  items(json: unknown): readonly unknown[];
  /** The feed's own fields, wrong-typed ones left out and noted in `problems`. */
  meta(json: unknown, problems: FeedProblem[]): JsonFeedMetaData;
  /** One item's fields the same way, or undefined when the item is not an object (noted). */
  item(raw: unknown, index: number, problems: FeedProblem[]): JsonFeedItemData | undefined;
  /** One author, or why it cannot be read. */
  author(raw: unknown): JsonFeedAuthorData | { readonly problem: string };
  /** A date field (`parseFeedDate` or, in the quick checks, RFC 3339's usual form only). */
  date(raw: string): FeedDate | undefined;
  /**
   * What the reading itself finds wrong at `path`: an unsafe link, a date it cannot read (`raw`),
   * a post with nothing to show. Noted in `problems`, or, in the quick checks, a throw: such a
   * feed is read again in full, and the explanations stay in that reading's code.
   */
  leftOut(problems: FeedProblem[], path: string, why: LeftOut, raw?: string): void;
}

/** Why the reading leaves a part out (see `JsonFeedChecks.leftOut`). */
export type LeftOut = 'link' | 'date' | 'empty';

/**
 * Reads a parsed JSON Feed (1.0 or 1.1) with the given checks. A document that is not a JSON
 * Feed throws `FeedError('invalid')`; a bad item or field is left out and noted in `problems`.
 *
 * Relative URLs resolve against the address the feed was fetched from, as feed readers do, so a
 * central feed works on every site that embeds it. Data given as a property has no address: its
 * own `feed_url` is used where it is an absolute http(s) URL, else the page's address.
 */
export function readJsonFeed(
  json: unknown,
  feedUrl: string | undefined,
  checks: JsonFeedChecks,
): BlogFeed {
  const rawItems = checks.items(json);
  const problems: FeedProblem[] = [];
  const meta = checks.meta(json, problems);
  const base = feedUrl ?? safeUrl(meta.feed_url, undefined) ?? document.baseURI;

  const link = (raw: string | null | undefined, path: string, allowMailto = false) => {
    if (raw === undefined || raw === null || raw.trim() === '') return undefined;
    const url = safeUrl(raw, base, { allowMailto });
    if (!url) checks.leftOut(problems, path, 'link');
    return url;
  };
  /**
   * A post's link, checked now and resolved when shown: a teaser shows ten posts of a thousand,
   * and a plain absolute http(s) URL cannot fail, so it stays unparsed until then.
   */
  const lazyLink = (item: JsonFeedItemData, path: string, key: LinkField): Link | undefined => {
    const raw = item[key];
    if (raw === undefined || raw === null) return undefined;
    if (isPlainWebUrl(raw)) return { raw, base };
    const url = link(raw, `${path}.${key}`);
    return url === undefined ? undefined : { url };
  };
  /** A post's date from one field; a date that cannot be read is noted and left out. */
  const dateOf = (item: JsonFeedItemData, path: string, key: 'date_published' | 'date_modified') => {
    const raw = item[key];
    if (raw === undefined || raw === null || raw.trim() === '') return undefined;
    const date = checks.date(raw);
    if (!date) checks.leftOut(problems, `${path}.${key}`, 'date', raw);
    return date;
  };
  // Posts by the same people repeat the same authors: each (name, url) is read once per feed.
  type KnownAuthor = { author?: BlogAuthor; unsafeUrl: boolean };
  const knownAuthors = new Map<unknown, Map<unknown, KnownAuthor>>();
  const authorsOf = (author: unknown, authors: readonly unknown[] | null | undefined, path: string) => {
    const list = authors ?? (author === undefined || author === null ? [] : [author]);
    const found: BlogAuthor[] = [];
    // Paths are spelled out only for a problem: most authors have none.
    const at = (i: number) => (authors ? `${path}.authors[${i}]` : `${path}.author`);
    list.forEach((raw, i) => {
      const parsed = checks.author(raw);
      if (typeof parsed === 'object' && 'problem' in parsed) {
        problems.push({ path: at(i), message: parsed.problem });
        return;
      }
      const value = typeof parsed === 'string' ? { name: parsed } : parsed;
      const byUrl = knownAuthors.get(value.name) ?? knownAuthors.set(value.name, new Map()).get(value.name)!;
      let known = byUrl.get(value.url);
      if (!known) {
        const name = value.name ? collapseWhitespace(decodeEntities(value.name)) : '';
        // An author known only by URL or avatar has nothing to show.
        const url = name ? link(value.url, `${at(i)}.url`, true) : undefined;
        const unsafeUrl = !!name && !url && !!value.url?.trim();
        known = { author: name ? (url ? { name, url } : { name }) : undefined, unsafeUrl };
        byUrl.set(value.url, known);
      } else if (known.unsafeUrl) {
        checks.leftOut(problems, `${at(i)}.url`, 'link');
      }
      if (known.author) found.push(known.author);
    });
    return found;
  };

  const feedAuthors = authorsOf(meta.author, meta.authors, '$');
  const feedLanguage = language(meta.language);
  const items: BlogItem[] = [];
  rawItems.forEach((raw, index) => {
    const path = `$.items[${index}]`;
    const item = checks.item(raw, index, problems);
    if (!item) return;
    const itemAuthors = authorsOf(item.author, item.authors, path);
    const date = dateOf(item, path, 'date_published') ?? dateOf(item, path, 'date_modified');
    const model = new Post(
      index,
      item,
      date,
      itemAuthors.length > 0 ? itemAuthors : feedAuthors,
      language(item.language) ?? feedLanguage,
      lazyLink(item, path, 'url') ?? lazyLink(item, path, 'external_url'),
      lazyLink(item, path, 'image') ?? lazyLink(item, path, 'banner_image'),
    );
    // Something to show: a date, a link, an image, an author, a title or a text (cheapest first).
    const showable = date || model.hasLink || model.authors.length > 0 || model.title || model.text;
    if (!showable) {
      checks.leftOut(problems, path, 'empty');
      return;
    }
    items.push(model);
  });

  const title = plain(meta.title);
  return {
    title: title || undefined,
    homePageUrl: link(meta.home_page_url, '$.home_page_url'),
    language: feedLanguage,
    items,
    problems,
  };
}

/** Text from a plain-text field: references decoded, HTML a CMS put there anyway reduced to text. */
function plain(raw: string | null | undefined): string {
  if (!raw) return '';
  return LOOKS_LIKE_HTML.test(raw) ? htmlToText(raw) : collapseWhitespace(decodeEntities(raw));
}

type LinkField = 'url' | 'external_url' | 'image' | 'banner_image';

/** A link checked when the feed was read: resolved already, or plain enough to resolve when shown. */
type Link = { readonly url: string } | { readonly raw: string; readonly base: string };

const resolve = (link: Link | undefined): string | undefined =>
  link && ('url' in link ? link.url : safeUrl(link.raw, link.base));

/**
 * A post. Everything needed to choose the posts to show (date, tags, language) is read at once;
 * the text of the title and the excerpt and the resolved links are worked out on first use.
 */
class Post implements BlogItem {
  readonly tags: readonly string[];
  #item: JsonFeedItemData;
  #url: Link | undefined;
  #image: Link | undefined;
  #title: string | undefined | null = null;
  #text: string | undefined;

  constructor(
    readonly index: number,
    item: JsonFeedItemData,
    readonly date: FeedDate | undefined,
    readonly authors: readonly BlogAuthor[],
    readonly language: string | undefined,
    url: Link | undefined,
    image: Link | undefined,
  ) {
    this.#item = item;
    this.#url = url;
    this.#image = image;
    this.tags = (item.tags ?? []).filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
  }

  get id(): string | undefined {
    const id = this.#item.id;
    return id === undefined || id === null ? undefined : String(id);
  }

  get hasLink(): boolean {
    return this.#url !== undefined || this.#image !== undefined;
  }

  get title(): string | undefined {
    if (this.#title === null) this.#title = plain(this.#item.title) || undefined;
    return this.#title;
  }

  get text(): string {
    const item = this.#item;
    return (this.#text ??= plain(item.summary) || plain(item.content_text) || htmlToText(item.content_html ?? ''));
  }

  get url(): string | undefined {
    return resolve(this.#url);
  }

  get image(): string | undefined {
    return resolve(this.#image);
  }
}

function language(raw: string | null | undefined): string | undefined {
  const tag = raw?.trim();
  return tag && LANGUAGE_TAG.test(tag) ? tag.replace(/_/g, '-') : undefined;
}
