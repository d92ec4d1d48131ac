import type { BlogItem } from './json-feed-read.js';

export interface BlogSelection {
  /** Keep only the items this accepts (by tag and language: `postFilter` in `blog-filters.ts`). */
  readonly keep?: ((item: BlogItem) => boolean) | undefined;
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

/**
 * The posts to show: those `keep` accepts, newest first by date (`date_published`, else
 * `date_modified`), undated posts after dated ones in feed order, then cut to `limit`.
 */
export function selectItems(items: readonly BlogItem[], { keep, limit }: BlogSelection): BlogItem[] {
  // Without `keep` every item passes (each is an object): filter() also makes the copy to sort.
  return items
    .filter(keep ?? Boolean)
    .sort(newestFirst)
    .slice(0, postLimit(limit));
}

function newestFirst(a: BlogItem, b: BlogItem): number {
  if (a.date && b.date) return b.date.time - a.date.time || a.index - b.index;
  if (a.date) return -1;
  if (b.date) return 1;
  return a.index - b.index;
}
