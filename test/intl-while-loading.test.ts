import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { cleanup, mount, shadowText, shippedFeed } from './helpers.js';
import { forgetCollators } from '../src/core/collation.js';

// A page's first Intl collator or date format loads locale data: 20–60 ms on a desktop, four
// times that on a slow phone. Each element makes the ones its data's view needs once the feed is
// requested, so that work is done while the feed is on its way instead of after it arrives.

type IntlKind = 'Collator' | 'DateTimeFormat';

/**
 * Records the locale of every `Intl[kind]` made until `restore`, marked when it was made before
 * the feed was requested (which would delay the request).
 */
function watchMade(kind: IntlKind, requested: () => boolean): { made: string[]; restore: () => void } {
  const Original = Intl[kind] as unknown as new (locale?: string, options?: object) => object;
  const made: string[] = [];
  const Spy = class extends Original {
    constructor(locale?: string, options?: object) {
      super(locale, options);
      made.push(requested() ? String(locale) : `${locale}, before the feed was requested`);
    }
  };
  (Intl as Record<IntlKind, unknown>)[kind] = Spy;
  return { made, restore: () => ((Intl as Record<IntlKind, unknown>)[kind] = Original) };
}

/** Answers fetches of `url` with `body` only once `release` is called. */
function holdFeed(url: string, body: unknown): { release: () => void; restore: () => void; requested: () => boolean } {
  const original = window.fetch;
  let requested = false;
  let release!: () => void;
  const answer = new Promise<Response>((resolve) => {
    release = () => resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  });
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if ((input instanceof Request ? input.url : String(input)) !== url) return original(input, init);
    requested = true;
    return answer;
  };
  return { release, restore: () => (window.fetch = original), requested: () => requested };
}

async function blogFeed(): Promise<unknown> {
  return (await fetch('/data/blog-example.json')).json();
}

describe('Intl objects are made while the feed loads, not after it arrives', () => {
  afterEach(cleanup);
  beforeEach(forgetCollators);

  const cases: {
    name: string;
    kind: IntlKind;
    lang: string;
    feed: () => Promise<unknown>;
    element: (src: string, feed: any) => TemplateResult;
    shown: (text: string, feed: any) => boolean;
  }[] = [
    {
      name: '<seutu-city-list>: its collator',
      kind: 'Collator',
      lang: 'sv',
      feed: shippedFeed,
      element: (src) => html`<seutu-city-list src=${src}></seutu-city-list>`,
      shown: (text) => text.includes('Jakobstad'),
    },
    {
      name: '<seutu-city-map>: the collator of its list for screen readers',
      kind: 'Collator',
      lang: 'en',
      feed: shippedFeed,
      element: (src) => html`<seutu-city-map src=${src}></seutu-city-map>`,
      shown: (text) => text.includes('Jakobstad'),
    },
    {
      name: '<seutu-project-list>: the collator of its cards’ towns',
      kind: 'Collator',
      lang: 'fi',
      feed: shippedFeed,
      element: (src) => html`<seutu-project-list src=${src}></seutu-project-list>`,
      shown: (text, feed) => text.includes(feed.projects[0].title.fi),
    },
    {
      name: '<seutu-project-card>: the collator of its towns',
      kind: 'Collator',
      lang: 'sv',
      feed: shippedFeed,
      element: (src, feed) => html`<seutu-project-card src=${src} project=${feed.projects[0].id}></seutu-project-card>`,
      shown: (text, feed) => text.includes(feed.projects[0].title.sv),
    },
    {
      name: '<seutu-blog-teaser>: its date format',
      kind: 'DateTimeFormat',
      lang: 'en',
      feed: blogFeed,
      element: (src) => html`<seutu-blog-teaser src=${src}></seutu-blog-teaser>`,
      shown: (text, feed) => text.includes(feed.items[0].title),
    },
  ];

  for (const { name, kind, lang, feed: read, element, shown } of cases) {
    it(name, async () => {
      const feed = await read();
      const src = `https://feeds.example/held-${Math.random()}.json`;
      const held = holdFeed(src, feed);
      const intl = watchMade(kind, held.requested);
      try {
        const { el, wrapper } = await mount(element(src, feed), { lang, settle: false });
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading state').to.exist;
        expect(intl.made, 'made once the feed was requested').to.include(lang);
        const count = intl.made.length;
        const outcome = new Promise((resolve) => wrapper.addEventListener('seutu-load', resolve, { once: true }));
        held.release();
        await outcome;
        expect(shown(shadowText(el), feed), 'the data is shown').to.be.true;
        expect(intl.made.length, 'none made once the feed is in').to.equal(count);
      } finally {
        held.restore();
        intl.restore();
      }
    });
  }
});
