// Lifecycle: an element removed before its feed arrives logs nothing and renders nothing later,
// and a thousand mount/unmount cycles leave no observer, listener or timer behind. Registrations
// are counted by wrapping the platform's own functions for the duration of the test.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount } from './helpers.js';
import { clearFeedCache, loaderLimits } from '../src/core/feed-loader.js';
import { langListenerCount } from '../src/core/lang-observer.js';
import { ELEMENTS, route, tick, uid, type ElementCase } from './fixtures/elements.js';

// ---- counting live registrations -------------------------------------------------------------

interface Counts {
  timers: number;
  listeners: number;
  observers: number;
  langListeners: number;
}

const live = {
  timers: new Set<number>(),
  listeners: new Map<string, EventListenerOrEventListenerObject>(),
  observers: new Set<object>(),
};
const undo: (() => void)[] = [];

function patch<T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]): void {
  const original = target[key];
  target[key] = make(original);
  undo.push(() => (target[key] = original));
}

const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object) => {
  if (!ids.has(o)) ids.set(o, ++nextId);
  return ids.get(o)!;
};

/** Starts counting timers, listeners on window and document, and observers that observe. */
function instrument(): void {
  for (const [set, clear] of [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
  ] as const) {
    const once = set === 'setTimeout';
    patch(window, set, (original) =>
      ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        const box = { id: 0 };
        const run =
          typeof handler === 'function'
            ? (...a: unknown[]) => {
                if (once) live.timers.delete(box.id);
                return (handler as (...a: unknown[]) => unknown)(...a);
              }
            : handler;
        box.id = (original as typeof setTimeout)(run as TimerHandler, ms, ...args) as unknown as number;
        live.timers.add(box.id);
        return box.id;
      }) as never,
    );
    patch(window, clear, (original) =>
      ((id?: number) => {
        if (id !== undefined) live.timers.delete(id);
        return (original as typeof clearTimeout)(id);
      }) as never,
    );
  }
  patch(window, 'requestAnimationFrame', (original) => (callback: FrameRequestCallback) => {
    const box = { id: 0 };
    box.id = original.call(window, (t) => {
      live.timers.delete(-box.id);
      callback(t);
    });
    live.timers.add(-box.id);
    return box.id;
  });
  patch(window, 'cancelAnimationFrame', (original) => (id: number) => {
    live.timers.delete(-id);
    original.call(window, id);
  });

  const counted = (target: EventTarget) => target === window || target === document;
  const keyOf = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}|${idOf(listener)}`;
  const proto = EventTarget.prototype;
  patch(proto, 'addEventListener', (original) =>
    function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (!listener || !counted(this)) return original.call(this, type, listener, options);
      const key = keyOf(type, listener, options);
      if (live.listeners.has(key)) return original.call(this, type, listener, options);
      let registered: EventListenerOrEventListenerObject = listener;
      if (typeof options === 'object' && options.once) {
        // A `once` listener goes away when it fires: stop counting it then.
        registered = function (this: unknown, event: Event) {
          live.listeners.delete(key);
          return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
        };
      }
      live.listeners.set(key, registered);
      options && typeof options === 'object' && options.signal?.addEventListener('abort', () => live.listeners.delete(key));
      return original.call(this, type, registered, options);
    },
  );
  patch(proto, 'removeEventListener', (original) =>
    function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (!listener || !counted(this)) return original.call(this, type, listener, options);
      const key = keyOf(type, listener, options);
      const registered = live.listeners.get(key) ?? listener;
      live.listeners.delete(key);
      return original.call(this, type, registered, options);
    },
  );

  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver] as const) {
    const p = Observer.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    patch(p, 'observe', (original) =>
      function (this: object, ...a: unknown[]) {
        live.observers.add(this);
        return original.apply(this, a);
      },
    );
    patch(p, 'disconnect', (original) =>
      function (this: object, ...a: unknown[]) {
        live.observers.delete(this);
        return original.apply(this, a);
      },
    );
  }
}

function restore(): void {
  for (const fn of undo.splice(0).reverse()) fn();
}

function counts(): Counts {
  return {
    timers: live.timers.size,
    listeners: live.listeners.size,
    observers: live.observers.size,
    langListeners: langListenerCount(),
  };
}

// ---- tests ----------------------------------------------------------------------------------

describe('reliability: lifecycle', () => {
  afterEach(() => {
    restore();
    cleanup();
  });

  for (const element of ELEMENTS) {
    for (const outcome of ['a feed', 'a failing feed'] as const) {
      it(`<${element.tag}> removed before ${outcome} arrives logs nothing and renders nothing later`, async () => {
        loaderLimits.timeoutMs = 5000;
        const path = outcome === 'a feed' ? `/test-api/slow/400?x=${uid()}` : `/test-api/slow-404/400?x=${uid()}`;
        const src = route(element, path);
        const { result, warnings } = await captureWarnings(async () => {
          const { el } = await mount(element.render(src), { settle: false });
          const before = el.shadowRoot!.innerHTML;
          const events: string[] = [];
          for (const type of ['seutu-load', 'seutu-error']) el.addEventListener(type, () => events.push(type));
          el.remove();
          // A request of its own to the same slow URL answers after the element's would have.
          await fetch(src).catch(() => undefined);
          await tick(200);
          return { el, before, events };
        });
        expect(result.events).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        // Still the loading placeholder it had when it was removed: nothing rendered later.
        expect(result.el.shadowRoot!.innerHTML).to.equal(result.before);
        expect(result.el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      });
    }
  }

  it('the counters see what an element registers while it is connected', async () => {
    instrument();
    const baseline = counts();
    const { el } = await mount(ELEMENTS[0]!.renderData({ version: 1, cities: [] }));
    // One shared `lang` observer and its listener while a widget is on the page.
    expect(counts().observers).to.equal(baseline.observers + 1);
    expect(counts().langListeners).to.equal(baseline.langListeners + 1);
    const id = window.setTimeout(() => undefined, 60_000);
    expect(counts().timers).to.equal(baseline.timers + 1);
    window.clearTimeout(id);
    const listener = () => undefined;
    document.addEventListener('click', listener);
    expect(counts().listeners).to.equal(baseline.listeners + 1);
    document.removeEventListener('click', listener);
    el.remove();
    expect(counts()).to.deep.equal(baseline);
  });

  it('1,000 mount/unmount cycles of every element leave no observers, listeners or timers behind', async function () {
    this.timeout(300_000);
    const shipped = await (await fetch('/data/seutu-feed.json')).json();
    const blog = await (await fetch('/data/blog-example.json')).json();
    // Small feeds through the real loader (fetched once, then shared), so each cycle is quick.
    const named = new Set(shipped.projects.flatMap((p: { cities?: string[]; lead?: string }) => [...(p.cities ?? []), p.lead]));
    const cities = shipped.cities.filter((c: { id: string }, i: number) => i < 10 || named.has(c.id));
    const networkSrc = jsonUrl({ ...shipped, cities });
    const blogSrc = jsonUrl(blog);
    const slowSrc = (element: ElementCase) => route(element, `/test-api/slow/300?lifecycle=${uid()}`);
    clearFeedCache();
    loaderLimits.timeoutMs = 5000;

    instrument();
    const baseline = counts();
    const host = document.createElement('div');
    document.body.append(host);
    const { warnings } = await captureWarnings(async () => {
      for (let i = 0; i < 1000; i++) {
        const element = ELEMENTS[i % ELEMENTS.length]!;
        const wrapper = document.createElement('div');
        host.append(wrapper);
        // Most cycles render, then go; some go before their feed arrives (a slow one every 50th,
        // a shared one otherwise); some change the page's language while mounted.
        const src = i % 50 === 7 ? slowSrc(element) : element.feed === 'blog' ? blogSrc : networkSrc;
        render(element.render(src, { lang: i % 3 === 0 ? 'sv' : 'fi', cache: i % 4 === 0 ? 'local' : undefined }), wrapper);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        if (i % 10 !== 3) {
          await el.updateComplete;
          if (i % 7 === 0) {
            wrapper.lang = 'en';
            await el.updateComplete;
          }
        }
        wrapper.remove();
      }
      // In-flight requests answer, their timeout timers are cleared.
      await fetch(route(ELEMENTS[0]!, '/test-api/slow/300')).catch(() => undefined);
      await tick(300);
    });
    host.remove();
    expect(counts()).to.deep.equal(baseline);
    expect(counts().langListeners).to.equal(0);
    expect(warnings).to.deep.equal([]);
    for (const key of Object.keys(localStorage)) if (key.startsWith('seutu-widgets:')) localStorage.removeItem(key);
  });
});
