// Last good copy: with `cache="local"` every data element stores each valid feed it loaded in
// localStorage and, when a later load fails, shows that copy marked as possibly out of date,
// firing `seutu-load` with `stale: true` instead of `seutu-error`. Broken storage (full,
// disabled, corrupted) never breaks rendering. Without the attribute nothing changes.
import { expect } from '@open-wc/testing';
import { captureWarnings, cleanup, mount } from './helpers.js';
import { clearFeedCache, loaderLimits } from '../src/core/feed-loader.js';
import { STORAGE_PREFIX } from '../src/core/feed-storage.js';
import { ELEMENTS, LANGS, errorText, route, tick, uid, type ElementCase } from './fixtures/elements.js';

const STALE = {
  fi: 'Tiedot voivat olla vanhentuneita.',
  sv: 'Uppgifterna kan vara inaktuella.',
  en: 'This information may be out of date.',
} as const;

const staleText = (el: Element) =>
  (el.shadowRoot!.querySelector('[part="stale"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Our entries in localStorage, by key. */
function storedEntries(): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith(STORAGE_PREFIX)) found.set(key, localStorage.getItem(key)!);
  }
  return found;
}

function clearStored(): void {
  for (const key of storedEntries().keys()) localStorage.removeItem(key);
}

/** Replaces a `Storage.prototype` method until `restore()`. */
const stubs: (() => void)[] = [];
function stubStorage(name: 'getItem' | 'setItem' | 'removeItem', fn: (...args: any[]) => unknown): void {
  const original = Storage.prototype[name];
  Storage.prototype[name] = fn as never;
  stubs.push(() => (Storage.prototype[name] = original as never));
}
/** Makes reading `window.localStorage` throw, as where a page's storage is blocked. */
function blockStorage(): void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const proto = Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  stubs.push(() => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: unknown }).localStorage;
    if (proto) Object.defineProperty(Window.prototype, 'localStorage', proto);
  });
}

/** Loads a feed that answers once and then fails with 500; returns its URL and first outcome. */
async function loadOnce(element: ElementCase, options: { lang?: string; cache?: string } = {}) {
  const src = route(element, `/test-api/ok-then-500/${uid()}`);
  const first = await mount(element.render(src, options));
  return { src, url: new URL(src, location.href).href, first };
}

/** A later page visit: the in-memory cache forgotten, the same URL now failing. */
async function revisit(element: ElementCase, src: string, options: { lang?: string; cache?: string } = {}) {
  clearFeedCache();
  return captureWarnings(() => mount(element.render(src, options)));
}

describe('reliability: last good copy (cache="local")', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);

  beforeEach(() => {
    clearStored();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    loaderLimits.retryDelayMs = 10;
  });

  afterEach(async () => {
    for (const restore of stubs.splice(0).reverse()) restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
    clearStored();
  });

  for (const element of ELEMENTS) {
    describe(`<${element.tag}>`, () => {
      for (const lang of LANGS) {
        it(`shows the stored copy, marked out of date, when a later load fails (${lang})`, async () => {
          const { src, url, first } = await loadOnce(element, { lang, cache: 'local' });
          expect(first.outcome?.type).to.equal('seutu-load');
          expect(first.outcome?.detail).not.to.have.property('stale');
          expect(staleText(first.el)).to.equal('');
          const count = first.el.shadowRoot!.querySelectorAll(element.entries).length;
          expect(count).to.be.greaterThan(0);

          // Stored under the URL, with the time.
          const stored = JSON.parse(storedEntries().get(STORAGE_PREFIX + url)!);
          expect(stored.v).to.equal(1);
          expect(stored.savedAt).to.be.a('number').within(Date.now() - 60_000, Date.now() + 1);
          expect(stored.feed).to.be.an('object');

          const { result, warnings } = await revisit(element, src, { lang, cache: 'local' });
          const { el, outcome } = result;
          expect(outcome).to.deep.equal({
            type: 'seutu-load',
            detail: { url, count: (first.outcome!.detail as { count: number }).count, stale: true },
          });
          expect(staleText(el)).to.equal(STALE[lang]);
          // The note's styles come with its text (loaded on failure), in place when it is shown.
          const note = el.shadowRoot!.querySelector('[part="stale"]')!;
          expect(getComputedStyle(note).borderInlineStartStyle).to.equal('solid');
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const staleSheets = el.shadowRoot!.adoptedStyleSheets.filter((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.stale')),
          );
          expect(staleSheets, 'adopted once').to.have.length(1);
          expect(el.shadowRoot!.querySelectorAll(element.entries)).to.have.length(count);
          expect(errorText(el)).to.equal('');
          // The failure is still logged for the site's developers, once.
          expect(warnings.filter((w) => w.includes(url))).to.have.length(1);
          await expect(el).to.be.accessible();
          expect(uncaught).to.deep.equal([]);
        });
      }

      it('without the attribute stores nothing and shows the error, as before', async () => {
        const { src, url, first } = await loadOnce(element);
        expect(first.outcome?.type).to.equal('seutu-load');
        expect(storedEntries().size).to.equal(0);
        // Even with a copy stored by another element, an element without `cache` ignores it.
        localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ v: 1, savedAt: Date.now(), feed: {} }));
        const { result } = await revisit(element, src);
        expect(result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'http', status: 500 } });
        expect(staleText(result.el)).to.equal('');
      });

      it('storage full (QuotaExceededError): renders, then shows the error when loading fails', async () => {
        stubStorage('setItem', () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        const { src, url, first } = await loadOnce(element, { cache: 'local' });
        expect(first.outcome?.type).to.equal('seutu-load');
        expect(first.el.shadowRoot!.querySelectorAll(element.entries).length).to.be.greaterThan(0);
        const { result } = await revisit(element, src, { cache: 'local' });
        expect(result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'http', status: 500 } });
        expect(errorText(result.el)).to.include('(500)');
        expect(uncaught).to.deep.equal([]);
      });

      it('storage refusing every call (SecurityError): renders, and errors as without a copy', async () => {
        const insecure = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        const { src, url } = await loadOnce(element, { cache: 'local' });
        // A copy is there, but reading it is refused.
        expect(storedEntries().size).to.equal(1);
        stubStorage('getItem', insecure);
        stubStorage('setItem', insecure);
        stubStorage('removeItem', insecure);
        const { result } = await revisit(element, src, { cache: 'local' });
        expect(result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'http', status: 500 } });
        // …and with writes refused, a good load still renders.
        clearFeedCache();
        const fresh = await mount(element.render(route(element, `/test-api/counted/${uid()}`), { cache: 'local' }));
        expect(fresh.outcome?.type).to.equal('seutu-load');
        expect(fresh.el.shadowRoot!.querySelectorAll(element.entries).length).to.be.greaterThan(0);
        expect(uncaught).to.deep.equal([]);
      });

      it('storage blocked (reading window.localStorage throws): renders, and errors as without a copy', async () => {
        blockStorage();
        expect(() => window.localStorage).to.throw();
        const { src, url, first } = await loadOnce(element, { cache: 'local' });
        expect(first.outcome?.type).to.equal('seutu-load');
        expect(first.el.shadowRoot!.querySelectorAll(element.entries).length).to.be.greaterThan(0);
        const { result } = await revisit(element, src, { cache: 'local' });
        expect(result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'http', status: 500 } });
        expect(uncaught).to.deep.equal([]);
      });

      it('a stored copy that is corrupted, or not a valid feed, counts as none', async () => {
        const { src, url } = await loadOnce(element, { cache: 'local' });
        const key = STORAGE_PREFIX + url;
        for (const value of [
          '{"v":1,"savedAt":1,"feed":{"ver', // cut short
          'not json at all',
          JSON.stringify({ v: 1, savedAt: 1, feed: { version: 99, cities: 'none', items: 7 } }),
          JSON.stringify({ v: 2, savedAt: 1, feed: {} }), // a future format
          JSON.stringify({ v: 1, savedAt: 'yesterday', feed: {} }),
          'null',
        ]) {
          localStorage.setItem(key, value);
          const { result } = await revisit(element, src, { cache: 'local' });
          expect(result.outcome, value).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'http', status: 500 } });
          expect(staleText(result.el)).to.equal('');
          expect(errorText(result.el)).to.include('(500)');
        }
        // An unreadable entry is removed rather than read again on every visit.
        localStorage.setItem(key, 'not json at all');
        await revisit(element, src, { cache: 'local' });
        expect(localStorage.getItem(key)).to.equal(null);
        expect(uncaught).to.deep.equal([]);
      });
    });
  }

  it('any failure falls back to the copy: a later answer that is not JSON, or not a valid feed', async () => {
    const element = ELEMENTS[0]!;
    const src = route(element, `/test-api/counted/${uid()}`);
    const url = new URL(src, location.href).href;
    const first = await mount(element.render(src, { cache: 'local' }));
    expect(first.outcome?.type).to.equal('seutu-load');
    const realFetch = window.fetch;
    for (const body of ['<!doctype html><h1>Maintenance</h1>', '{"version":1,"cities":"moved"}']) {
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
        String(input) === url ? new Response(body, { status: 200 }) : realFetch(input, init)) as typeof fetch;
      try {
        const { result } = await revisit(element, src, { cache: 'local' });
        expect(result.outcome, body).to.deep.equal({ type: 'seutu-load', detail: { url, count: 56, stale: true } });
        expect(staleText(result.el)).to.equal(STALE.fi);
      } finally {
        window.fetch = realFetch;
      }
    }
  });

  it('stores nothing for data given as the `feed` property', async () => {
    const feed = await (await fetch('/data/seutu-feed.json')).json();
    const { el, outcome } = await mount(ELEMENTS[0]!.renderData(feed));
    el.setAttribute('cache', 'local');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(outcome?.type).to.equal('seutu-load');
    expect(storedEntries().size).to.equal(0);
  });

  it('elements sharing a URL write the copy once, and a later good load replaces it', async () => {
    const element = ELEMENTS[0]!;
    const src = route(element, `/test-api/flaky/${uid()}`);
    const url = new URL(src, location.href).href;
    let writes = 0;
    const setItem = Storage.prototype.setItem;
    stubStorage('setItem', function (this: Storage, key: string, value: string) {
      if (key.startsWith(STORAGE_PREFIX)) writes++;
      return setItem.call(this, key, value);
    });
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ v: 1, savedAt: 1, feed: { version: 1, cities: [] } }));
    writes = 0;
    await Promise.all([
      mount(element.render(src, { cache: 'local' })),
      mount(element.render(src, { cache: 'local', lang: 'sv' })),
      mount(ELEMENTS[1]!.render(src, { cache: 'local' })),
    ]);
    expect(writes).to.equal(1);
    const stored = JSON.parse(localStorage.getItem(STORAGE_PREFIX + url)!);
    expect(stored.savedAt).to.be.greaterThan(1);
    expect(stored.feed.cities).to.have.length(56);
  });

  it('the attribute can be switched: on, later loads are stored; off, they are not', async () => {
    const element = ELEMENTS[0]!;
    const { el } = await mount(element.render(route(element, `/test-api/counted/${uid()}`)));
    el.setAttribute('cache', 'local');
    el.setAttribute('src', route(element, `/test-api/counted/${uid()}`));
    await new Promise((resolve) => el.addEventListener('seutu-load', resolve, { once: true }));
    expect(storedEntries().size).to.equal(1);
    el.removeAttribute('cache');
    el.setAttribute('src', route(element, `/test-api/counted/${uid()}`));
    await new Promise((resolve) => el.addEventListener('seutu-load', resolve, { once: true }));
    await tick();
    expect(storedEntries().size).to.equal(1);
  });
});
