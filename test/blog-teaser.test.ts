import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, jsonUrl, mount, nextOutcome, shadowText, texts } from './helpers.js';
import type { SeutuBlogTeaser } from '../src/elements/blog-teaser/blog-teaser.js';
import { clockLimits } from '../src/core/minute-clock.js';

const EXAMPLE = '/data/blog-example.json';
const LANGS = ['fi', 'sv', 'en'] as const;
const DAY = 86_400_000;

const READ_MORE = { fi: 'Lue lisää', sv: 'Läs mer', en: 'Read more' } as const;
const UNTITLED = { fi: 'Nimetön kirjoitus', sv: 'Namnlöst inlägg', en: 'Untitled post' } as const;
const EMPTY = {
  fi: 'Näytettäviä kirjoituksia ei ole.',
  sv: 'Det finns inga inlägg att visa.',
  en: 'There are no posts to show.',
} as const;

const FI_TITLES = [
  'Esimerkki: Joustavat koulutusmallit syntyvät yhdessä yritysten kanssa',
  'Esimerkki: Seutukaupunkien yritysverkostot vahvistavat elinvoimaa',
  'Esimerkki: Osaavaa työvoimaa seutukaupunkeihin',
];
const SV_TITLES = [
  'Exempel: Flexibla utbildningsmodeller tillsammans med näringslivet',
  'Exempel: Regionstädernas företagsnätverk stärker livskraften',
  'Exempel: Kunnig arbetskraft till regionstäderna',
];
// The example feed interleaves the languages, newest first: sv, fi, sv, fi, sv, fi.
const ALL_TITLES = [SV_TITLES[0], FI_TITLES[0], SV_TITLES[1], FI_TITLES[1], SV_TITLES[2], FI_TITLES[2]];

const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Testiblogi',
  home_page_url: 'https://blog.example.org/',
  items,
  ...extra,
});
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const titles = (el: Element) => texts(el, '[part="title"], [part="title-link"]');
/** A link's own visible words, without the visually hidden rest of its name. */
const visibleText = (a: Element) =>
  [...a.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];

/** Answers fetches of the given absolute URLs with JSON, as a server elsewhere would. */
function serve(routes: Record<string, unknown>): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url in routes) {
      return Promise.resolve(
        new Response(JSON.stringify(routes[url]), { headers: { 'content-type': 'application/feed+json' } }),
      );
    }
    return original(input, init);
  };
  return () => (window.fetch = original);
}

describe('<seutu-blog-teaser>', () => {
  afterEach(cleanup);

  describe('with the shipped example feed', () => {
    it('shows the three newest posts, newest first, with date, authors, excerpt and Read more', async () => {
      const { el, outcome } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`,
        { lang: 'fi' },
      );
      expect(outcome?.type).to.equal('seutu-load');
      expect(outcome?.detail).to.deep.equal({ url: new URL(EXAMPLE, location.href).href, count: 6 });
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('ul[part="list"] > li[part="item"]')).to.have.length(3);
      expect(texts(el, 'h3[part="title"]')).to.deep.equal(ALL_TITLES.slice(0, 3));
      expect(texts(el, 'time')).to.deep.equal(['12. marraskuuta 2026', '10. marraskuuta 2026', '22. lokakuuta 2026']);
      expect([...root.querySelectorAll('time')].map((t) => t.dateTime)).to.deep.equal([
        '2026-11-12T07:00:00.000Z',
        '2026-11-10T07:00:00.000Z',
        '2026-10-22T07:30:00.000Z',
      ]);
      expect(texts(el, '[part="authors"]')).to.deep.equal([
        'Nätverket för regionstäder',
        'Seutukaupunkiverkosto',
        'Nätverket för regionstäder',
      ]);
      const excerpts = texts(el, '[part="excerpt"]');
      expect(excerpts[1]).to.match(/^Esimerkkiteksti: näin blogisarjan kirjoitus voisi kertoa/);
      for (const text of excerpts) expect(text.length).to.be.at.most(160);
      const more = links(el);
      expect(more.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        ALL_TITLES.slice(0, 3).map((t) => `Lue lisää: ${t}`),
      );
      expect(more[1]!.href).to.equal('https://example.org/sujuvan-elaman-seutukaupungit/fi/joustavat-koulutusmallit');
      expect(more[1]!.rel).to.equal('noopener');
      await expect(el).to.be.accessible();
    });

    it('marks posts in another language than the page with lang', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`, {
        lang: 'fi',
      });
      const headings = [...el.shadowRoot!.querySelectorAll('[part="title"]')];
      expect(headings.map((h) => h.getAttribute('lang'))).to.deep.equal(['sv', null, 'sv']);
      expect(el.shadowRoot!.querySelector('[part="link"] [lang="sv"]')!.textContent).to.equal(SV_TITLES[0]);
      // The interface words stay in the page's language.
      expect(visibleText(links(el)[0]!)).to.equal('Lue lisää');
    });

    for (const lang of LANGS) {
      it(`speaks ${lang}: dates, Read more and the author list`, async () => {
        const { el } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src=${EXAMPLE} limit="1"></seutu-blog-teaser>`,
          { lang },
        );
        const date = { fi: '12. marraskuuta 2026', sv: '12 november 2026', en: 'November 12, 2026' }[lang];
        expect(texts(el, 'time')).to.deep.equal([date]);
        expect(visibleText(links(el)[0]!)).to.equal(READ_MORE[lang]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('limit', () => {
    it('defaults to 3, shows up to the number of posts, ignores nonsense', async () => {
      for (const [limit, count] of [
        [undefined, 3],
        ['1', 1],
        ['5', 5],
        ['1000', 6],
        ['0', 3],
        ['-2', 3],
        ['many', 3],
      ] as const) {
        const { el } = await mount<SeutuBlogTeaser>(
          limit === undefined
            ? html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`
            : html`<seutu-blog-teaser src=${EXAMPLE} limit=${limit}></seutu-blog-teaser>`,
        );
        expect(titles(el), `limit=${limit}`).to.deep.equal(ALL_TITLES.slice(0, count));
      }
    });

    it('re-renders when limit changes, without fetching again', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`);
      el.limit = 2;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(ALL_TITLES.slice(0, 2));
    });
  });

  describe('ordering', () => {
    it('puts the newest first by date_published, else date_modified, undated last in feed order', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser limit="10"></seutu-blog-teaser>`, {
        settle: false,
      });
      const outcome = nextOutcome(el);
      el.feed = feed([
        { id: 'a', title: 'Undated A' },
        { id: 'b', title: 'Old', date_published: '2020-01-01T00:00:00Z' },
        { id: 'c', title: 'Modified only, newest', date_modified: '2024-06-01T00:00:00+03:00' },
        { id: 'd', title: 'Undated B', date_published: 'not a date' },
        { id: 'e', title: 'RFC 2822, oldest', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
        { id: 'f', title: 'Published beats modified', date_published: '2021-01-01T00:00:00Z', date_modified: '2025-01-01T00:00:00Z' },
      ]);
      // Dates in other forms than RFC 3339 are read once that reader has loaded.
      expect((await outcome).type).to.equal('seutu-load');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([
        'Modified only, newest',
        'Published beats modified',
        'Old',
        'RFC 2822, oldest',
        'Undated A',
        'Undated B',
      ]);
      // Undated posts show no date at all.
      const items = [...el.shadowRoot!.querySelectorAll('li')];
      expect(items.map((li) => li.querySelectorAll('time').length)).to.deep.equal([1, 1, 1, 1, 0, 0]);
    });
  });

  describe('tag', () => {
    it('shows only posts carrying the tag, case-insensitively', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} tag="Education" limit="10"></seutu-blog-teaser>`,
      );
      expect(titles(el)).to.deep.equal([SV_TITLES[0], FI_TITLES[0]]);
      el.tag = 'workforce';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([SV_TITLES[2], FI_TITLES[2]]);
    });

    it('chooses by tag once the attribute is added to a teaser already showing posts', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, {
        lang: 'en',
        settle: false,
      });
      const loaded = nextOutcome(el);
      el.feed = feed([
        { id: '1', title: 'Tagged', tags: ['Koulutus'], date_published: ago(1) },
        { id: '2', title: 'Other', tags: ['muu'], date_published: ago(2) },
      ]);
      await loaded;
      expect(titles(el)).to.deep.equal(['Tagged', 'Other']);
      el.tag = 'koulutus';
      await el.updateComplete;
      // Until the code that chooses by tag is here, the posts stay shown, every one.
      expect(titles(el)).to.include('Tagged');
      await waitUntil(() => titles(el).length === 1, `still ${titles(el).join(', ')}`);
      expect(titles(el)).to.deep.equal(['Tagged']);
      el.tag = undefined;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Tagged', 'Other']);
    });

    for (const lang of LANGS) {
      it(`shows the empty state in ${lang} when no post has the tag`, async () => {
        const { el, outcome } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src=${EXAMPLE} tag="no-such-tag"></seutu-blog-teaser>`,
          { lang },
        );
        expect(outcome?.type).to.equal('seutu-load');
        expect(shadowText(el)).to.equal(EMPTY[lang]);
        expect(el.shadowRoot!.querySelector('slot[name="empty"]')).to.exist;
        expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('feed-language="match"', () => {
    it('shows only the page language’s posts from a bilingual feed', async () => {
      const fi = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} feed-language="match" limit="10"></seutu-blog-teaser>`,
        { lang: 'fi' },
      );
      expect(titles(fi.el)).to.deep.equal(FI_TITLES);
      const sv = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} feed-language="match" limit="10"></seutu-blog-teaser>`,
        { lang: 'sv-FI' },
      );
      expect(titles(sv.el)).to.deep.equal(SV_TITLES);
      const en = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} feed-language="match"></seutu-blog-teaser>`,
        { lang: 'en' },
      );
      expect(shadowText(en.el)).to.equal(EMPTY.en);
      // Without the attribute every language shows.
      const all = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE} limit="10"></seutu-blog-teaser>`, {
        lang: 'fi',
      });
      expect(titles(all.el)).to.deep.equal(ALL_TITLES);
    });

    it('matches fi and fi-FI, keeps posts without a language, leaves out sv', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser feed-language="match" limit="10"></seutu-blog-teaser>`,
        { lang: 'fi', settle: false },
      );
      // The code that chooses posts by language loads with the data: it is in use when the load is reported.
      const loaded = nextOutcome(el);
      el.feed = feed([
        { id: '1', title: 'fi', language: 'fi', date_published: ago(1) },
        { id: '2', title: 'fi-FI', language: 'fi-FI', date_published: ago(2) },
        { id: '3', title: 'sv', language: 'sv', date_published: ago(3) },
        { id: '4', title: 'none', date_published: ago(4) },
        { id: '5', title: 'sv-FI', language: 'sv-FI', date_published: ago(5) },
      ]);
      await loaded;
      expect(titles(el)).to.deep.equal(['fi', 'fi-FI', 'none']);
      // Following the page: a change of lang re-renders with the other language's posts.
      el.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['sv', 'none', 'sv-FI']);
    });

    it('reads an item without language as written in the feed’s language', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser feed-language="match" limit="10"></seutu-blog-teaser>`,
        { lang: 'fi', settle: false },
      );
      const loaded = nextOutcome(el);
      el.feed = feed(
        [
          { id: '1', title: 'feed language (sv)' },
          { id: '2', title: 'own language (fi)', language: 'fi' },
        ],
        { language: 'sv' },
      );
      await loaded;
      expect(titles(el)).to.deep.equal(['own language (fi)']);
    });
  });

  describe('layouts', () => {
    it('list: a list of posts with heading, date line, excerpt and Read more', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`);
      expect(el.getAttribute('layout')).to.equal('list');
      const li = el.shadowRoot!.querySelector('li')!;
      expect([...li.querySelector('.body')!.children].map((c) => c.getAttribute('part') ?? c.className)).to.deep.equal([
        'title',
        'meta',
        'excerpt',
        'more',
      ]);
      expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).listStyleType).to.equal('none');
    });

    it('cards: a grid of bordered cards with the same content', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} layout="cards"></seutu-blog-teaser>`,
      );
      const ul = el.shadowRoot!.querySelector('ul')!;
      expect(getComputedStyle(ul).display).to.equal('grid');
      const li = el.shadowRoot!.querySelector('li')!;
      expect(getComputedStyle(li).borderTopStyle).to.equal('solid');
      expect(texts(el, 'h3[part="title"]')).to.deep.equal(ALL_TITLES.slice(0, 3));
      expect(links(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('compact: one linked title and date per post, no headings, excerpts or Read more', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} layout="compact" limit="4"></seutu-blog-teaser>`,
        { lang: 'en' },
      );
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6, [part="excerpt"], [part="link"], img')).to.have.length(0);
      const titleLinks = [...root.querySelectorAll<HTMLAnchorElement>('a[part="title-link"]')];
      expect(titleLinks.map((a) => a.textContent)).to.deep.equal(ALL_TITLES.slice(0, 4));
      expect(titleLinks[0]!.href).to.equal('https://example.org/sujuvan-elaman-seutukaupungit/sv/flexibla-utbildningsmodeller');
      expect(texts(el, 'time')).to.deep.equal(['November 12, 2026', 'November 10, 2026', 'October 22, 2026', 'October 20, 2026']);
      await expect(el).to.be.accessible();
    });

    it('turns to the compact and cards layouts when the attribute changes on a teaser already showing posts', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, {
        lang: 'en',
        settle: false,
      });
      const loaded = nextOutcome(el);
      el.feed = feed([{ id: '1', title: 'Post', url: 'https://blog.example.org/1', summary: 'Words', date_published: ago(3) }]);
      await loaded;
      const ul = () => el.shadowRoot!.querySelector('ul')!;
      el.layout = 'compact';
      await el.updateComplete;
      // Until the code of the layout is here, the post stays shown.
      expect(titles(el)).to.deep.equal(['Post']);
      await waitUntil(() => el.shadowRoot!.querySelector('a[part="title-link"]'), 'no compact post');
      expect(titles(el)).to.deep.equal(['Post']);
      expect(el.shadowRoot!.querySelectorAll('h3, [part="excerpt"], [part="link"]')).to.have.length(0);
      expect(getComputedStyle(el.shadowRoot!.querySelector('li')!).display).to.equal('flex');
      el.layout = 'cards';
      await el.updateComplete;
      expect(texts(el, 'h3[part="title"]')).to.deep.equal(['Post']);
      expect(getComputedStyle(ul()).display).to.equal('grid');
      el.layout = 'list';
      await el.updateComplete;
      expect(texts(el, 'h3[part="title"]')).to.deep.equal(['Post']);
      expect(getComputedStyle(ul()).display).to.equal('block');
    });

    it('falls back to list for an unknown layout', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} layout="carousel"></seutu-blog-teaser>`,
      );
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('data-layout')).to.equal('list');
      expect(links(el)).to.have.length(3);
    });
  });

  describe('relative', () => {
    for (const [lang, expected] of [
      ['fi', ['eilen', '3 päivää sitten', '2 viikkoa sitten']],
      ['sv', ['i går', 'för 3 dagar sedan', 'för 2 veckor sedan']],
      ['en', ['yesterday', '3 days ago', '2 weeks ago']],
    ] as const) {
      it(`shows distances in ${lang} with the full date in the <time> title`, async () => {
        const dates = [ago(1), ago(3), ago(14)];
        const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser relative></seutu-blog-teaser>`, {
          lang,
          settle: false,
        });
        // The code for relative dates loads with the data: the teaser shows them when it reports the load.
        const loaded = nextOutcome(el);
        el.feed = feed(dates.map((date, i) => ({ id: String(i), title: `Post ${i}`, date_published: date })));
        await loaded;
        const times = [...el.shadowRoot!.querySelectorAll('time')];
        expect(times.map((t) => t.textContent)).to.deep.equal([...expected]);
        const full = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
        expect(times.map((t) => t.title)).to.deep.equal(dates.map((d) => full.format(new Date(d))));
        expect(times.map((t) => t.dateTime)).to.deep.equal(dates);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the distances true while the page stays open, and stops once removed', async () => {
      const realNow = Date.now;
      const tick = clockLimits.tickMs;
      let now = realNow();
      Date.now = () => now;
      clockLimits.tickMs = 20;
      try {
        const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser relative></seutu-blog-teaser>`, {
          lang: 'en',
          settle: false,
        });
        // The code for relative dates loads with the data: the teaser shows them when it reports the load.
        const loaded = nextOutcome(el);
        el.feed = feed([{ id: '1', title: 'Post', date_published: new Date(now - 5 * 60_000).toISOString() }]);
        await loaded;
        const time = el.shadowRoot!.querySelector('time')!;
        expect(time.textContent).to.equal('5 minutes ago');
        now += 2 * 3_600_000;
        await waitUntil(() => time.textContent === '2 hours ago', `still "${time.textContent}"`);
        el.remove();
        now += 24 * 3_600_000;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(time.textContent).to.equal('2 hours ago');
      } finally {
        Date.now = realNow;
        clockLimits.tickMs = tick;
      }
    });

    it('turns to relative dates when the attribute is added to a teaser already showing posts', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, {
        lang: 'en',
        settle: false,
      });
      const loaded = nextOutcome(el);
      el.feed = feed([{ id: '1', title: 'Post', date_published: ago(3) }]);
      await loaded;
      const time = () => el.shadowRoot!.querySelector('time')!;
      expect(time().textContent).to.not.equal('3 days ago');
      el.relative = true;
      await waitUntil(() => time().textContent === '3 days ago', `still "${time().textContent}"`);
      el.relative = false;
      await el.updateComplete;
      expect(time().textContent).to.not.equal('3 days ago');
      expect(time().hasAttribute('title')).to.equal(false);
    });

    it('shows absolute dates without the attribute', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, {
        lang: 'en',
        settle: false,
      });
      el.feed = feed([{ id: '1', title: 'Post', date_published: '2024-05-17T08:02:12-07:00' }]);
      await el.updateComplete;
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.textContent).to.equal('May 17, 2024');
      expect(time.hasAttribute('title')).to.equal(false);
    });
  });

  describe('show-title and heading-level', () => {
    it('shows the feed title linked to its home page, post titles one level deeper', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} show-title></seutu-blog-teaser>`,
        { lang: 'fi' },
      );
      const root = el.shadowRoot!;
      const heading = root.querySelector('h3[part="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Sujuvan elämän seutukaupungit – ESIMERKKI / EXEMPEL');
      const link = heading.querySelector<HTMLAnchorElement>('a[part="heading-link"]')!;
      expect(link.href).to.equal('https://example.org/sujuvan-elaman-seutukaupungit/');
      expect(texts(el, 'h4[part="title"]')).to.deep.equal(ALL_TITLES.slice(0, 3));
      expect(root.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      await expect(el).to.be.accessible();
    });

    it('follows heading-level, clamping at 6', async () => {
      for (const [level, feedTag, itemTag] of [
        ['1', 'h1', 'h2'],
        ['2', 'h2', 'h3'],
        ['6', 'h6', 'h6'],
        ['9', 'h3', 'h4'],
      ] as const) {
        const { el } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src=${EXAMPLE} show-title heading-level=${level}></seutu-blog-teaser>`,
        );
        expect(el.shadowRoot!.querySelectorAll(`${feedTag}[part="heading"]`), level).to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll(`${itemTag}[part="title"]`), level).to.have.length(3);
      }
    });

    it('puts post titles at heading-level without show-title', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} heading-level="2"></seutu-blog-teaser>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('h2[part="title"]')).to.have.length(3);
    });

    it('shows no heading for a feed without a title, and an unlinked one without a home page', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser show-title></seutu-blog-teaser>`, {
        settle: false,
      });
      el.feed = { version: '1.1', items: [{ id: '1', title: 'Only post' }] };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('h3[part="title"]')).to.have.length(1);
      el.feed = { version: '1.1', title: 'No home &amp; page', items: [{ id: '1', title: 'Only post' }] };
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('h3[part="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('No home & page');
      expect(heading.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('h4[part="title"]')).to.have.length(1);
    });
  });

  describe('posts without titles, text or links', () => {
    for (const lang of LANGS) {
      it(`shows the excerpt in place of a missing title and names links by it (${lang})`, async () => {
        const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser limit="10"></seutu-blog-teaser>`, {
          lang,
          settle: false,
        });
        el.feed = feed([
          { id: '1', content_html: '<p>Hello, <b>world</b>!</p><script>x()</script>', url: '/a' },
          { id: '2', content_text: '', url: '/b', authors: [{ name: 'Only an author' }] },
          { id: '3', title: 'Titled', url: '/c' },
        ]);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const [first, second] = [...root.querySelectorAll('li')];
        expect(first!.querySelector('h3')).to.equal(null);
        expect(first!.querySelector('.body')!.firstElementChild!.getAttribute('part')).to.equal('excerpt');
        expect(texts(el, '[part="excerpt"]')).to.deep.equal(['Hello, world!']);
        expect(second!.querySelector('h3')!.textContent).to.equal(UNTITLED[lang]);
        expect(links(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
          `${READ_MORE[lang]}: Hello, world!`,
          `${READ_MORE[lang]}: ${UNTITLED[lang]}`,
          `${READ_MORE[lang]}: Titled`,
        ]);
        await expect(el).to.be.accessible();
      });
    }

    it('links to external_url where there is no url, and shows no link where there is neither', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser limit="10"></seutu-blog-teaser>`, {
        settle: false,
      });
      el.feed = feed([
        { id: '1', title: 'Link post', external_url: 'https://elsewhere.example/story', date_published: ago(1) },
        { id: '2', title: 'Nowhere', date_published: ago(2) },
      ]);
      await el.updateComplete;
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://elsewhere.example/story']);
      expect(el.shadowRoot!.querySelectorAll('li')[1]!.querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('excerpt-length', () => {
    it('cuts excerpts at a word boundary within the length', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${EXAMPLE} excerpt-length="40" lang="fi"></seutu-blog-teaser>`,
      );
      const excerpts = texts(el, '[part="excerpt"]');
      expect(excerpts).to.have.length(3);
      expect(excerpts[1]).to.equal('Esimerkkiteksti: näin blogisarjan…');
      for (const text of excerpts) {
        expect(text.length).to.be.at.most(40);
        expect(text.endsWith('…')).to.equal(true);
      }
    });

    it('leaves short text untouched and falls back to 160 for nonsense', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser excerpt-length="abc"></seutu-blog-teaser>`,
        { settle: false },
      );
      const long = 'sana '.repeat(100).trim();
      el.feed = feed([
        { id: '1', title: 'a', summary: 'Lyhyt.', date_published: ago(1) },
        { id: '2', title: 'b', summary: long, date_published: ago(2) },
      ]);
      await el.updateComplete;
      const [short, cut] = texts(el, '[part="excerpt"]');
      expect(short).to.equal('Lyhyt.');
      expect(cut!.length).to.be.at.most(160);
      expect(cut!.length).to.be.greaterThan(150);
      expect(cut!.endsWith('sana…')).to.equal(true);
    });
  });

  describe('authors', () => {
    for (const [lang, joined] of [
      ['fi', 'Anna, Bertil ja Cecilia'],
      ['sv', 'Anna, Bertil och Cecilia'],
      ['en', 'Anna, Bertil, and Cecilia'],
    ] as const) {
      it(`joins several authors as ${lang} joins a list, linking those with http(s) or mailto URLs`, async () => {
        const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, {
          lang,
          settle: false,
        });
        el.feed = feed([
          {
            id: '1',
            title: 'Post',
            authors: [
              { name: 'Anna', url: 'mailto:anna@example.org' },
              { name: 'Bertil', url: 'javascript:alert(1)' },
              { name: 'Cecilia', url: 'https://example.org/cecilia' },
            ],
          },
        ]);
        // A feed with an unsafe link waits for the full reading, which explains it.
        await waitUntil(() => texts(el, '[part="authors"]').length > 0, 'no authors shown');
        expect(texts(el, '[part="authors"]')).to.deep.equal([joined]);
        const authorLinks = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="author-link"]')];
        expect(authorLinks.map((a) => [a.textContent, a.href])).to.deep.equal([
          ['Anna', 'mailto:anna@example.org'],
          ['Cecilia', 'https://example.org/cecilia'],
        ]);
      });
    }
  });

  describe('images', () => {
    it('shows image, else banner_image: lazy, decorative, with a reserved shape; leaves out one that fails', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser layout="cards"></seutu-blog-teaser>`, {
        settle: false,
      });
      // The image that cannot load; the banner is one that can.
      const failing = new Promise((resolve) =>
        el.shadowRoot!.addEventListener(
          'error',
          (event) => (event.target as HTMLImageElement).src.endsWith('/test-api/status/404') && resolve(event),
          { capture: true },
        ),
      );
      // The cards layout's styles load with the data: the teaser shows the cards when it reports the load.
      const loaded = nextOutcome(el);
      el.feed = feed(
        [
          { id: '1', title: 'a', image: '/test-api/status/404', banner_image: 'banner.png', date_published: ago(1) },
          { id: '2', title: 'b', banner_image: '/stories/assets/forest.svg', date_published: ago(2) },
          { id: '3', title: 'c', image: 'javascript:alert(1)', date_published: ago(3) },
        ],
        { feed_url: `${location.origin}/feeds/feed.json` },
      );
      await loaded;
      const images = [...el.shadowRoot!.querySelectorAll('img')];
      expect(images.map((img) => img.getAttribute('src'))).to.deep.equal([
        `${location.origin}/test-api/status/404`,
        `${location.origin}/stories/assets/forest.svg`,
      ]);
      for (const img of images) {
        expect(img.alt).to.equal('');
        expect(img.loading).to.equal('lazy');
        const { width, height } = img.getBoundingClientRect();
        expect(width / height).to.be.closeTo(16 / 9, 0.05);
      }
      // A lazy image in a page the runner keeps in the background may never load: ask for it now.
      images[0]!.loading = 'eager';
      await failing;
      // The element's own handler runs after this capturing listener.
      await new Promise((resolve) => setTimeout(resolve));
      // Left out, not shown as a broken image; the banner that loads stays.
      expect([...el.shadowRoot!.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([
        `${location.origin}/stories/assets/forest.svg`,
      ]);
    });

    it('leaves out an image that failed, and shows the image of the post that takes its place', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, { settle: false });
      let loaded = nextOutcome(el);
      el.feed = feed([{ id: '1', title: 'Broken', image: '/test-api/status/404', date_published: ago(1) }]);
      await loaded;
      const img = el.shadowRoot!.querySelector('img')!;
      const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      // A lazy image in a page the runner keeps in the background may never load: ask for it now.
      img.loading = 'eager';
      await failed;
      await el.updateComplete;
      // No empty frame: the post is laid out as one without an image.
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      const item = el.shadowRoot!.querySelector('[part="item"]')!;
      expect(item.querySelector('.body')!.getBoundingClientRect().width).to.be.closeTo(item.getBoundingClientRect().width, 1);

      // Another post in the same place, with an image that works: a new, visible element.
      loaded = nextOutcome(el);
      el.feed = feed([{ id: '2', title: 'Forest', image: '/stories/assets/forest.svg', date_published: ago(1) }]);
      await loaded;
      const next = el.shadowRoot!.querySelector('img')!;
      expect(next.hidden).to.equal(false);
      expect(next.getAttribute('src')).to.match(/\/stories\/assets\/forest\.svg$/);
      expect(texts(el, '[part="title"]')).to.deep.equal(['Forest']);
    });
  });

  describe('links', () => {
    it('resolves relative URLs against the feed’s address, not the page’s', async () => {
      const src = 'https://feeds.example.test/seutu/blog/feed.json';
      const restore = serve({
        [src]: feed(
          [{ id: '1', title: 'Relative', url: 'posts/1.html', image: '../img/1.png', authors: [{ name: 'A', url: '/a' }] }],
          { home_page_url: './' },
        ),
      });
      try {
        const { el, outcome } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src=${src} show-title></seutu-blog-teaser>`,
        );
        expect(outcome?.detail.url).to.equal(src);
        const root = el.shadowRoot!;
        expect(links(el)[0]!.href).to.equal('https://feeds.example.test/seutu/blog/posts/1.html');
        expect(root.querySelector('img')!.getAttribute('src')).to.equal('https://feeds.example.test/seutu/img/1.png');
        expect(root.querySelector<HTMLAnchorElement>('[part="author-link"]')!.href).to.equal('https://feeds.example.test/a');
        expect(root.querySelector<HTMLAnchorElement>('[part="heading-link"]')!.href).to.equal(
          'https://feeds.example.test/seutu/blog/',
        );
      } finally {
        restore();
      }
    });

    it('adds rel="noopener" to other sites’ links only', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`, { settle: false });
      el.feed = feed([
        { id: '1', title: 'Here', url: '/own/post', date_published: ago(1) },
        {
          id: '2',
          title: 'There',
          url: 'https://elsewhere.example/post',
          date_published: ago(2),
          authors: [{ name: 'Anna', url: 'mailto:anna@example.org' }],
        },
      ]);
      await el.updateComplete;
      expect(links(el).map((a) => a.getAttribute('rel'))).to.deep.equal([null, 'noopener']);
      // Mail opens no page that could reach back.
      expect(el.shadowRoot!.querySelector('[part="author-link"]')!.getAttribute('rel')).to.equal(null);
    });
  });

  describe('feed property', () => {
    it('renders data set as a property, validated like a fetched feed, and fires seutu-load with url null', async () => {
      const example = await (await fetch(EXAMPLE)).json();
      const { el, outcome } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser .feed=${example}></seutu-blog-teaser>`, {
        lang: 'fi',
      });
      expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 6 } });
      expect(titles(el)).to.deep.equal(ALL_TITLES.slice(0, 3));
    });

    it('wins over src, and shows the error state for data that is not a JSON Feed', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`, {
        lang: 'en',
      });
      const next = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('seutu-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      el.feed = { version: 1, cities: [] };
      const event = await next;
      expect(event.detail).to.deep.equal({ url: null, reason: 'invalid' });
      expect(shadowText(el)).to.equal(
        'The blog posts could not be shown. The information is not in the expected format.',
      );
      el.feed = feed([{ id: '1', title: 'Back again' }]);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Back again']);
    });

    it('accepts a feed given as a blob URL, through the real loader', async () => {
      const { el, outcome } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src=${jsonUrl(feed([{ id: '1', title: 'Blob' }]))}></seutu-blog-teaser>`,
      );
      expect(outcome?.type).to.equal('seutu-load');
      expect(titles(el)).to.deep.equal(['Blob']);
    });
  });
});
