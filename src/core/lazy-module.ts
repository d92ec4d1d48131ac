import type { ReactiveControllerHost } from 'lit';

/**
 * A module with a feature most pages do not use (a search box, relative dates), imported the
 * first time its host wants it; the host renders again when it arrives. Until then, or if it
 * cannot be loaded, `module` is undefined and the host shows its data without the feature.
 * Give `want` to the host's `FeedController` as `prepare`, so the module loads alongside the
 * feed and the data is first shown with the feature in place.
 */
export class LazyModule<M> {
  module: M | undefined;
  #host: ReactiveControllerHost;
  #load: () => Promise<M>;
  #loading: Promise<unknown> | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#host = host;
    this.#load = load;
  }

  /**
   * Starts loading, once; resolves when the module is there or could not be loaded (then a later
   * call tries again). Undefined once it is loaded: nothing to wait for.
   */
  want(): Promise<unknown> | undefined {
    if (this.module) return undefined;
    return (this.#loading ??= this.#load().then(
      (module) => {
        this.module = module;
        this.#host.requestUpdate();
      },
      () => {
        this.#loading = undefined;
      },
    ));
  }
}

/**
 * What a host's `prepare` waits for: the features its attributes ask for (each a `want()`, or a
 * falsy value for one not asked for) that are still loading; undefined when there are none.
 */
export function stillLoading(...wanted: unknown[]): Promise<unknown> | undefined {
  const loading = wanted.filter((wait) => wait instanceof Promise);
  return loading.length > 0 ? Promise.all(loading) : undefined;
}
