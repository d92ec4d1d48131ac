import { FeedError, messageOf } from './feed-error.js';

/** Limits from the product contract; tests shorten the timeout instead of waiting ten seconds. */
export const loaderLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  retryDelayMs: 250,
};

const rawCache = new Map<string, Promise<unknown>>();
const interpretedCache = new Map<string, Promise<unknown>>();
/**
 * Each feed `loadFeed` interpreted → the JSON it was read from, to store as the last good copy
 * (exported as `sourceOf`, for reading). Any other key, a primitive included, finds nothing.
 */
const sources = new WeakMap<object, unknown>();
export { sources as sourceOf };

/** Stored copies already read and interpreted in this page (null: none usable), by kind and URL. */
export const copyCache = new Map<string, Promise<StoredCopy<unknown>>>();

/** A last good copy read back and interpreted, with when it was stored; null when none is usable. */
export type StoredCopy<T> = { value: T; savedAt: number } | null;

const PREFIX = '[seutu-widgets]';

/**
 * Fetches and interprets a feed once per page, however many elements ask for it: every caller
 * with the same URL and interpreter shares one promise. A failure is forgotten once it settles,
 * so an element created later tries again instead of inheriting a stale error.
 * A failure is logged by the elements that show it, once however many share it
 * (`warnFeedFailure`): an element removed before its feed failed logs nothing.
 */
export function loadFeed<T>(
  url: string,
  kind: string,
  interpret: (json: unknown, url: string) => T | Promise<T>,
): Promise<T> {
  return shared(interpretedCache, `${kind} ${url}`, () =>
    shared(rawCache, url, () => fetchWithRetry(url)).then(async (json) => {
      const value = await interpret(json, url);
      if (typeof value === 'object' && value !== null) sources.set(value, json);
      return value;
    }),
  ) as Promise<T>;
}

/**
 * Starts fetching a feed that an element is about to ask `loadFeed` for, so that the two share
 * one request: for the elements already in the page when their class is defined (see
 * `prefetchFeeds`). A failure is the element's to report.
 */
export function prefetchFeed(url: string): void {
  shared(rawCache, url, () => fetchWithRetry(url)).catch(() => undefined);
}

/** The promise cached under `key`, made once; forgotten if it fails, so a later caller tries again. */
function shared<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    const made = (promise = make());
    cache.set(key, made);
    made.catch(() => {
      if (cache.get(key) === made) cache.delete(key);
    });
  }
  return promise;
}

const warned = new WeakSet<object>();

/** Logs a failed load once, however many elements shared the request that failed. */
export function warnFeedFailure(url: string | undefined, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (warned.has(error)) return;
    warned.add(error);
  }
  warnFeed(url, error);
}

/** Logs one warning naming the URL, for a feed that failed or had entries left out. */
export function warnFeed(url: string | undefined, problem: unknown): void {
  console.warn(`${PREFIX} ${url ?? 'feed property'}: ${messageOf(problem)}`);
}

async function fetchWithRetry(url: string): Promise<unknown> {
  try {
    return await fetchJson(url);
  } catch (error) {
    // A network failure or a server error (5xx, the only errors with a status that high) may pass.
    if (!(error instanceof FeedError && (error.reason === 'network' || (error.status ?? 0) >= 500))) throw error;
    await new Promise((resolve) => setTimeout(resolve, loaderLimits.retryDelayMs));
    return fetchJson(url);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  // The time limit covers the whole answer, body included: a server that trickles fails too.
  const signal = AbortSignal.timeout(loaderLimits.timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedError('http', `HTTP status ${response.status}`, response.status);
    }
    text = await readLimited(response, loaderLimits.maxBytes);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw signal.aborted
      ? new FeedError('timeout', `no answer within ${loaderLimits.timeoutMs / 1000} s`)
      : new FeedError('network', `could not be fetched (${messageOf(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('parse', 'the response is not JSON');
  }
}

/** Reads the body as text, stopping as soon as it passes `maxBytes` instead of buffering it all. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = response.headers.get('content-length');
  let size = Number(declared);
  let text = '';
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  if (size <= maxBytes) {
    // With its length declared the body is finite: the browser reads it in one go, faster than a
    // stream read chunk by chunk in JS. (A compressed body declares its compressed length, so what
    // it unpacks to is held to the limit too, counted in characters.) Without a length it may
    // never end: it is read as a stream, up to the limit.
    if (declared !== null || !response.body) size = (text = await response.text()).length;
    else {
      reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (let chunk; !(chunk = await reader.read()).done && (size += chunk.value.byteLength) <= maxBytes; ) {
        text += decoder.decode(chunk.value, { stream: true });
      }
      text += decoder.decode();
    }
  }
  if (size > maxBytes) {
    // Refuse the rest too, or the browser keeps downloading what nobody will read.
    await (reader ?? response.body)?.cancel().catch(() => undefined);
    throw new FeedError('invalid', `the feed is larger than ${maxBytes / 1024 / 1024} MB`);
  }
  return text;
}

/** Forgets every cached feed; for tests that load the same URL under different conditions. */
export function clearFeedCache(): void {
  rawCache.clear();
  interpretedCache.clear();
  copyCache.clear();
}
