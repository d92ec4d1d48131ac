import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount, nextOutcome, shadowText, shippedFeed, texts } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import type { SeutuProjectCard } from '../src/elements/project-card/project-card.js';

type Lang = 'fi' | 'sv' | 'en';

/**
 * Whether the element's shadow root has a match. Assertions compare this boolean, never the
 * element: a failing comparison would make the runner serialize a whole DOM node.
 */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** A project using every field, with eight towns led by Ylivieska. */
const FULL = {
  id: 'kokeiluhanke',
  title: { fi: 'Kokeiluhanke', sv: 'Försöksprojekt', en: 'Pilot project' },
  summary: { fi: 'Hankkeen tiivistelmä.', sv: 'Projektets sammanfattning.', en: 'The project’s summary.' },
  status: 'ongoing',
  start: '2023-03-01',
  end: '2025-06-30',
  url: 'https://example.org/hanke',
  image: { url: 'https://example.org/kuva.jpg', alt: { fi: 'Ihmisiä kokouksessa', sv: 'Människor på ett möte', en: 'People at a meeting' } },
  lead: 'ylivieska',
  cities: ['ylivieska', 'kalajoki', 'nivala', 'oulainen', 'raahe', 'pietarsaari', 'kemi', 'tornio'],
  tags: ['education'],
};

const EXPECTED = {
  fi: {
    title: 'Kokeiluhanke',
    badge: 'Käynnissä',
    dates: 'maaliskuu 2023–kesäkuu 2025',
    summary: 'Hankkeen tiivistelmä.',
    lead: ['Vastuukaupunki', 'Ylivieska'],
    towns: 'Mukana olevat kaupungit',
    shown: ['Kalajoki', 'Kemi', 'Nivala', 'Oulainen', 'Pietarsaari', 'Raahe'],
    more: 'ja 2 muuta kaupunkia',
    rest: ['Tornio', 'Ylivieska'],
    link: 'Lue lisää',
    alt: 'Ihmisiä kokouksessa',
  },
  sv: {
    title: 'Försöksprojekt',
    badge: 'Pågående',
    dates: 'mars 2023–juni 2025',
    summary: 'Projektets sammanfattning.',
    lead: ['Ansvarig stad', 'Ylivieska'],
    towns: 'Deltagande städer',
    shown: ['Brahestad', 'Jakobstad', 'Kalajoki', 'Kemi', 'Nivala', 'Oulainen'],
    more: 'och 2 städer till',
    rest: ['Torneå', 'Ylivieska'],
    link: 'Läs mer',
    alt: 'Människor på ett möte',
  },
  en: {
    title: 'Pilot project',
    badge: 'Ongoing',
    dates: 'March 2023 – June 2025',
    summary: 'The project’s summary.',
    lead: ['Lead town', 'Ylivieska'],
    towns: 'Towns taking part',
    shown: ['Jakobstad', 'Kalajoki', 'Kemi', 'Nivala', 'Oulainen', 'Raahe'],
    more: 'and 2 more towns',
    rest: ['Tornio', 'Ylivieska'],
    link: 'Read more',
    alt: 'People at a meeting',
  },
} as const;

const ERROR_HEADLINE = {
  fi: 'Hanketta ei voitu näyttää.',
  sv: 'Projektet kunde inte visas.',
  en: 'The project could not be shown.',
} as const;

const NOT_FOUND = {
  fi: 'Pyydettyä kohdetta ei löytynyt.',
  sv: 'Det efterfrågade objektet hittades inte.',
  en: 'The requested item was not found.',
} as const;

/** Mounts a card showing `project` (an object) with the shipped feed naming its towns. */
async function cardFor(project: unknown, lang: Lang = 'fi', attrs: { headingLevel?: number } = {}) {
  const feed = await shippedFeed();
  return mount<SeutuProjectCard>(
    html`<seutu-project-card
      lang=${lang}
      heading-level=${attrs.headingLevel ?? 3}
      .feed=${feed}
      .project=${project}
    ></seutu-project-card>`,
  );
}

/** A feed with the shipped towns and the given projects, served through the real loader. */
async function feedWith(projects: unknown[]): Promise<string> {
  const feed = await shippedFeed();
  feed.projects = projects;
  return jsonUrl(feed);
}

const dates = (el: Element) => texts(el, '[part="dates"]');

describe('<seutu-project-card>', () => {
  afterEach(cleanup);

  describe('a project from the shipped feed', () => {
    const TITLES = {
      fi: 'Joustavat koulutusmallit yhdessä yrityselämän kanssa',
      sv: 'Flexibla utbildningsmodeller tillsammans med näringslivet',
      en: 'Flexible education models together with the business community',
    } as const;
    const BADGE = { fi: 'Käynnissä', sv: 'Pågående', en: 'Ongoing' } as const;
    const TOWNS = { fi: 'Mukana olevat kaupungit', sv: 'Deltagande städer', en: 'Towns taking part' } as const;
    const LINK = { fi: 'Lue lisää', sv: 'Läs mer', en: 'Read more' } as const;

    for (const lang of LANGS) {
      it(`shows title, status, towns and link in ${lang}, and leaves out what the feed lacks`, async () => {
        const { el, outcome } = await mount<SeutuProjectCard>(
          html`<seutu-project-card lang=${lang} project="joustavat-koulutusmallit"></seutu-project-card>`,
        );
        expect(outcome?.type).to.equal('seutu-load');
        expect(outcome?.detail).to.deep.include({ count: 1 });
        expect(outcome?.detail.url).to.match(/\/data\/seutu-feed\.json$/);
        expect(texts(el, 'h3[part="heading"]')).to.deep.equal([TITLES[lang]]);
        expect(texts(el, '[part="badge"]')).to.deep.equal([BADGE[lang]]);
        expect(texts(el, 'dt')).to.deep.equal([TOWNS[lang]]);
        expect(texts(el, '[part="town-list"] li')).to.deep.equal(['Ylivieska']);
        // The shipped project has no dates, summary, lead or image: those parts are simply absent.
        for (const part of ['dates', 'summary', 'lead', 'image', 'more-towns']) {
          expect(has(el, `[part="${part}"]`), part).to.equal(false);
        }
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
        expect(link.href).to.equal('https://www.seutukaupunkiosaajat.fi/');
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${LINK[lang]}: ${TITLES[lang]}`);
        expect(shadowText(el)).to.equal(`${TITLES[lang]} ${BADGE[lang]} ${TOWNS[lang]} Ylivieska ${LINK[lang]}: ${TITLES[lang]}`);
        await expect(el).to.be.accessible();
      });
    }

    it('names the article by its title', async () => {
      const { el } = await mount<SeutuProjectCard>(
        html`<seutu-project-card project="seutukaupunkien-yritysverkostot"></seutu-project-card>`,
      );
      const article = el.shadowRoot!.querySelector('article[part="card"]')!;
      const title = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(title.textContent).to.equal('Seutukaupunkien yritysverkostot');
    });

    it('shows the summary when the feed has one', async () => {
      const { el } = await mount<SeutuProjectCard>(
        html`<seutu-project-card lang="sv" project="osaavan-tyovoiman-saatavuus"></seutu-project-card>`,
      );
      expect(texts(el, '[part="summary"]')).to.deep.equal([
        'Information om nätverksprojekt som främjar tillgången på kompetent arbetskraft i regionstäderna.',
      ]);
      // No towns in the feed for this project: no towns list at all.
      expect(has(el, '[part="towns"]')).to.equal(false);
    });
  });

  describe('every field, in three languages', () => {
    for (const lang of LANGS) {
      it(`renders the full project in ${lang}`, async () => {
        const expected = EXPECTED[lang];
        const { el, outcome } = await cardFor(FULL, lang);
        expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 1 } });
        expect(texts(el, '[part="heading"]')).to.deep.equal([expected.title]);
        expect(texts(el, '[part="badge"]')).to.deep.equal([expected.badge]);
        expect(dates(el)).to.deep.equal([expected.dates]);
        expect(texts(el, '[part="summary"]')).to.deep.equal([expected.summary]);
        expect(texts(el, 'dt')).to.deep.equal([expected.lead[0], expected.towns]);
        expect(texts(el, '[part="lead"]')).to.deep.equal([expected.lead[1]]);
        // Six towns in full, sorted in the reader's language; the rest behind "and N more".
        const lists = [...el.shadowRoot!.querySelectorAll('[part="town-list"]')];
        expect(lists).to.have.length(2);
        expect([...lists[0]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(expected.shown);
        const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="more-towns"]')!;
        expect(details.open).to.equal(false);
        expect(texts(el, 'summary')).to.deep.equal([expected.more]);
        // Styled as a control (its styles come with its code): the pointer, and the link colour.
        const summary = getComputedStyle(details.querySelector('summary')!);
        expect(summary.cursor).to.equal('pointer');
        expect(summary.color).to.equal(getComputedStyle(el.shadowRoot!.querySelector('a[part="link"]')!).color);
        expect([...details.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(expected.rest);
        expect(lists[1]!.closest('details') === details).to.equal(true);
        const link = el.shadowRoot!.querySelector('a[part="link"]')!;
        expect(link.textContent!.trim()).to.equal(`${expected.link}: ${expected.title}`);
        expect(el.shadowRoot!.querySelector('img')!.alt).to.equal(expected.alt);
        await expect(el).to.be.accessible();
        details.open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('says "and 1 more town" for seven towns', async () => {
      for (const [lang, text] of [
        ['fi', 'ja 1 muu kaupunki'],
        ['sv', 'och 1 stad till'],
        ['en', 'and 1 more town'],
      ] as const) {
        const { el } = await cardFor({ ...FULL, cities: FULL.cities.slice(0, 7) }, lang);
        expect(texts(el, 'summary'), lang).to.deep.equal([text]);
        expect(el.shadowRoot!.querySelectorAll('[part="town-list"] li')).to.have.length(7);
      }
    });

    it('shows six towns without a <details>', async () => {
      const { el } = await cardFor({ ...FULL, lead: undefined, cities: FULL.cities.slice(0, 6) });
      expect(has(el, 'details')).to.equal(false);
      expect(texts(el, '[part="town-list"] li')).to.deep.equal(['Kalajoki', 'Nivala', 'Oulainen', 'Pietarsaari', 'Raahe', 'Ylivieska']);
      expect(texts(el, 'dt')).to.deep.equal(['Mukana olevat kaupungit']);
    });

    it('names a lead town that is the only town once, as the lead', async () => {
      const { el } = await cardFor({ ...FULL, cities: ['ylivieska'] }, 'en');
      expect(texts(el, 'dt')).to.deep.equal(['Lead town']);
      expect(texts(el, '[part="lead"]')).to.deep.equal(['Ylivieska']);
      expect(has(el, '[part="town-list"]')).to.equal(false);
    });

    it('leaves out a town the feed does not know, and warns', async () => {
      const { result, warnings } = await captureWarnings(() => cardFor({ ...FULL, lead: 'helsinki', cities: ['salo', 'espoo'] }));
      expect(has(result.el, '[part="lead"]')).to.equal(false);
      expect(texts(result.el, '[part="town-list"] li')).to.deep.equal(['Salo']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('$.lead: names "helsinki"').and.include('$.cities[1]: names "espoo"');
    });

    it('counts a lead town missing from `cities` among the towns taking part', async () => {
      const { el } = await cardFor({ ...FULL, lead: 'salo', cities: ['paimio'] });
      expect(texts(el, '[part="lead"]')).to.deep.equal(['Salo']);
      expect(texts(el, '[part="town-list"] li')).to.deep.equal(['Paimio', 'Salo']);
    });

    it('uses the title heading at heading-level', async () => {
      const { el } = await cardFor(FULL, 'fi', { headingLevel: 2 });
      expect(texts(el, 'h2')).to.deep.equal(['Kokeiluhanke']);
      expect(has(el, 'h3')).to.equal(false);
    });

    it('re-renders in a new language when lang changes', async () => {
      const { el, wrapper } = await cardFor(FULL, 'fi');
      el.removeAttribute('lang');
      wrapper.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, '[part="badge"]')).to.deep.equal(['Pågående']);
      expect(dates(el)).to.deep.equal(['mars 2023–juni 2025']);
    });
  });

  describe('dates', () => {
    const CASES: { name: string; start?: string; end?: string; text: Record<Lang, string> }[] = [
      {
        name: 'a closed range over years',
        start: '2024-01-01',
        end: '2026-12-31',
        text: { fi: 'tammikuu 2024–joulukuu 2026', sv: 'januari 2024–december 2026', en: 'January 2024 – December 2026' },
      },
      {
        name: 'a closed range within one year',
        start: '2024-03-01',
        end: '2024-11-30',
        text: { fi: 'maaliskuu 2024–marraskuu 2024', sv: 'mars–november 2024', en: 'March – November 2024' },
      },
      {
        name: 'a range within one month',
        start: '2024-03-04',
        end: '2024-03-28',
        text: { fi: 'maaliskuu 2024', sv: 'mars 2024', en: 'March 2024' },
      },
      {
        name: 'one day',
        start: '2025-09-15',
        end: '2025-09-15',
        text: { fi: 'syyskuu 2025', sv: 'september 2025', en: 'September 2025' },
      },
      {
        name: 'an open end',
        start: '2024-03-01',
        text: { fi: 'maaliskuusta 2024 alkaen', sv: 'från mars 2024', en: 'from March 2024' },
      },
      {
        name: 'an open end in another month',
        start: '2022-07-31',
        text: { fi: 'heinäkuusta 2022 alkaen', sv: 'från juli 2022', en: 'from July 2022' },
      },
      {
        name: 'an unknown start',
        end: '2026-12-31',
        text: { fi: 'joulukuuhun 2026 asti', sv: 'fram till december 2026', en: 'until December 2026' },
      },
      {
        // Calendar days, not instants: the first and last day of a month never slip into the next.
        name: 'month edges',
        start: '2024-01-01',
        end: '2024-01-31',
        text: { fi: 'tammikuu 2024', sv: 'januari 2024', en: 'January 2024' },
      },
    ];
    for (const { name, start, end, text } of CASES) {
      it(`${name}: ${text.en}`, async () => {
        for (const lang of LANGS) {
          const { el } = await cardFor({ id: 'p', title: 'P', status: 'ongoing', start, end }, lang);
          expect(dates(el), lang).to.deep.equal([text[lang]]);
        }
      });
    }

    const INVALID: { name: string; start?: unknown; end?: unknown; path: string }[] = [
      { name: 'an end that is not a calendar day', start: '2024-01-01', end: '2024-02-30', path: '$.end' },
      { name: 'a month 13', start: '2024-13-01', end: '2025-01-31', path: '$.start' },
      { name: 'an unreadable end', start: '2024-03-01', end: 'soon', path: '$.end' },
      { name: 'a number as start', start: 20240301, path: '$.start' },
      { name: 'a date with a time', start: '2024-03-01T10:00:00Z', path: '$.start' },
      { name: 'an end before the start', start: '2025-01-01', end: '2024-06-30', path: '$.end' },
    ];
    for (const { name, start, end, path } of INVALID) {
      it(`${name}: renders the project without any dates and warns`, async () => {
        const { result, warnings } = await captureWarnings(() =>
          cardFor({ id: 'p', title: 'Päivätön', status: 'planned', start, end, summary: 'Teksti' }),
        );
        expect(result.outcome?.type).to.equal('seutu-load');
        expect(dates(result.el)).to.deep.equal([]);
        expect(texts(result.el, '[part="heading"]')).to.deep.equal(['Päivätön']);
        expect(texts(result.el, '[part="summary"]')).to.deep.equal(['Teksti']);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(path);
        expect(shadowText(result.el)).not.to.match(/Invalid Date|NaN|undefined/);
      });
    }

    it('reads null as “not given”: an open end, without a warning', async () => {
      const { result, warnings } = await captureWarnings(() =>
        cardFor({ id: 'p', title: 'P', status: 'ongoing', start: '2024-03-01', end: null, summary: null, image: null }, 'en'),
      );
      expect(dates(result.el)).to.deep.equal(['from March 2024']);
      expect(has(result.el, '[part="summary"]')).to.equal(false);
      expect(warnings).to.deep.equal([]);
    });

    it('shows an open period from a fetched feed in words when the card reports the load', async () => {
      // The words for open periods load with a feed that has one, before the card shows it.
      const url = await feedWith([{ id: 'p', title: 'P', status: 'ongoing', end: '2026-12-31' }]);
      const { el, outcome } = await mount<SeutuProjectCard>(
        html`<seutu-project-card src=${url} project="p" lang="sv"></seutu-project-card>`,
      );
      expect(outcome?.type).to.equal('seutu-load');
      expect(dates(el)).to.deep.equal(['fram till december 2026']);
    });

    it('leaves out invalid dates of a project in a fetched feed, with one warning naming the URL', async () => {
      const url = await feedWith([{ id: 'p', title: 'P', status: 'ongoing', start: '2024-02-31', end: '2024-05-01' }]);
      const { result, warnings } = await captureWarnings(() =>
        mount<SeutuProjectCard>(html`<seutu-project-card src=${url} project="p"></seutu-project-card>`),
      );
      expect(result.outcome?.type).to.equal('seutu-load');
      expect(dates(result.el)).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(url);
      expect(warnings[0]).to.include('$.projects[0].start');
    });
  });

  describe('link and image', () => {
    it('marks a link to another site rel="noopener" without forcing a new tab', async () => {
      const { el } = await cardFor(FULL);
      const link = el.shadowRoot!.querySelector('a')!;
      expect(link.rel).to.equal('noopener');
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('gives a link on the same site no rel', async () => {
      const { el } = await cardFor({ ...FULL, url: '/hankkeet/kokeiluhanke' });
      const link = el.shadowRoot!.querySelector('a')!;
      expect(link.href).to.equal(new URL('/hankkeet/kokeiluhanke', location.href).href);
      expect(link.hasAttribute('rel')).to.equal(false);
    });

    it('keeps the title visually hidden inside the link text', async () => {
      const { el } = await cardFor(FULL, 'en');
      const hidden = el.shadowRoot!.querySelector('a .visually-hidden')!;
      expect(hidden.textContent).to.equal(': Pilot project');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('drops a javascript: link and image but keeps the project', async () => {
      const { result, warnings } = await captureWarnings(() =>
        cardFor({ ...FULL, url: 'javascript:alert(1)', image: { url: 'JAVASCRIPT:alert(1)' } }),
      );
      expect(has(result.el, 'a')).to.equal(false);
      expect(has(result.el, 'img')).to.equal(false);
      expect(texts(result.el, '[part="heading"]')).to.deep.equal(['Kokeiluhanke']);
      expect(warnings.join(' ')).to.include('$.url').and.include('$.image.url');
    });

    it('loads the image lazily in a box that is sized before it arrives', async () => {
      // Far below the fold from the start, so the lazy image is never fetched.
      const spacer = document.createElement('div');
      spacer.style.blockSize = '20000px';
      document.body.prepend(spacer);
      try {
        const { el, wrapper } = await cardFor(FULL);
        wrapper.style.inlineSize = '32em';
        const img = el.shadowRoot!.querySelector('img')!;
        expect(img.loading).to.equal('lazy');
        expect(img.complete && img.naturalWidth > 0).to.equal(false);
        expect(img.hidden).to.equal(false);
        const box = img.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(100);
        expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
        // The image sits above the title although it comes after it in reading order.
        expect(box.top).to.be.lessThan(el.shadowRoot!.querySelector('h3')!.getBoundingClientRect().top);
      } finally {
        spacer.remove();
      }
    });

    it('is decorative (alt="") when the feed describes it in no language', async () => {
      const { el } = await cardFor({ ...FULL, image: { url: 'https://example.org/a.jpg' } });
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('takes another language’s alt text when the page’s is missing', async () => {
      const { el } = await cardFor({ ...FULL, image: { url: 'https://example.org/a.jpg', alt: { sv: 'Karta' } } }, 'fi');
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.alt).to.equal('Karta');
      expect(img.lang).to.equal('sv');
    });

    it('marks text in another language than the page with lang, and only that', async () => {
      const project = { id: 'p', title: { sv: 'Bara svenska' }, summary: { fi: 'Vain suomeksi', sv: 'Också svenska' }, status: 'ongoing', url: '/p' };
      const fi = await cardFor(project, 'fi');
      expect(fi.el.shadowRoot!.querySelector('h3 span[lang="sv"]')!.textContent).to.equal('Bara svenska');
      expect(fi.el.shadowRoot!.querySelector('a span[lang="sv"]')!.textContent).to.equal('Bara svenska');
      expect(fi.el.shadowRoot!.querySelector('[part="summary"]')!.hasAttribute('lang')).to.equal(false);
      const sv = await cardFor(project, 'sv');
      expect(sv.el.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
      expect(texts(sv.el, '[part="summary"]')).to.deep.equal(['Också svenska']);
      const en = await cardFor(project, 'en');
      expect(en.el.shadowRoot!.querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('fi');
      expect(texts(en.el, '[part="heading"]')).to.deep.equal(['Bara svenska']);
    });

    it('leaves out an image that fails to load, and shows the next project’s image', async () => {
      const { el } = await cardFor({ ...FULL, image: { url: '/test-api/status/404', alt: 'Kuva' } });
      // Unless it has failed already and been left out.
      const img = el.shadowRoot!.querySelector('img');
      if (img) {
        const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
        // Load it now: a lazy image in a background test page might never be fetched.
        img.loading = 'eager';
        await failed;
      }
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Kokeiluhanke']);

      // Another project, another address: its image shows, as a new, visible element.
      el.project = { ...FULL, id: 'toinen', image: { url: '/stories/assets/forest.svg', alt: 'Metsä' } };
      await waitUntil(() => el.shadowRoot!.querySelector('img'), 'no image for the next project');
      const next = el.shadowRoot!.querySelector('img')!;
      expect(next.hidden).to.equal(false);
      expect(next.alt).to.equal('Metsä');
      expect(next.getAttribute('src')).to.match(/\/stories\/assets\/forest\.svg$/);
    });
  });

  describe('not found', () => {
    for (const lang of LANGS) {
      it(`an unknown id gives the error state with reason not-found in ${lang}`, async () => {
        const { result, warnings } = await captureWarnings(() =>
          mount<SeutuProjectCard>(
            html`<seutu-project-card lang=${lang} project="ei-ole-olemassa"
              ><a href="/hankkeet">Hankkeet</a></seutu-project-card
            >`,
          ),
        );
        const { el, outcome } = result;
        expect(outcome?.type).to.equal('seutu-error');
        expect(outcome?.detail).to.include({ reason: 'not-found' });
        expect(outcome?.detail.url).to.match(/\/data\/seutu-feed\.json$/);
        const message = el.shadowRoot!.querySelector('[role="status"][part="error"]')!;
        expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${ERROR_HEADLINE[lang]} ${NOT_FOUND[lang]}`);
        const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
        expect(fallback.assignedElements()[0]!.textContent).to.equal('Hankkeet');
        expect(has(el, 'slot[name="error"]')).to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('ei-ole-olemassa');
        await expect(el).to.be.accessible();
      });
    }

    it('a card without a project id is not-found too', async () => {
      const { result } = await captureWarnings(() => mount<SeutuProjectCard>(html`<seutu-project-card></seutu-project-card>`));
      expect(result.outcome?.detail).to.deep.include({ reason: 'not-found' });
    });

    it('switches project without fetching again, with an event each time', async () => {
      const url = await feedWith([
        { id: 'yksi', title: 'Yksi', status: 'planned' },
        { id: 'kaksi', title: 'Kaksi', status: 'completed' },
      ]);
      const { el } = await mount<SeutuProjectCard>(html`<seutu-project-card src=${url} project="yksi"></seutu-project-card>`);
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Yksi']);
      URL.revokeObjectURL(url); // A second fetch would now fail.

      let next = nextOutcome(el);
      el.setAttribute('project', 'kaksi');
      expect((await next).type).to.equal('seutu-load');
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Kaksi']);
      expect(texts(el, '[part="badge"]')).to.deep.equal(['Päättynyt']);

      next = nextOutcome(el);
      await captureWarnings(async () => {
        el.setAttribute('project', 'kolme');
        await el.updateComplete;
      });
      expect(await next).to.deep.equal({ type: 'seutu-error', detail: { url, reason: 'not-found' } });
      expect(texts(el, '[part="error"]')[0]).to.include('Pyydettyä kohdetta ei löytynyt.');

      next = nextOutcome(el);
      el.setAttribute('project', 'YKSI');
      expect((await next).type).to.equal('seutu-load');
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Yksi']);
    });

    it('an unknown id replaced at once by a known one shows the known project, not a late error', async () => {
      const url = await feedWith([
        { id: 'yksi', title: 'Yksi', status: 'planned' },
        { id: 'kaksi', title: 'Kaksi', status: 'completed' },
      ]);
      const { el } = await mount<SeutuProjectCard>(html`<seutu-project-card src=${url} project="yksi"></seutu-project-card>`);
      const seen: string[] = [];
      for (const type of ['seutu-load', 'seutu-error']) el.addEventListener(type, () => seen.push(type));
      // Both updates run at once, before the words of the not-found error (loaded only on a
      // failure, a promise even when already loaded) can arrive.
      const update = () => (el as unknown as { performUpdate(): void }).performUpdate();
      await captureWarnings(async () => {
        el.setAttribute('project', 'kolme');
        update();
        el.setAttribute('project', 'kaksi');
        update();
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
      });
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Kaksi']);
      expect(texts(el, '[part="error"]')).to.deep.equal([]);
      expect(seen.at(-1)).to.equal('seutu-load');
    });
  });

  describe('data as properties', () => {
    it('shows a project from a feed given as `feed`', async () => {
      const feed = await shippedFeed();
      feed.projects.push({ id: 'oma', title: { fi: 'Oma hanke' }, status: 'planned', lead: 'salo' });
      const { el, outcome } = await mount<SeutuProjectCard>(
        html`<seutu-project-card project="oma" .feed=${feed}></seutu-project-card>`,
      );
      expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 1 } });
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Oma hanke']);
      expect(texts(el, '[part="badge"]')).to.deep.equal(['Suunnitteilla']);
      expect(texts(el, '[part="lead"]')).to.deep.equal(['Salo']);
    });

    it('shows a project object without a feed, leaving out the towns it cannot name', async () => {
      const { result, warnings } = await captureWarnings(() =>
        mount<SeutuProjectCard>(
          html`<seutu-project-card lang="en" .project=${{ ...FULL, image: undefined }}></seutu-project-card>`,
        ),
      );
      const { el, outcome } = result;
      expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 1 } });
      expect(shadowText(el)).to.equal(
        'Pilot project Ongoing March 2023 – June 2025 The project’s summary. Read more: Pilot project',
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('feed');
    });

    it('an invalid project object gives the error state with reason invalid', async () => {
      for (const project of [{ id: 'x', title: 42, status: 'ongoing' }, { title: 'T', status: 'ongoing' }, 'not an object but a string id', []]) {
        const { result } = await captureWarnings(() =>
          mount<SeutuProjectCard>(html`<seutu-project-card lang="en" .project=${project}></seutu-project-card>`),
        );
        if (typeof project === 'string') {
          // A string property is an id, as the attribute is.
          expect(result.outcome?.detail).to.deep.include({ reason: 'not-found' });
          continue;
        }
        expect(result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url: null, reason: 'invalid' } });
        expect(texts(result.el, '[part="error"]')).to.deep.equal([
          'The project could not be shown. The information is not in the expected format.',
        ]);
        await expect(result.el).to.be.accessible();
      }
    });

    it('an unknown status leaves the project out: invalid', async () => {
      const { result, warnings } = await captureWarnings(() => cardFor({ ...FULL, status: 'paused' }));
      expect(result.outcome?.detail).to.deep.include({ reason: 'invalid' });
      expect(warnings.join(' ')).to.include('$.status');
    });

    it('replaces the shown project when a new object is set', async () => {
      const { el } = await cardFor(FULL);
      const next = nextOutcome(el);
      el.project = { id: 'toinen', title: 'Toinen', status: 'completed' };
      expect((await next).type).to.equal('seutu-load');
      expect(texts(el, '[part="heading"]')).to.deep.equal(['Toinen']);
      expect(has(el, '[part="towns"]')).to.equal(false);
    });
  });

  describe('states', () => {
    for (const lang of LANGS) {
      it(`is busy, reserves space and is accessible while loading in ${lang}`, async () => {
        loaderLimits.timeoutMs = 5000;
        const { el } = await mount<SeutuProjectCard>(
          html`<seutu-project-card lang=${lang} src="/test-api/slow/400" project="joustavat-koulutusmallit"
            ><a href="/hankkeet">Hankkeet</a></seutu-project-card
          >`,
          { settle: false },
        );
        const loaded = nextOutcome(el);
        const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
        expect(busy.textContent!.trim()).to.equal(
          { fi: 'Ladataan hanketta…', sv: 'Projektet laddas…', en: 'Loading the project…' }[lang],
        );
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        expect((await loaded).type).to.equal('seutu-load');
        expect(has(el, '[aria-busy]')).to.equal(false);
        expect(has(el, 'slot:not([name])')).to.equal(false);
        await expect(el).to.be.accessible();
      });

      it(`a feed that cannot be read gives the localized error in ${lang}`, async () => {
        const { result } = await captureWarnings(() =>
          mount<SeutuProjectCard>(
            html`<seutu-project-card lang=${lang} src="/test-api/html" project="x"></seutu-project-card>`,
          ),
        );
        expect(result.outcome?.detail).to.deep.include({ reason: 'parse' });
        expect(texts(result.el, '[role="status"]')[0]).to.match(new RegExp(`^${ERROR_HEADLINE[lang]} `));
        await expect(result.el).to.be.accessible();
      });
    }
  });
});

const FORBIDDEN = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];

/** Forbidden words in an element's shadow DOM: its text and every attribute value. */
function forbidden(el: Element): string[] {
  const found = new Set<string>();
  const root = el.shadowRoot!;
  const check = (value: string) => {
    for (const word of FORBIDDEN) if (value.includes(word)) found.add(word);
  };
  check(root.textContent ?? '');
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) check(attr.value);
  }
  return [...found];
}

const VALID: Record<string, unknown> = {
  summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
  start: '2024-03-01',
  end: '2026-12-31',
  url: 'https://example.org/hanke',
  image: { url: 'https://example.org/kuva.jpg', alt: { fi: 'Kuvaus' } },
  lead: 'ylivieska',
  cities: ['ylivieska', 'kalajoki', 'nivala', 'oulainen', 'raahe', 'pietarsaari', 'kemi'],
  tags: ['education'],
};

/** Values of the wrong type or shape, each tried in every optional field. */
const WRONG: unknown[] = [
  null,
  42,
  Number.NaN,
  true,
  '',
  '   ',
  {},
  [],
  [42, null],
  { fi: 42 },
  { fi: null, sv: '' },
  { url: 42, alt: [] },
  'javascript:alert(1)',
  '2024-02-30',
  'not-a-town',
];

/** Every subset of the optional fields, then every optional field with each wrong value, then bad required fields. */
function partialProjects(): ({ id: string } & Record<string, unknown>)[] {
  const fields = Object.keys(VALID);
  const projects: ({ id: string } & Record<string, unknown>)[] = [];
  for (let mask = 0; mask < 1 << fields.length; mask++) {
    const project: { id: string } & Record<string, unknown> = { id: `opt-subset-${mask}`, title: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' }, status: 'ongoing' };
    fields.forEach((field, i) => {
      if (mask & (1 << i)) project[field] = VALID[field];
    });
    projects.push(project);
  }
  fields.forEach((field) =>
    WRONG.forEach((value, i) =>
      projects.push({ id: `opt-${field}-${i}`, title: 'Otsikko', status: 'planned', ...VALID, [field]: value }),
    ),
  );
  // Localized texts with no usable language, and titles in a language the page does not use.
  projects.push({ id: 'opt-de', title: { de: 'Titel' }, status: 'completed', summary: { de: 'Zusammenfassung' } });
  projects.push({ id: 'opt-image-alt', title: 'T', status: 'completed', image: { url: '/kuva.jpg', alt: 42 } });
  projects.push({ id: 'opt-nested', title: 'T', status: 'completed', image: { url: { href: 'x' } }, cities: [{}] });
  for (const [field, value] of [
    ['title', 42],
    ['title', null],
    ['title', {}],
    ['title', { fi: '' }],
    ['status', 'paused'],
    ['status', undefined],
    ['id', 'Not A Slug'],
  ] as const) {
    projects.push({ id: `bad-${field}`, title: 'T', status: 'ongoing', ...VALID, [field]: value } as { id: string });
  }
  return projects;
}

describe('a card’s visible text never shows a missing value', () => {
  afterEach(cleanup);

  it('the scan finds forbidden words (so the checks below can fail)', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    render(html`<p>Alkaa <span title="NaN">x</span></p>`, host.shadowRoot!);
    expect(forbidden(host)).to.deep.equal(['NaN']);
    render(html`<p>[object Object]</p>`, host.shadowRoot!);
    expect(forbidden(host)).to.deep.equal(['[object Object]']);
  });

  for (const lang of LANGS) {
    it(`none of ${FORBIDDEN.join(', ')} appears for any subset of fields or wrong type, in ${lang}`, async function () {
      this.timeout(30_000); // Hundreds of cards; a loaded CI machine needs more than the default.
      const feed = await shippedFeed();
      const projects = partialProjects();
      const container = document.createElement('div');
      container.lang = lang;
      document.body.append(container);
      try {
        const cards = projects.map((project) => {
          const card = document.createElement('seutu-project-card');
          card.feed = feed;
          card.project = project;
          return card;
        });
        const outcomes = cards.map((card) => nextOutcome(card));
        await captureWarnings(async () => {
          container.append(...cards);
          await Promise.all(outcomes);
          await Promise.all(cards.map((card) => card.updateComplete));
        });
        const loaded = (await Promise.all(outcomes)).filter((o) => o.type === 'seutu-load').length;
        // Only projects with a bad id, title or status fail; every optional problem still renders.
        expect(loaded).to.equal(projects.filter((p) => p.id.startsWith('opt-')).length);
        expect(loaded).to.be.greaterThan(300);
        const problems = cards.flatMap((card) => forbidden(card).map((word) => `${card.project && (card.project as { id: string }).id}: ${word}`));
        expect(problems).to.deep.equal([]);
        // The set really exercises the optional parts.
        for (const part of ['summary', 'dates', 'lead', 'town-list', 'more-towns', 'link', 'image']) {
          expect(cards.some((card) => card.shadowRoot!.querySelector(`[part="${part}"]`)), part).to.equal(true);
        }
      } finally {
        container.remove();
      }
    });
  }
});
