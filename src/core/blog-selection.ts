import type { BlogItem } from './json-feed-read.js';
import { languageMatches } from './feed-language.js';

export interface BlogSelection {
  /** Keep only items carrying this tag (compared case-insensitively). */
  readonly tag?: string | null;
  /** Keep only items in this page language, plus items whose language is unknown. */
  readonly language?: string | null;
  /** Keep at most this many (`postLimit`: a whole number, at least 1, else the default). */
  readonly limit: number;
}

/** Default number of posts shown. */
export const DEFAULT_LIMIT = 3;

/** A `limit` as a whole number of posts, at least 1; anything else gives the default. */
export function postLimit(value: unknown): number {
  const limit = Math.floor(Number(value));
  return Number.isFinite(limit) && limit >= 1 ? limit : DEFAULT_LIMIT;
}

const fold = (tag: string) => tag.normalize('NFC').trim().toLocaleLowerCase();

/**
 * The posts to show: filtered by tag and language, newest first by date (`date_published`, else
 * `date_modified`), undated posts after dated ones in feed order, then cut to `limit`.
 */
export function selectItems(items: readonly BlogItem[], { tag, language, limit }: BlogSelection): BlogItem[] {
  const wantedTag = tag?.trim() ? fold(tag) : undefined;
  return items
    .filter((item) => !wantedTag || item.tags.some((t) => fold(t) === wantedTag))
    .filter((item) => !language || languageMatches(item.language, language))
    .sort(newestFirst)
    .slice(0, postLimit(limit));
}

function newestFirst(a: BlogItem, b: BlogItem): number {
  if (a.date && b.date) return b.date.time - a.date.time || a.index - b.index;
  if (a.date) return -1;
  if (b.date) return 1;
  return a.index - b.index;
}
