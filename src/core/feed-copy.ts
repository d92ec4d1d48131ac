import { copyCache, loadFeed, sourceOf, type StoredCopy } from './feed-loader.js';
import { readStoredFeed, storeFeed } from './feed-storage.js';

// The last good copy (`cache="local"`) is opt-in: loaded with the first element that asks for it.

/** A feed loaded by `loadFeedOrCopy`: fresh, or the last good copy when loading failed. */
export interface LoadedFeed<T> {
  readonly value: T;
  /** Set when `value` comes from the stored copy: when it was stored and why loading failed. */
  readonly stale?: { readonly savedAt: number; readonly error: unknown };
}

/**
 * `loadFeed` with a last good copy (`cache="local"`): a feed that loads and validates is stored
 * in `localStorage`; when a later load fails for any reason, the stored copy is validated again
 * and returned, marked stale, instead of the error. Without a usable copy the error stands.
 * Storage problems (disabled, full, corrupted) only ever mean "no copy". `loading`: the load
 * already under way, if any.
 */
export async function loadFeedOrCopy<T>(
  url: string,
  kind: string,
  interpret: (json: unknown, url: string) => T | Promise<T>,
  loading: Promise<T> = loadFeed(url, kind, interpret),
): Promise<LoadedFeed<T>> {
  const key = `${kind} ${url}`;
  let value: T;
  try {
    value = await loading;
  } catch (error) {
    const copy = await storedCopy(key, url, interpret);
    if (copy) return { value: copy.value, stale: { savedAt: copy.savedAt, error } };
    throw error;
  }
  const json = sourceOf.get(value as object);
  if (json !== undefined) storeFeed(url, json);
  copyCache.delete(key);
  return { value };
}

/** The stored copy of `url` interpreted, once per page and kind; null when none is usable. */
function storedCopy<T>(
  key: string,
  url: string,
  interpret: (json: unknown, url: string) => T | Promise<T>,
): Promise<StoredCopy<T>> {
  let copy = copyCache.get(key) as Promise<StoredCopy<T>> | undefined;
  if (!copy) {
    const stored = readStoredFeed(url);
    copy = stored
      ? (async () => ({ value: await interpret(stored.feed, url), savedAt: stored.savedAt }))().catch(
          // Not a valid feed of this kind (any more): as good as no copy.
          () => null,
        )
      : Promise.resolve(null);
    copyCache.set(key, copy);
  }
  return copy;
}
