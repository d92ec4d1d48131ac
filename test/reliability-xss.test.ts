// XSS corpus: every element rendering feeds whose every text and URL field is an attack
// (test/fixtures/hostile-feeds.ts). Nothing may run, no link or image may carry a script or data
// scheme, and the attacks must reach the reader as plain text.
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { captureWarnings, cleanup, jsonUrl, mount, texts } from './helpers.js';
import { ATTACK_TEXTS, hostileJsonFeed, hostileNetworkFeed } from './fixtures/hostile-feeds.js';
import { tick } from './fixtures/elements.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'ping']);
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'math']);

/** Everything in a shadow root that could run or load something a feed chose. */
function unsafeThings(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const tag = node.localName;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}> element`);
    // The map's outline is the only SVG, drawn by the library, hidden from readers.
    if (tag === 'svg' && !(node.closest('[part="map"]') && node.getAttribute('aria-hidden') === 'true')) {
      found.push('<svg> outside the map outline');
    }
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style' && /expression|url\(|javascript/i.test(value)) found.push(`${tag}[style=${value}]`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        found.push(`${tag}[${name}] unparsable: ${value}`);
        continue;
      }
      const mailtoAllowed = tag === 'a' && node.getAttribute('part') === 'author-link';
      if (!(protocol === 'http:' || protocol === 'https:' || (mailtoAllowed && protocol === 'mailto:'))) {
        found.push(`${tag}[${name}=${value}]`);
      }
    }
  }
  return found;
}

const sorted = (list: readonly string[]) => [...list].sort();
const NETWORK_TEXTS = ATTACK_TEXTS.map((a) => a.text);
const BLOG_TITLES = ATTACK_TEXTS.map((a) => a.blog ?? a.text).filter((t) => t !== '');

interface Case {
  readonly name: string;
  readonly template: (source: { feed?: unknown; src?: string }) => TemplateResult;
  readonly feed: () => unknown;
  /** The feed's attack texts as the reader sees them. */
  readonly shown: (el: Element) => void;
}

const CASES: readonly Case[] = [
  {
    name: 'seutu-city-list (list)',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-city-list .feed=${feed} src=${ifDefined(src)}></seutu-city-list>`,
    shown: (el) => expect(sorted(texts(el, '[part~="link"], [part~="name"]'))).to.deep.equal(sorted(NETWORK_TEXTS)),
  },
  {
    name: 'seutu-city-list (grid, grouped, searchable, current)',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) =>
      html`<seutu-city-list layout="grid" group-by="region" searchable current="town-1" lang="sv" .feed=${feed} src=${ifDefined(src)}></seutu-city-list>`,
    shown: (el) => {
      expect(sorted(texts(el, '[part~="link"], [part~="name"]'))).to.deep.equal(sorted(NETWORK_TEXTS));
      // Regions are attacks too: shown as headings, as text.
      expect(sorted(texts(el, '[part="heading"]'))).to.deep.equal(sorted(NETWORK_TEXTS));
    },
  },
  {
    name: 'seutu-city-list (sentence)',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-city-list layout="sentence" lang="en" .feed=${feed} src=${ifDefined(src)}></seutu-city-list>`,
    shown: (el) => {
      const sentence = texts(el, '[part="sentence"]')[0]!;
      for (const text of NETWORK_TEXTS) expect(sentence).to.include(text.replace(/\s+/g, ' '));
    },
  },
  {
    name: 'seutu-city-map',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-city-map current="town-2" .feed=${feed} src=${ifDefined(src)}></seutu-city-map>`,
    shown: (el) => expect(sorted(texts(el, '[part="label"]'))).to.deep.equal(sorted(NETWORK_TEXTS)),
  },
  {
    name: 'seutu-city-map (no-links, labels)',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-city-map no-links labels lang="sv" .feed=${feed} src=${ifDefined(src)}></seutu-city-map>`,
    shown: (el) => expect(sorted(texts(el, '[part="label"]'))).to.deep.equal(sorted(NETWORK_TEXTS)),
  },
  {
    name: 'seutu-project-card',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-project-card project="joustavat-koulutusmallit" .feed=${feed} src=${ifDefined(src)}></seutu-project-card>`,
    shown: (el) => {
      expect(texts(el, '[part="heading"]')).to.deep.equal([NETWORK_TEXTS[0]]);
      expect(texts(el, '[part="summary"]')).to.deep.equal([NETWORK_TEXTS[2]!.replace(/\s+/g, ' ')]);
      expect(texts(el, '[part="lead"]')).to.deep.equal([NETWORK_TEXTS[0]]);
    },
  },
  {
    name: 'seutu-project-list',
    feed: hostileNetworkFeed,
    template: ({ feed, src }) => html`<seutu-project-list layout="grid" .feed=${feed} src=${ifDefined(src)}></seutu-project-list>`,
    shown: (el) => expect(sorted(texts(el, '[part="heading"]'))).to.deep.equal(sorted(NETWORK_TEXTS)),
  },
  {
    name: 'seutu-blog-teaser (list, feed title)',
    feed: hostileJsonFeed,
    template: ({ feed, src }) => html`<seutu-blog-teaser limit="50" show-title .feed=${feed} src=${ifDefined(src)}></seutu-blog-teaser>`,
    shown: (el) => {
      const titles = texts(el, '[part="title"]');
      for (const title of BLOG_TITLES) expect(titles, JSON.stringify(titles)).to.include(title.replace(/\s+/g, ' '));
      expect(texts(el, '[part="heading"]')).to.deep.equal([ATTACK_TEXTS[0]!.text]);
    },
  },
  {
    name: 'seutu-blog-teaser (cards, relative dates)',
    feed: hostileJsonFeed,
    template: ({ feed, src }) => html`<seutu-blog-teaser limit="50" layout="cards" relative lang="sv" .feed=${feed} src=${ifDefined(src)}></seutu-blog-teaser>`,
    shown: (el) => {
      const titles = texts(el, '[part="title"]');
      for (const title of BLOG_TITLES) expect(titles, JSON.stringify(titles)).to.include(title.replace(/\s+/g, ' '));
    },
  },
  {
    name: 'seutu-blog-teaser (compact)',
    feed: hostileJsonFeed,
    template: ({ feed, src }) => html`<seutu-blog-teaser limit="50" layout="compact" lang="en" .feed=${feed} src=${ifDefined(src)}></seutu-blog-teaser>`,
    shown: (el) => {
      const titles = texts(el, '[part="title"], [part="title-link"]');
      for (const title of BLOG_TITLES) expect(titles, JSON.stringify(titles)).to.include(title.replace(/\s+/g, ' '));
    },
  },
];

describe('reliability: XSS corpus', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(cleanup);

  for (const c of CASES) {
    for (const via of ['property', 'src'] as const) {
      it(`${c.name} via ${via}: nothing runs, no unsafe URL, attacks shown as text`, async () => {
        const feed = c.feed();
        // By property, or through the loader: the same feed fetched from a URL.
        const source = via === 'property' ? { feed } : { src: jsonUrl(feed) };
        const { result } = await captureWarnings(() => mount(c.template(source)));
        expect(result.outcome?.type).to.equal('seutu-load');
        const { el } = result;
        expect(el.shadowRoot!.querySelector('[part="error"]'), 'error state').to.equal(null);
        expect(window.__pwned, 'sentinel after render').to.equal(undefined);
        c.shown(el);
        expect(unsafeThings(el)).to.deep.equal([]);
        // Broken images fire their error events, late tasks run: still nothing.
        await tick(300);
        expect(window.__pwned, 'sentinel after a tick').to.equal(undefined);
        // Some links survive (the real URLs among the attacks): the check above had work to do.
        expect(el.shadowRoot!.querySelectorAll('a[href]').length + el.shadowRoot!.querySelectorAll('button').length)
          .to.be.greaterThan(0);
      });
    }
  }

  it('the attack check catches what it is meant to catch', () => {
    // The detector itself, against a shadow root holding each kind of unsafe markup.
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', ' JaVaScRiPt:void(0)');
    const img = document.createElement('img');
    img.setAttribute('src', 'data:image/png;base64,AAAA');
    const b = document.createElement('b');
    b.setAttribute('onclick', 'void 0');
    const mail = document.createElement('a');
    mail.setAttribute('href', 'mailto:x@example.org');
    root.append(a, img, b, mail, document.createElement('script'));
    expect(unsafeThings(host)).to.have.length(5);
  });
});
