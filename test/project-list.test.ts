import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount, nextOutcome, shadowText, shippedFeed, texts } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import type { SeutuProjectList } from '../src/elements/project-list/project-list.js';

type Lang = 'fi' | 'sv' | 'en';

/**
 * Whether the element's shadow root has a match. Assertions compare this boolean, never the
 * element: a failing comparison would make the runner serialize a whole DOM node.
 */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const TITLES = '[part="heading"]';

/** Projects in deliberately scrambled feed order; their titles say where they belong. */
const PROJECTS = [
  {
    id: 'vanha-paattynyt',
    title: { fi: 'Päättynyt 2019', sv: 'Avslutat 2019', en: 'Completed 2019' },
    status: 'completed',
    start: '2019-01-01',
    end: '2020-12-31',
    cities: ['kemi'],
    tags: ['business'],
  },
  {
    id: 'suunniteltu-2026',
    title: { fi: 'Suunnitteilla 2026', sv: 'Planerat 2026', en: 'Planned 2026' },
    status: 'planned',
    start: '2026-01-01',
    lead: 'salo',
    cities: ['paimio'],
    tags: ['education'],
  },
  {
    id: 'kaynnissa-ilman-paivia',
    title: { fi: 'Käynnissä, ei päiviä', sv: 'Pågående, utan datum', en: 'Ongoing, undated' },
    status: 'ongoing',
    cities: ['ylivieska'],
    tags: ['workforce'],
  },
  {
    id: 'kaynnissa-2023',
    title: { fi: 'Käynnissä 2023', sv: 'Pågående 2023', en: 'Ongoing 2023' },
    status: 'ongoing',
    start: '2023-03-01',
    end: '2025-06-30',
    lead: 'ylivieska',
    cities: ['kalajoki', 'nivala', 'oulainen', 'raahe', 'pietarsaari', 'kemi', 'tornio'],
    tags: ['education', 'business'],
  },
  {
    id: 'kaynnissa-2024',
    title: { fi: 'Käynnissä 2024', sv: 'Pågående 2024', en: 'Ongoing 2024' },
    status: 'ongoing',
    start: '2024-03-01',
    cities: ['raahe'],
  },
  {
    id: 'paattynyt-2021',
    title: { fi: 'Päättynyt 2021', sv: 'Avslutat 2021', en: 'Completed 2021' },
    status: 'completed',
    start: '2021-05-01',
    end: '2023-04-30',
    lead: 'pietarsaari',
  },
  {
    id: 'suunnitteilla-ilman-paivia',
    title: { fi: 'Suunnitteilla, ei päiviä', sv: 'Planerat, utan datum', en: 'Planned, undated' },
    status: 'planned',
    tags: ['Culture'],
  },
];

/** Reading order: ongoing newest first (undated last), then planned, then completed. */
const ORDER = [
  'kaynnissa-2024',
  'kaynnissa-2023',
  'kaynnissa-ilman-paivia',
  'suunniteltu-2026',
  'suunnitteilla-ilman-paivia',
  'paattynyt-2021',
  'vanha-paattynyt',
];

const title = (id: string, lang: Lang = 'fi') => PROJECTS.find((p) => p.id === id)!.title[lang];

async function testFeed(): Promise<any> {
  const feed = await shippedFeed();
  feed.projects = structuredClone(PROJECTS);
  return feed;
}

async function listOf(attrs: Record<string, string> = {}, lang: Lang = 'fi') {
  // Attributes first, then the outcome: the element renders once with all of them. Its data
  // shows when it reports the load (a period open at one end first loads the words for it).
  const list = document.createElement('seutu-project-list');
  list.lang = lang;
  for (const [name, value] of Object.entries(attrs)) list.setAttribute(name, value);
  list.feed = await testFeed();
  const { el, wrapper } = await mount<SeutuProjectList>(html`${list}`);
  return { el, wrapper };
}

const EMPTY = {
  fi: 'Näytettäviä hankkeita ei ole.',
  sv: 'Det finns inga projekt att visa.',
  en: 'There are no projects to show.',
} as const;

describe('<seutu-project-list>', () => {
  afterEach(cleanup);

  describe('with the shipped feed', () => {
    const SHIPPED = {
      fi: [
        'Joustavat koulutusmallit yhdessä yrityselämän kanssa',
        'Seutukaupunkien yritysverkostot',
        'Seutukaupunkien osaavan työvoiman saatavuuden edistäminen',
      ],
      sv: [
        'Flexibla utbildningsmodeller tillsammans med näringslivet',
        'Regionstädernas företagsnätverk',
        'Främjande av tillgången på kompetent arbetskraft i regionstäderna',
      ],
      en: [
        'Flexible education models together with the business community',
        'Business networks of regional cities',
        'Promoting the availability of skilled labour in regional cities',
      ],
    } as const;
    const BADGE = { fi: 'Käynnissä', sv: 'Pågående', en: 'Ongoing' } as const;
    const LINK = { fi: 'Lue lisää', sv: 'Läs mer', en: 'Read more' } as const;

    for (const lang of LANGS) {
      it(`lists the three network projects as cards in ${lang}`, async () => {
        const { el, outcome } = await mount<SeutuProjectList>(
          html`<seutu-project-list lang=${lang}></seutu-project-list>`,
        );
        expect(outcome?.type).to.equal('seutu-load');
        expect(outcome?.detail).to.deep.include({ count: 3 });
        expect(outcome?.detail.url).to.match(/\/data\/seutu-feed\.json$/);
        // All ongoing and undated: the feed's own order stands.
        expect(texts(el, TITLES)).to.deep.equal(SHIPPED[lang]);
        expect(el.shadowRoot!.querySelectorAll('ul[part="list"] > li[part="item"] > article[part="card"]')).to.have.length(3);
        expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(3);
        expect(texts(el, '[part="badge"]')).to.deep.equal([BADGE[lang], BADGE[lang], BADGE[lang]]);
        // Three links to the same page, told apart by their titles.
        expect(texts(el, 'a[part="link"]')).to.deep.equal(SHIPPED[lang].map((t) => `${LINK[lang]}: ${t}`));
        // Each card's article is named by its own heading.
        for (const article of el.shadowRoot!.querySelectorAll('article')) {
          const heading = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
          expect(article.contains(heading)).to.equal(true);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('city="ylivieska" gives the town’s own “our projects” list', async () => {
      const { el } = await mount<SeutuProjectList>(html`<seutu-project-list city="ylivieska"></seutu-project-list>`);
      expect(texts(el, TITLES)).to.deep.equal([
        'Joustavat koulutusmallit yhdessä yrityselämän kanssa',
        'Seutukaupunkien yritysverkostot',
      ]);
    });
  });

  describe('order', () => {
    for (const lang of LANGS) {
      it(`ongoing, planned, completed, each newest first and undated last, in ${lang}`, async () => {
        const { el } = await listOf({}, lang);
        expect(texts(el, TITLES)).to.deep.equal(ORDER.map((id) => title(id, lang)));
      });
    }

    it('shows each card’s localized period', async () => {
      const { el } = await listOf({}, 'sv');
      const cards = [...el.shadowRoot!.querySelectorAll('article')];
      const periodOf = (id: string) => cards[ORDER.indexOf(id)]!.querySelector('[part="dates"]')?.textContent ?? null;
      expect(periodOf('kaynnissa-2024')).to.equal('från mars 2024');
      expect(periodOf('kaynnissa-2023')).to.equal('mars 2023–juni 2025');
      expect(periodOf('kaynnissa-ilman-paivia')).to.equal(null);
      expect(periodOf('paattynyt-2021')).to.equal('maj 2021–april 2023');
    });
  });

  describe('filters', () => {
    const CASES: [string, Record<string, string>, string[]][] = [
      ['status', { status: 'planned' }, ['suunniteltu-2026', 'suunnitteilla-ilman-paivia']],
      ['a status list, any case and spacing', { status: ' Completed , ONGOING' }, ['kaynnissa-2024', 'kaynnissa-2023', 'kaynnissa-ilman-paivia', 'paattynyt-2021', 'vanha-paattynyt']],
      ['a town by id: lead or taking part', { city: 'ylivieska' }, ['kaynnissa-2023', 'kaynnissa-ilman-paivia']],
      ['a town by municipality code', { city: '977' }, ['kaynnissa-2023', 'kaynnissa-ilman-paivia']],
      ['a town that only leads', { city: 'salo' }, ['suunniteltu-2026']],
      ['a town that only takes part', { city: 'paimio' }, ['suunniteltu-2026']],
      ['a town in several projects', { city: 'kemi' }, ['kaynnissa-2023', 'vanha-paattynyt']],
      ['two towns', { city: 'salo, 598' }, ['kaynnissa-2023', 'suunniteltu-2026', 'paattynyt-2021']],
      ['a tag', { tag: 'education' }, ['kaynnissa-2023', 'suunniteltu-2026']],
      ['a tag in another case', { tag: 'CULTURE' }, ['suunnitteilla-ilman-paivia']],
      ['a limit', { limit: '2' }, ['kaynnissa-2024', 'kaynnissa-2023']],
      ['a limit larger than the list', { limit: '50' }, ORDER],
      ['a limit that is not a number', { limit: 'kaikki' }, ORDER],
      ['status, town and limit together', { status: 'ongoing,completed', city: 'kemi', limit: '1' }, ['kaynnissa-2023']],
      ['tag and status', { tag: 'business', status: 'completed' }, ['vanha-paattynyt']],
    ];
    for (const [name, attrs, ids] of CASES) {
      it(`${name}: ${JSON.stringify(attrs)}`, async () => {
        const { el } = await listOf(attrs);
        expect(texts(el, TITLES)).to.deep.equal(ids.map((id) => title(id)));
        expect(el.shadowRoot!.querySelectorAll('li[part="item"]')).to.have.length(ids.length);
      });
    }

    for (const lang of LANGS) {
      it(`a filter that matches nothing shows the empty state in ${lang}`, async () => {
        for (const attrs of [{ city: 'helsinki' }, { status: 'paused' }, { tag: 'sport' }, { city: 'salo', status: 'completed' }] as Record<string, string>[]) {
          const { el } = await listOf(attrs, lang);
          expect(shadowText(el), JSON.stringify(attrs)).to.equal(EMPTY[lang]);
          expect(has(el, 'ul')).to.equal(false);
          expect(has(el, 'slot[name="empty"]')).to.equal(true);
          await expect(el).to.be.accessible();
        }
      });
    }

    it('the empty slot replaces the built-in message', async () => {
      const feed = await testFeed();
      const { el } = await mount<SeutuProjectList>(
        html`<seutu-project-list city="helsinki" .feed=${feed}><p slot="empty">Ei hankkeita juuri nyt.</p></seutu-project-list>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Ei hankkeita juuri nyt.');
    });

    it('re-filters when an attribute changes, without loading again', async () => {
      const url = jsonUrl(await testFeed());
      const { el } = await mount<SeutuProjectList>(html`<seutu-project-list src=${url}></seutu-project-list>`);
      URL.revokeObjectURL(url);
      el.setAttribute('status', 'completed');
      await el.updateComplete;
      expect(texts(el, TITLES)).to.deep.equal([title('paattynyt-2021'), title('vanha-paattynyt')]);
      el.removeAttribute('status');
      el.limit = 3;
      await el.updateComplete;
      expect(texts(el, TITLES)).to.deep.equal(ORDER.slice(0, 3).map((id) => title(id)));
    });
  });

  describe('layout and headings', () => {
    it('lays cards out one under another by default and side by side in the grid', async () => {
      const { el, wrapper } = await listOf();
      wrapper.style.inlineSize = '60em';
      const list = el.shadowRoot!.querySelector('ul')!;
      expect(getComputedStyle(list).display).to.equal('flex');
      const items = [...el.shadowRoot!.querySelectorAll('li[part="item"]')];
      expect(items[1]!.getBoundingClientRect().top).to.be.greaterThan(items[0]!.getBoundingClientRect().bottom);
      el.layout = 'grid';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(getComputedStyle(list).display).to.equal('grid');
      expect(items[1]!.getBoundingClientRect().top).to.equal(items[0]!.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });

    it('puts the cards’ titles at heading-level', async () => {
      const { el } = await listOf({ 'heading-level': '2' });
      expect(el.shadowRoot!.querySelectorAll('h2')).to.have.length(ORDER.length);
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(0);
    });

    it('gives every card unique ids', async () => {
      const { el } = await listOf();
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids).to.have.length(ORDER.length);
    });

    for (const lang of LANGS) {
      it(`is accessible with every kind of card, in list and grid, in ${lang}`, async () => {
        for (const layout of ['list', 'grid']) {
          const { el } = await listOf({ layout }, lang);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  describe('data and states', () => {
    it('validates a feed given as a property and counts its valid projects', async () => {
      const feed = await testFeed();
      feed.projects.push({ id: 'rikki', title: 42, status: 'ongoing' });
      feed.projects.push({ id: 'kaynnissa-2024', title: 'Toinen samalla id:llä', status: 'ongoing' });
      const { result, warnings } = await captureWarnings(() =>
        mount<SeutuProjectList>(html`<seutu-project-list .feed=${feed}></seutu-project-list>`),
      );
      expect(result.outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: PROJECTS.length } });
      expect(texts(result.el, TITLES)).to.deep.equal(ORDER.map((id) => title(id)));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('$.projects[7].title').and.include('$.projects[8].id');
    });

    it('shows the empty state for a feed without projects', async () => {
      const { el, outcome } = await mount<SeutuProjectList>(
        html`<seutu-project-list lang="en" .feed=${{ version: 1, cities: [] }}></seutu-project-list>`,
      );
      expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 0 } });
      expect(shadowText(el)).to.equal(EMPTY.en);
    });

    for (const lang of LANGS) {
      it(`is busy, reserves space and is accessible while loading in ${lang}`, async () => {
        loaderLimits.timeoutMs = 5000;
        const { el } = await mount<SeutuProjectList>(
          html`<seutu-project-list lang=${lang} src="/test-api/slow/400"><a href="/hankkeet">Hankkeet</a></seutu-project-list>`,
          { settle: false },
        );
        const loaded = nextOutcome(el);
        const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
        expect(busy.textContent!.trim()).to.equal(
          { fi: 'Ladataan hankkeita…', sv: 'Projekten laddas…', en: 'Loading projects…' }[lang],
        );
        expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
        await expect(el).to.be.accessible();
        expect((await loaded).type).to.equal('seutu-load');
        expect(texts(el, TITLES)).to.have.length(3);
        expect(has(el, 'slot:not([name])')).to.equal(false);
      });

      it(`an invalid feed gives the localized error, event and fallback in ${lang}`, async () => {
        const src = jsonUrl({ version: 2, projects: [] });
        const { result, warnings } = await captureWarnings(() =>
          mount<SeutuProjectList>(
            html`<seutu-project-list lang=${lang} src=${src}><a href="/hankkeet">Hankkeet</a></seutu-project-list>`,
          ),
        );
        const { el, outcome } = result;
        expect(outcome).to.deep.equal({ type: 'seutu-error', detail: { url: src, reason: 'invalid' } });
        expect(texts(el, '[role="status"][part="error"]')).to.deep.equal([
          {
            fi: 'Hankkeita ei voitu näyttää. Tiedot eivät ole odotetussa muodossa.',
            sv: 'Projekten kunde inte visas. Informationen har inte det förväntade formatet.',
            en: 'The projects could not be shown. The information is not in the expected format.',
          }[lang],
        ]);
        const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
        expect(fallback.assignedElements()[0]!.textContent).to.equal('Hankkeet');
        expect(warnings).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('an HTTP error gives reason http with its status', async () => {
      const { result } = await captureWarnings(() =>
        mount<SeutuProjectList>(html`<seutu-project-list lang="en" src="/test-api/status/404"></seutu-project-list>`),
      );
      expect(result.outcome?.detail).to.deep.include({ reason: 'http', status: 404 });
      expect(texts(result.el, '[part="error"]')).to.deep.equal([
        'The projects could not be shown. The server answered with an error (404).',
      ]);
    });
  });

  describe('partial and wrong-typed projects in a feed', () => {
    const FORBIDDEN = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];

    for (const lang of LANGS) {
      it(`render without "undefined", "null", "NaN", "Invalid Date" or "[object Object]" in ${lang}`, async function () {
        this.timeout(30_000); // Hundreds of cards; a loaded CI machine needs more than the default.
        const feed = await shippedFeed();
        feed.projects = generatedProjects();
        const url = jsonUrl(feed);
        const { result, warnings } = await captureWarnings(() =>
          mount<SeutuProjectList>(html`<seutu-project-list lang=${lang} src=${url}></seutu-project-list>`),
        );
        const { el, outcome } = result;
        const valid = feed.projects.filter((p: { id: unknown }) => String(p.id).startsWith('ok-')).length;
        expect(outcome?.detail).to.deep.include({ count: valid });
        expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(valid);
        const root = el.shadowRoot!;
        const values = [root.textContent ?? '', ...[...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value))];
        const found = FORBIDDEN.filter((word) => values.some((value) => value.includes(word)));
        expect(found).to.deep.equal([]);
        // The scan is not vacuous: it sees the cards' text and attributes.
        expect(values.some((value) => value.includes('https://example.org/'))).to.equal(true);
        expect(root.textContent).to.include({ fi: 'Otsikko', sv: 'Rubrik', en: 'Title' }[lang]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(url);
        // axe over hundreds of cards is slow; the first 40 cover every kind of partial card.
        el.limit = 40;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
});

/** Every subset of the optional fields, and each optional field with wrong-typed values (JSON only). */
function generatedProjects(): { id: string }[] {
  const valid: Record<string, unknown> = {
    summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
    start: '2024-03-01',
    end: '2026-12-31',
    url: 'https://example.org/hanke',
    image: { url: 'https://example.org/kuva.jpg', alt: 'Kuva' },
    lead: 'ylivieska',
    cities: ['ylivieska', 'kalajoki', 'nivala', 'oulainen', 'raahe', 'pietarsaari', 'kemi'],
    tags: ['education'],
  };
  const wrong: unknown[] = [null, 0, -1, false, '', ' ', {}, [], [null], { fi: 1 }, { '': 'x' }, 'vbscript:x', '2023-00-10', 'Ei Slug'];
  const fields = Object.keys(valid);
  const projects: { id: string }[] = [];
  for (let mask = 0; mask < 1 << fields.length; mask++) {
    const project: Record<string, unknown> = {
      id: `ok-${mask}`,
      title: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
      status: ['planned', 'ongoing', 'completed'][mask % 3],
    };
    fields.forEach((field, i) => {
      if (mask & (1 << i)) project[field] = valid[field];
    });
    projects.push(project as { id: string });
  }
  fields.forEach((field) =>
    wrong.forEach((value, i) =>
      projects.push({ id: `ok-${field}-${i}`, title: 'Otsikko', status: 'ongoing', ...valid, [field]: value } as { id: string }),
    ),
  );
  for (const [field, value] of [['title', null], ['title', []], ['status', 7], ['id', 12]] as const) {
    projects.push({ id: `bad-${field}`, title: 'T', status: 'ongoing', [field]: value } as { id: string });
  }
  return projects;
}
