import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount, shadowText, texts } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import type { SeutuBlogTeaser } from '../src/elements/blog-teaser/blog-teaser.js';
import { REASON_TEXT, httpText } from './fixtures/reason-texts.js';

const EXAMPLE = '/data/blog-example.json';
const LANGS = ['fi', 'sv', 'en'] as const;

const HEADLINE = {
  fi: 'Blogikirjoituksia ei voitu näyttää.',
  sv: 'Blogginläggen kunde inte visas.',
  en: 'The blog posts could not be shown.',
} as const;

const LOADING = { fi: 'Ladataan blogikirjoituksia…', sv: 'Laddar blogginlägg…', en: 'Loading blog posts…' } as const;

/** Each failure, how to cause it, its event reason and its message per locale. */
const FAILURES = [
  {
    name: '404',
    src: () => '/test-api/status/404',
    reason: 'http',
    status: 404,
    text: httpText(404),
  },
  {
    name: 'a response that is not JSON',
    src: () => '/test-api/html',
    reason: 'parse',
    text: REASON_TEXT.parse,
  },
  {
    name: 'JSON that is not a JSON Feed (the network feed)',
    src: () => '/data/seutu-feed.json',
    reason: 'invalid',
    text: REASON_TEXT.invalid,
  },
  {
    name: 'a JSON Feed of an unknown major version',
    src: () => jsonUrl({ version: 'https://jsonfeed.org/version/2', items: [] }),
    reason: 'invalid',
    text: REASON_TEXT.invalid,
  },
  {
    name: 'a timeout',
    src: () => '/test-api/slow/3000',
    setup: () => (loaderLimits.timeoutMs = 200),
    reason: 'timeout',
    text: REASON_TEXT.timeout,
  },
  {
    name: 'a refused connection',
    src: () => 'http://127.0.0.1:9/feed.json',
    reason: 'network',
    text: REASON_TEXT.network,
  },
] as const;

const MISSING = {
  fi: 'Syötteen osoitetta ei ole annettu.',
  sv: 'Ingen flödesadress har angetts.',
  en: 'No feed address has been given.',
} as const;

describe('<seutu-blog-teaser> states', () => {
  afterEach(cleanup);

  describe('without src', () => {
    for (const lang of LANGS) {
      it(`shows the localized missing-src error in ${lang}, with the fallback children`, async () => {
        const { el, outcome } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser><a href="https://example.org/blogi">Blogi</a></seutu-blog-teaser>`,
          { lang },
        );
        expect(outcome).to.deep.equal({ type: 'seutu-error', detail: { url: null, reason: 'missing-src' } });
        const message = el.shadowRoot!.querySelector('[role="status"][part="error"]')!;
        expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${HEADLINE[lang]} ${MISSING[lang]}`);
        const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
        expect(fallback.assignedElements()[0]!.textContent).to.equal('Blogi');
        expect(el.shadowRoot!.querySelector('slot[name="error"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('treats an empty or blank src as missing, and loads once one is set', async () => {
      for (const src of ['', '   ']) {
        const { outcome } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${src}></seutu-blog-teaser>`);
        expect(outcome?.detail).to.deep.equal({ url: null, reason: 'missing-src' });
      }
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser></seutu-blog-teaser>`);
      const loaded = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('seutu-load', (e) => resolve(e as CustomEvent), { once: true }),
      );
      el.src = EXAMPLE;
      expect((await loaded).detail.count).to.equal(6);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('li[part="item"]')).to.have.length(3);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
  });

  describe('loading', () => {
    for (const lang of LANGS) {
      it(`reserves space and is aria-busy while loading, in ${lang}`, async () => {
        loaderLimits.timeoutMs = 5000;
        const { el } = await captureWarnings(() =>
          mount<SeutuBlogTeaser>(
            html`<seutu-blog-teaser src="/test-api/slow/400"><a href="/blogi">Blogi</a></seutu-blog-teaser>`,
            { settle: false, lang },
          ),
        ).then((r) => r.result);
        const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
        expect(busy).to.exist;
        expect(busy.textContent!.trim()).to.equal(LOADING[lang]);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
      });
    }

    it('reserves space by layout and limit', async () => {
      const height = async (attrs: { layout: string; limit: string }) => {
        const { el } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src="/test-api/slow/300" layout=${attrs.layout} limit=${attrs.limit}></seutu-blog-teaser>`,
          { settle: false },
        );
        return el.getBoundingClientRect().height;
      };
      await captureWarnings(async () => {
        const list3 = await height({ layout: 'list', limit: '3' });
        const list6 = await height({ layout: 'list', limit: '6' });
        const compact3 = await height({ layout: 'compact', limit: '3' });
        expect(list6).to.be.closeTo(list3 * 2, 1);
        expect(compact3).to.be.lessThan(list3);
        expect(compact3).to.be.greaterThan(0);
      });
    });
  });

  describe('errors', () => {
    for (const failure of FAILURES) {
      for (const lang of LANGS) {
        it(`${failure.name} in ${lang}: localized message, event reason, one warning, fallback shown`, async () => {
          if ('setup' in failure) failure.setup();
          const src = failure.src();
          const { result, warnings } = await captureWarnings(() =>
            mount<SeutuBlogTeaser>(
              html`<seutu-blog-teaser lang=${lang} src=${src}><a href="/blogi">Blogi</a></seutu-blog-teaser>`,
            ),
          );
          const { el, outcome } = result;
          const url = new URL(src, location.href).href;
          expect(outcome?.type).to.equal('seutu-error');
          expect(outcome?.detail.url).to.equal(url);
          expect(outcome?.detail).to.include({ reason: failure.reason });
          if ('status' in failure) expect(outcome?.detail).to.include({ status: failure.status });
          else expect(outcome?.detail).not.to.have.property('status');
          const message = el.shadowRoot!.querySelector('[role="status"][part="error"]')!;
          expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${HEADLINE[lang]} ${failure.text[lang]}`);
          const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
          expect(fallback.assignedElements()[0]!.textContent).to.equal('Blogi');
          expect(warnings.filter((w) => w.includes(url))).to.have.length(1);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('names the JSON path of the problem in the warning for a document that is not a JSON Feed', async () => {
      const src = jsonUrl({ version: 'https://jsonfeed.org/version/1.1', items: 'none' });
      const { warnings } = await captureWarnings(() => mount(html`<seutu-blog-teaser src=${src}></seutu-blog-teaser>`));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(src);
      expect(warnings[0]).to.contain('$.items');
    });
  });

  describe('partly invalid feeds', () => {
    it('renders the valid posts and warns once, naming the URL and the JSON paths of the rest', async () => {
      const example = await (await fetch(EXAMPLE)).json();
      example.items[1] = 'not a post';
      example.items[2].title = { fi: 'an object' };
      example.items[3].date_published = 'eilen';
      example.items[4].url = 'javascript:alert(1)';
      const src = jsonUrl(example);
      const { result, warnings } = await captureWarnings(() =>
        mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${src} limit="10" lang="fi"></seutu-blog-teaser>`),
      );
      expect(result.outcome?.detail).to.deep.include({ count: 5 });
      const items = [...result.el.shadowRoot!.querySelectorAll('li[part="item"]')];
      expect(items).to.have.length(5);
      expect(warnings).to.have.length(1);
      for (const text of [src, '$.items[1]', '$.items[2].title', '$.items[3].date_published', '$.items[4].url']) {
        expect(warnings[0]).to.contain(text);
      }
      // The post whose title was an object still shows, by its excerpt.
      expect(shadowText(result.el)).to.contain('Exempeltext: ett påhittat inlägg');
      expect(shadowText(result.el)).not.to.contain('[object Object]');
    });

    it('does not warn about a clean feed', async () => {
      const { warnings } = await captureWarnings(() => mount(html`<seutu-blog-teaser src=${EXAMPLE}></seutu-blog-teaser>`));
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('empty', () => {
    for (const lang of LANGS) {
      it(`shows the localized empty state for a feed without posts in ${lang}`, async () => {
        const { el, outcome } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser .feed=${{ version: '1.1', title: 'Tyhjä', items: [] }} show-title></seutu-blog-teaser>`,
          { lang },
        );
        expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 0 } });
        const empty = {
          fi: 'Näytettäviä kirjoituksia ei ole.',
          sv: 'Det finns inga inlägg att visa.',
          en: 'There are no posts to show.',
        }[lang];
        expect(texts(el, '[part="status"]')).to.deep.equal([empty]);
        expect(texts(el, '[part="heading"]')).to.deep.equal(['Tyhjä']);
        await expect(el).to.be.accessible();
      });
    }

    it('lets the host replace the empty message through the empty slot', async () => {
      const { el } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser .feed=${{ version: '1', items: [] }}><p slot="empty">Katso blogi</p></seutu-blog-teaser>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Katso blogi');
    });
  });

  describe('ready', () => {
    for (const layout of ['list', 'cards', 'compact']) {
      for (const lang of LANGS) {
        it(`is accessible in the ${layout} layout in ${lang}, with every option on`, async () => {
          const { el } = await mount<SeutuBlogTeaser>(
            html`<seutu-blog-teaser
              src=${EXAMPLE}
              layout=${layout}
              limit="6"
              show-title
              relative
              heading-level="2"
            ></seutu-blog-teaser>`,
            { lang },
          );
          expect(el.shadowRoot!.querySelectorAll('li[part="item"]')).to.have.length(6);
          // Links have distinct names.
          const names = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
          expect(new Set(names).size).to.equal(names.length);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('re-renders in the new language when lang changes', async () => {
      const { el } = await mount<SeutuBlogTeaser>(html`<seutu-blog-teaser src=${EXAMPLE} limit="1"></seutu-blog-teaser>`, {
        lang: 'fi',
      });
      expect(texts(el, 'time')).to.deep.equal(['12. marraskuuta 2026']);
      el.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, 'time')).to.deep.equal(['12 november 2026']);
      expect(texts(el, '[part="link"]')[0]).to.match(/^Läs mer: /);
    });

    it('keeps its layout at 320 px without horizontal overflow', async () => {
      const { el, wrapper } = await mount<SeutuBlogTeaser>(
        html`<seutu-blog-teaser src="/shared/fixtures/jsonfeed/rsparser_pxlnv.json" layout="cards" limit="5" show-title></seutu-blog-teaser>`,
      );
      wrapper.style.width = '320px';
      await el.updateComplete;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('li, a, p, h3, h4')) {
        expect(node.getBoundingClientRect().right, node.textContent!).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });
  });
});
