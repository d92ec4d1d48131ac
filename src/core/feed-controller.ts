import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, messageOf } from './feed-error.js';
import { loadFeed, prefetchFeed, warnFeed, warnFeedFailure } from './feed-loader.js';
import type { LoadedFeed } from './feed-copy.js';
import { seutuEvent } from './events.js';
import { loadFailureTexts } from './failure-text-loader.js';

export type FeedState<T> =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly data: T;
      /** The stored last good copy (`cache="local"`), shown because loading failed. */
      readonly stale?: boolean;
    }
  | { readonly status: 'error'; readonly error: FeedError };

export interface FeedSource {
  /** The `src` attribute as written; resolved against the page. */
  readonly src?: string | null;
  /** Data set as a JS property; wins over `src`. */
  readonly data?: unknown;
  /**
   * The `cache` attribute: `local` keeps the last good copy of a fetched feed in localStorage
   * and shows it, marked stale, when a later load fails. Anything else: no copy.
   */
  readonly cache?: string | null;
}

export interface FeedControllerOptions<T> {
  /** A name for the interpretation, so two kinds of feed at one URL are cached apart. */
  readonly kind: string;
  /**
   * Validates parsed JSON; throws (or rejects with) `FeedError` when nothing can be shown. May
   * answer later, e.g. after loading the code that explains a feed's problems.
   */
  readonly interpret: (json: unknown, url: string | undefined) => T | Promise<T>;
  /** Entry count for `seutu-load`. */
  readonly count: (data: T) => number;
  /** Where to load from when neither `src` nor data is given; none means `missing-src`. */
  readonly defaultUrl?: () => string;
  /**
   * Checks valid data against what the host asks of it (a project id, say) and returns the
   * error to show instead, e.g. `not-found`; call `recheck()` when the question changes.
   */
  readonly check?: (data: T) => FeedError | undefined;
  /**
   * The host's source, read before each render; an unchanged source is ignored. A host whose
   * source takes more work calls `setSource` itself instead.
   */
  readonly source?: () => FeedSource;
  /**
   * Loads code the host needs to show its data as its attributes ask: a feature most pages do
   * not use, kept in a module of its own (see `LazyModule`). Called once the feed is requested,
   * so the code loads alongside it, and again before each ready state, which waits for it. Should
   * the code fail to load, the data is shown without the feature. Also the place for work the
   * data's view needs whatever the data, done while the feed is on its way: a page's first
   * `Intl` collator or formatter loads locale data (20–60 ms, four times that on a slow phone).
   */
  readonly prepare?: () => Promise<unknown> | undefined;
}

/**
 * Loads one feed for one element: from its `src`, from data set as a property, or from a
 * default URL. Shares requests through the loader's per-URL cache, ignores answers that arrive
 * after the element was removed or its source changed, and fires `seutu-load` / `seutu-error`
 * once the element has rendered the outcome.
 */
export class FeedController<T> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: FeedControllerOptions<T>;
  #source: FeedSource | undefined;
  #generation = 0;
  #pendingEvent: Event | undefined;
  #url: string | null = null;
  /** Counts what was shown: an error that waits for its words is dropped if anything came after. */
  #shown = 0;
  /** The last data read, fresh or stored, kept for `recheck`. */
  #loaded: LoadedFeed<T> | undefined;
  state: FeedState<T> = { status: 'loading' };

  constructor(host: ReactiveControllerHost & HTMLElement, options: FeedControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Call from `willUpdate` when the source may have changed (or give the `source` option);
   * unchanged sources are ignored.
   */
  setSource(source: FeedSource): void {
    if (
      this.#source &&
      this.#source.src === source.src &&
      this.#source.data === source.data &&
      usesCopy(this.#source) === usesCopy(source)
    ) {
      return;
    }
    this.#source = source;
    if (this.#host.isConnected) this.#start();
  }

  /**
   * Runs `check` again on the data already loaded, without fetching: for a host whose question
   * changed while its source did not. Does nothing while loading or after a failed load.
   */
  recheck(): void {
    if (this.#loaded && this.state.status !== 'loading') this.#settle(this.#loaded);
  }

  hostUpdate(): void {
    const source = this.#options.source;
    if (source) this.setSource(source());
  }

  hostConnected(): void {
    // A widget moved in the DOM, or removed mid-load and put back, picks up where it left off.
    if (this.#source && this.state.status === 'loading') this.#start();
  }

  hostDisconnected(): void {
    this.#generation++;
  }

  hostUpdated(): void {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  #start(): void {
    const generation = ++this.#generation;
    const { src, data } = this.#source ?? {};
    const { interpret, kind, defaultUrl } = this.#options;
    this.#loaded = undefined;
    this.#url = null;
    let loading: Promise<LoadedFeed<T>>;
    try {
      if (data !== undefined && data !== null) {
        const read = interpret(data, undefined);
        // Clean data shows at once; data with problems waits for the full reading, which explains them.
        if (!(read instanceof Promise)) return this.#settle({ value: read });
        loading = read.then((value) => ({ value }));
      } else {
        const raw = src?.trim() || defaultUrl?.();
        if (!raw) throw new FeedError('missing-src', 'no src attribute');
        // Until it proves to be a URL, a failure names the address as written.
        this.#url = raw;
        const url = (this.#url = absolute(raw));
        const fresh = loadFeed(url, kind, interpret);
        const freshOnly = () => fresh.then((value): LoadedFeed<T> => ({ value }));
        // The copy's code loads while the feed does; should it fail to load, the feed alone is shown.
        loading = usesCopy(this.#source)
          ? import('./feed-copy.js').then((copy) => copy.loadFeedOrCopy(url, kind, interpret, fresh), freshOnly)
          : freshOnly();
      }
    } catch (error) {
      return this.#fail(error);
    }
    // After the request is made: what the host prepares then is done while the feed is on its way.
    void this.#options.prepare?.();
    this.#show({ status: 'loading' });
    loading.then(
      (loaded) => {
        if (generation !== this.#generation) return;
        if (loaded.stale) warnFeedFailure(this.#url!, loaded.stale.error);
        this.#settle(loaded);
      },
      // Only an element still waiting logs the failure: a removed one stays silent.
      (error: unknown) => generation === this.#generation && this.#fail(error),
    );
  }

  #settle(loaded: LoadedFeed<T>): void {
    this.#loaded = loaded;
    const { value, stale } = loaded;
    const problem = this.#options.check?.(value);
    if (problem) {
      warnFeed(this.#url ?? undefined, problem);
      return this.#showError(problem);
    }
    const prepared = this.#options.prepare?.();
    if (!stale) return this.#showWhen(prepared, { status: 'ready', data: value });
    // A stored copy is shown with its note that it may be out of date, a failure's text.
    this.#showWhen(Promise.all([prepared, loadFailureTexts()]), { status: 'ready', data: value, stale: true });
  }

  #fail(error: unknown): void {
    warnFeedFailure(this.#url ?? undefined, error);
    this.#showError(error instanceof FeedError ? error : new FeedError('invalid', messageOf(error)));
  }

  /** Shows an error once the sentence saying why is at hand, so the error view is complete when `seutu-error` fires. */
  #showError(error: FeedError): void {
    this.#showWhen(loadFailureTexts(), { status: 'error', error });
  }

  /** Shows `state` once `ready` settles (at once without it), unless something else was shown meanwhile. */
  #showWhen(ready: Promise<unknown> | undefined, state: FeedState<T>): void {
    if (!ready) return this.#show(state);
    const ticket = ++this.#shown;
    const show = () => ticket === this.#shown && this.#show(state);
    ready.then(show, show);
  }

  #show(state: FeedState<T>): void {
    this.#shown++;
    this.state = state;
    const url = this.#url;
    this.#pendingEvent =
      state.status === 'ready'
        ? seutuEvent('seutu-load', {
            url,
            count: this.#options.count(state.data),
            ...(state.stale && { stale: true as const }),
          })
        : state.status === 'error'
          ? seutuEvent('seutu-error', {
              url,
              reason: state.error.reason,
              ...(state.error.status && { status: state.error.status }),
            })
          : undefined;
    this.#host.requestUpdate();
  }
}

/**
 * Requests the feeds of the `tag` elements already in the page, as their `FeedController`s will,
 * before the class is defined, so that no request waits for the set-up of the class and of every
 * element on the page (styles, first render): on a slow phone, the demo page's 22 elements held
 * its last request back by about 240 ms. An element with properties of its own before it was
 * defined (data given as a property, say) is left alone, as it may not need its feed; so is one
 * without an address, or with one that is no URL, which it reports itself.
 */
export function prefetchFeeds(tag: string, defaultUrl?: () => string): void {
  for (const element of document.querySelectorAll(tag)) {
    const raw = element.getAttribute('src')?.trim() || defaultUrl?.();
    try {
      if (raw && !Object.keys(element).length) prefetchFeed(absolute(raw));
    } catch {}
  }
}

/** The feed's address resolved against the page; one that is not a URL fails like the network. */
function absolute(raw: string): string {
  try {
    return new URL(raw, document.baseURI).href;
  } catch {
    throw new FeedError('network', `"${raw}" is not a URL`);
  }
}

function usesCopy(source: FeedSource | undefined): boolean {
  return typeof source?.cache === 'string' && source.cache.trim().toLowerCase() === 'local';
}
