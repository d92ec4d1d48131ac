// Feed URLs that the stories use for states a property cannot produce. Only URLs under
// `__seutu-storybook__/` are answered here; every other fetch goes to the network unchanged.
//
// Loading held open: the element fetches HOLD_OPEN_SRC and this stub returns a promise that
// never settles and ignores the abort signal, so the loader's 10 s timeout cannot end it: the
// story stays in its loading state (aria-busy, space reserved) for as long as it is open, in
// `storybook dev`, in the static build and in CI alike. A URL on an unanswering port would be
// refused at once (an error, not loading), and a slow dev-server route would not exist in the
// static build.
const PREFIX = '__seutu-storybook__/';

/** A feed that never arrives: the loading state, held open. */
export const HOLD_OPEN_SRC = `${PREFIX}hold-open.json`;
/** A server error (503) on both tries: the `http` error state. */
export const HTTP_503_SRC = `${PREFIX}http-503.json`;
/** An HTML page where JSON was expected: the `parse` error state. */
export const NOT_JSON_SRC = `${PREFIX}not-json.json`;

function stubFor(url: URL): (() => Promise<Response>) | undefined {
  if (!url.pathname.includes(`/${PREFIX}`)) return undefined;
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  switch (name) {
    case 'hold-open.json':
      return () => new Promise<Response>(() => undefined);
    case 'http-503.json':
      return async () => new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
    case 'not-json.json':
      return async () =>
        new Response('<!doctype html><title>Not a feed</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    default:
      return async () => new Response('Not Found', { status: 404 });
  }
}

let installed = false;

/** Wraps `window.fetch` once per page; idempotent. */
export function installFeedStubs(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let url: URL | undefined;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      url = undefined;
    }
    const stub = url && stubFor(url);
    return stub ? stub() : realFetch(input, init);
  };
}
