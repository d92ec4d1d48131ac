/**
 * The last good copy of a feed, kept in `localStorage` for elements with `cache="local"`.
 *
 * One entry per feed URL, under `seutu-widgets:feed:` + the absolute URL, holding
 * `{"v":1,"savedAt":<ms since 1970>,"feed":<the feed's JSON as fetched>}`. Only feeds that were
 * fetched and validated are stored; a stored copy is validated again before it is shown.
 *
 * Storage is a convenience, never a dependency: a page may have it disabled (accessing
 * `localStorage` throws a SecurityError), full (QuotaExceededError), or holding something else
 * under our key. Every failure here is swallowed and reads as "no copy".
 */

export const STORAGE_PREFIX = 'seutu-widgets:feed:';
const FORMAT = 1;

export interface StoredFeed {
  /** The feed's JSON, as it was fetched. */
  readonly feed: unknown;
  /** When it was stored, in ms since the epoch. */
  readonly savedAt: number;
}

/** Raw feeds stored in this page already, so many elements on one feed write it once. */
const stored = new WeakSet<object>();

function storage(): Storage | undefined {
  try {
    // The getter itself throws where the page's storage is blocked.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores `feed` as the last good copy of `url`. Never throws. */
export function storeFeed(url: string, feed: unknown, now = Date.now()): void {
  if (typeof feed !== 'object' || feed === null || stored.has(feed)) return;
  stored.add(feed);
  try {
    const text = JSON.stringify({ v: FORMAT, savedAt: now, feed });
    storage()?.setItem(STORAGE_PREFIX + url, text);
  } catch {
    // Quota exceeded or storage refused: the copy stored earlier, if any, stays the last good one.
  }
}

/** The last good copy of `url`, or undefined when there is none or it cannot be read. Never throws. */
export function readStoredFeed(url: string): StoredFeed | undefined {
  const store = storage();
  if (!store) return undefined;
  let text: string | null;
  try {
    text = store.getItem(STORAGE_PREFIX + url);
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  try {
    const entry = JSON.parse(text) as { v?: unknown; savedAt?: unknown; feed?: unknown } | null;
    const savedAt = entry?.savedAt;
    if (entry?.v === FORMAT && typeof savedAt === 'number' && Number.isFinite(savedAt) && 'feed' in entry) {
      return { feed: entry.feed, savedAt };
    }
  } catch {
    // Not JSON: someone else's value, or a write cut short.
  }
  forgetStoredFeed(url);
  return undefined;
}

/** Removes the stored copy of `url`, e.g. one that is unreadable. Never throws. */
export function forgetStoredFeed(url: string): void {
  try {
    storage()?.removeItem(STORAGE_PREFIX + url);
  } catch {
    // Nothing to do: storage refused.
  }
}
