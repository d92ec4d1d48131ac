// Property-based tests (fast-check): random feeds, valid and not, set as the `feed` property of
// every element. Whatever the feed, the element never throws, always ends in the ready, empty or
// error state (with the matching event), and never shows "undefined", "null", "NaN",
// "Invalid Date" or "[object Object]" in its text or attributes unless the feed itself says so.
// Runs are bounded and deterministic: a fixed seed per element, printed with any failure.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { cleanup } from './helpers.js';
import { ELEMENTS, type ElementCase } from './fixtures/elements.js';
import { mutate, mutations } from './fixtures/feed-mutations.js';

const SEED = 20240501;
const RUNS = 100;
const FORBIDDEN = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];

/** What an element shows in its ready state, as opposed to its empty and error states. */
const READY: Record<string, string> = {
  'seutu-city-list': '[part~="list"], [part="sentence"]',
  'seutu-city-map': '[part="map"]',
  'seutu-project-card': '[part="card"]',
  'seutu-project-list': '[part="list"]',
  'seutu-blog-teaser': '[part="list"]',
};

// ---- feeds ------------------------------------------------------------------------------------

let networkBase: any;
let blogBase: any;

/** Feeds for one element: mutations of a valid feed of its kind, valid feeds, and anything at all. */
function feeds(element: ElementCase): fc.Arbitrary<unknown> {
  const base = () => (element.feed === 'blog' ? blogBase : networkBase);
  return fc
    .oneof(
      { weight: 6, arbitrary: mutations.map((m) => mutate(base(), m)) },
      { weight: 1, arbitrary: fc.constant(null).map(() => structuredClone(base())) },
      { weight: 1, arbitrary: fc.jsonValue() },
      { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true, withSparseArray: true }) },
    )
    // `null` and `undefined` mean "no data": the element would load its `src` instead.
    .filter((feed) => feed !== null && feed !== undefined);
}

// ---- checks -----------------------------------------------------------------------------------

/** Every string in a value, keys excluded: what the feed itself may legitimately show. */
function strings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) strings(v, out, seen);
  }
  return out;
}

/** What a reader (or a screen reader) gets: text and attribute values of the shadow root. */
function visible(el: Element): string[] {
  const root = el.shadowRoot!;
  const out = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) for (const { value } of node.attributes) out.push(value);
  return out;
}

interface Settled {
  type: string;
  el: Element;
}

/** Mounts the element with `feed`, waits for its outcome (or its failure to give one). */
async function settle(element: ElementCase, feed: unknown): Promise<Settled> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  try {
    let type = '';
    const outcome = new Promise<void>((resolve) => {
      for (const t of ['seutu-load', 'seutu-error']) {
        wrapper.addEventListener(t, () => ((type ||= t), resolve()), { once: true });
      }
    });
    render(element.renderData(feed), wrapper);
    const el = wrapper.firstElementChild!;
    const stuck = new Promise<void>((resolve) => setTimeout(resolve, 5000));
    await Promise.race([outcome, stuck]);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return { type, el };
  } finally {
    wrapper.remove();
  }
}

describe('reliability: property-based feeds', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);
  const warn = console.warn;

  before(async () => {
    const shipped = await (await fetch('/data/seutu-feed.json')).json();
    // A smaller feed keeps each run quick; a bilingual town and every project stay in it.
    networkBase = { ...shipped, cities: shipped.cities.slice(0, 8) };
    blogBase = await (await fetch('/data/blog-example.json')).json();
  });

  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Bad feeds are reported with a console warning each; thousands of them are noise here.
    console.warn = () => undefined;
  });

  afterEach(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });

  ELEMENTS.forEach((element, index) => {
    const seed = SEED + index;
    it(`<${element.tag}>: ${RUNS} random feeds (seed ${seed}) never throw, always settle, never show placeholders`, async function () {
      this.timeout(300_000);
      const seen = { ready: 0, empty: 0, error: 0 };
      await fc.assert(
        fc.asyncProperty(feeds(element), async (feed) => {
          uncaught.length = 0;
          const { type, el } = await settle(element, feed);
          const root = el.shadowRoot!;
          // Settled, with the event that matches what is shown.
          expect(type, 'no seutu-load or seutu-error').to.be.oneOf(['seutu-load', 'seutu-error']);
          expect(root.querySelector('[aria-busy="true"]'), 'still loading').to.equal(null);
          const error = root.querySelector('[part="error"]') !== null;
          const ready = root.querySelector(READY[element.tag]!) !== null;
          const empty = root.querySelector('slot[name="empty"]') !== null;
          expect(error, 'error shown ⇔ seutu-error').to.equal(type === 'seutu-error');
          expect([error, ready, empty].filter(Boolean), 'exactly one of error, ready, empty').to.have.length(1);
          seen[error ? 'error' : ready ? 'ready' : 'empty']++;
          // No placeholder text that the feed did not contain.
          const own = strings(feed);
          for (const text of visible(el)) {
            for (const word of FORBIDDEN) {
              if (text.includes(word) && !own.some((s) => s.includes(word))) {
                expect.fail(`shows "${word}": ${text.slice(0, 200)}`);
              }
            }
          }
          expect(uncaught).to.deep.equal([]);
        }),
        { seed, numRuns: RUNS, endOnFailure: true },
      );
      // The feeds reached both sides: rendered data as well as rejected documents.
      expect(seen.ready, JSON.stringify(seen)).to.be.greaterThan(RUNS / 10);
      expect(seen.error, JSON.stringify(seen)).to.be.greaterThan(RUNS / 20);
    });
  });

  it('the checks can fail: a placeholder in the output is caught', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<a href="/x" aria-label="Read more: undefined">x</a>';
    const found = visible(host).filter((t) => FORBIDDEN.some((w) => t.includes(w)));
    expect(found).to.deep.equal(['Read more: undefined']);
  });
});
