import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, mount, shadowText, texts } from './helpers.js';
import type { SeutuCityList } from '../src/elements/city-list/city-list.js';

const NAMES = '[part~="link"], [part~="name"]';

describe('<seutu-city-list> with the shipped feed', () => {
  afterEach(cleanup);

  it('lists all 56 towns in Finnish collation order by default', async () => {
    const { el, outcome } = await mount<SeutuCityList>(html`<seutu-city-list></seutu-city-list>`);
    expect(outcome?.type).to.equal('seutu-load');
    expect(outcome?.detail).to.deep.include({ count: 56 });
    expect(outcome?.detail.url).to.match(/\/data\/seutu-feed\.json$/);
    const names = texts(el, NAMES);
    expect(names).to.have.length(56);
    expect(names.slice(0, 5)).to.deep.equal(['Akaa', 'Alajärvi', 'Alavus', 'Forssa', 'Hamina']);
    // Finnish sorts Å, Ä and Ö after Z.
    expect(names.slice(-3)).to.deep.equal(['Ylivieska', 'Ähtäri', 'Äänekoski']);
    expect(names).to.include('Pietarsaari');
    expect(el.shadowRoot!.querySelectorAll('ul[part="list"] > li')).to.have.length(56);
  });

  it('uses Swedish names and Swedish collation under lang="sv"', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list lang="sv"></seutu-city-list>`);
    const names = texts(el, NAMES);
    expect(names.slice(0, 5)).to.deep.equal(['Ackas', 'Alajärvi', 'Alavo', 'Brahestad', 'Etseri']);
    expect(names.slice(-2)).to.deep.equal(['Ylivieska', 'Äänekoski']);
    expect(names).to.include.members(['Jakobstad', 'Torneå', 'Nyslott', 'Vittis']);
  });

  it('uses English collation and each town’s own first official language in English', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list lang="en"></seutu-city-list>`);
    const names = texts(el, NAMES);
    // English treats Ä as a variant of A.
    expect(names.slice(0, 4)).to.deep.equal(['Äänekoski', 'Ähtäri', 'Akaa', 'Alajärvi']);
    // Swedish-majority towns are known by their Swedish names, Finnish-majority ones by Finnish.
    expect(names).to.include.members(['Jakobstad', 'Kristinestad', 'Pargas', 'Raseborg', 'Loviisa', 'Lohja']);
    expect(names).not.to.include.members(['Pietarsaari', 'Raasepori', 'Lovisa']);
  });

  it('links each town to its official https site', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list lang="fi"></seutu-city-list>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
    expect(links).to.have.length(56);
    const ylivieska = links.find((a) => a.textContent?.trim() === 'Ylivieska')!;
    expect(ylivieska.href).to.equal('https://www.ylivieska.fi/');
    for (const link of links) expect(link.protocol).to.equal('https:');
    expect(new Set(links.map((a) => a.textContent!.trim())).size).to.equal(56);
  });

  it('renders names without links under no-links', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list no-links></seutu-city-list>`);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(texts(el, '[part~="name"]')).to.have.length(56);
  });

  describe('sentence layout', () => {
    it('reads exactly like the Swedish seed page’s list', async () => {
      const seed = await (await fetch('/shared/seeds/001_fce03d6a324a558c.txt')).text();
      const sentence = seed.match(/I nätverket för regionstäder ingår (.*)\./)![1]!;
      const { el } = await mount<SeutuCityList>(
        html`<seutu-city-list lang="sv" layout="sentence"></seutu-city-list>`,
      );
      const rendered = texts(el, '[part="sentence"]')[0];
      // The seed sets "Mänttä–Vilppula" with a typographic dash; the official name has a hyphen.
      expect(rendered).to.equal(sentence.replace('Mänttä–Vilppula', 'Mänttä-Vilppula'));
      expect(rendered).to.match(/^Ackas, Alajärvi, Alavo, .* Vittis, Ylivieska och Äänekoski$/);
      expect(el.shadowRoot!.querySelectorAll('[part="sentence"] a')).to.have.length(56);
    });

    it('joins with “ja” in Finnish and a serial comma in English', async () => {
      const fi = await mount<SeutuCityList>(html`<seutu-city-list layout="sentence" lang="fi"></seutu-city-list>`);
      expect(texts(fi.el, '[part="sentence"]')[0]).to.match(/^Akaa, Alajärvi, .*, Ylivieska, Ähtäri ja Äänekoski$/);
      const en = await mount<SeutuCityList>(html`<seutu-city-list layout="sentence" lang="en"></seutu-city-list>`);
      expect(texts(en.el, '[part="sentence"]')[0]).to.match(/^Äänekoski, Ähtäri, Akaa, .*, Viitasaari, and Ylivieska$/);
    });
  });

  it('grid layout shows each town with its region in the reader’s language', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list layout="grid" lang="sv"></seutu-city-list>`);
    const items = [...el.shadowRoot!.querySelectorAll('li[part~="item"]')];
    expect(items).to.have.length(56);
    const jakobstad = items.find((li) => li.querySelector('[part~="link"]')?.textContent === 'Jakobstad')!;
    expect(jakobstad.querySelector('[part="region"]')!.textContent).to.equal('Österbotten');
  });

  // The grid's, the search box's and the groups' styles load with their code, for the lists that
  // use them: in place when the towns are first shown, so nothing moves afterwards.
  it('shows the grid, the search box and the region groups styled from the first render', async () => {
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list layout="grid" searchable></seutu-city-list>`);
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('ul[part="list"]')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('li[part~="item"]')!).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(root.querySelector('.search')!).display).to.equal('flex');
    expect(getComputedStyle(root.querySelector('input[type="search"]')!).borderTopStyle).to.equal('solid');
    // Each sheet once, however often the list renders.
    el.query = 'a';
    await el.updateComplete;
    const sheets = root.adoptedStyleSheets;
    expect(new Set(sheets).size).to.equal(sheets.length);
    // The first region's heading sits flush with the top of the list.
    const grouped = await mount<SeutuCityList>(html`<seutu-city-list group-by="region"></seutu-city-list>`);
    expect(getComputedStyle(grouped.el.shadowRoot!.querySelector('h3[part="heading"]')!).marginTop).to.equal('0px');
  });

  describe('region filter', () => {
    for (const [lang, region, expected] of [
      ['fi', 'Pohjanmaa', ['Kristiinankaupunki', 'Pietarsaari']],
      ['sv', 'österbotten', ['Jakobstad', 'Kristinestad']],
      ['en', 'OSTROBOTHNIA', ['Jakobstad', 'Kristinestad']],
      ['fi', 'Lapland', ['Kemi', 'Kemijärvi', 'Tornio']],
      ['fi', 'Lappi, Kymenlaakso', ['Hamina', 'Kemi', 'Kemijärvi', 'Tornio']],
    ] as const) {
      it(`region="${region}" in ${lang} shows exactly that region’s towns`, async () => {
        const { el } = await mount<SeutuCityList>(
          html`<seutu-city-list lang=${lang} region=${region}></seutu-city-list>`,
        );
        // "Pohjanmaa" must not also match Etelä-, Keski- or Pohjois-Pohjanmaa.
        expect(texts(el, NAMES)).to.deep.equal(expected);
      });
    }

    it('shows the localized empty state for a region with no member towns', async () => {
      for (const [lang, message] of [
        ['fi', 'Näytettäviä kaupunkeja ei ole.'],
        ['sv', 'Det finns inga städer att visa.'],
        ['en', 'There are no towns to show.'],
      ] as const) {
        const { el } = await mount<SeutuCityList>(
          html`<seutu-city-list lang=${lang} region="Kainuu"></seutu-city-list>`,
        );
        expect(shadowText(el)).to.equal(message);
        expect(el.shadowRoot!.querySelector('slot[name="empty"]')).to.exist;
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('current town', () => {
    it('marks the town given by id with aria-current', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list current="ylivieska"></seutu-city-list>`);
      const marked = [...el.shadowRoot!.querySelectorAll('[aria-current]')];
      expect(marked).to.have.length(1);
      expect(marked[0]!.textContent).to.equal('Ylivieska');
      expect(marked[0]!.getAttribute('aria-current')).to.equal('true');
      expect(marked[0]!.closest('li')!.getAttribute('part')).to.equal('item current');
      expect(getComputedStyle(marked[0]!).fontWeight).to.equal('700');
    });

    it('accepts a municipality code and works in the sentence layout', async () => {
      const { el } = await mount<SeutuCityList>(
        html`<seutu-city-list current="598" layout="sentence" lang="sv"></seutu-city-list>`,
      );
      const marked = [...el.shadowRoot!.querySelectorAll('[aria-current="true"]')];
      expect(marked.map((m) => m.textContent)).to.deep.equal(['Jakobstad']);
      expect(marked[0]!.getAttribute('part')).to.equal('link current');
    });

    it('marks nothing for an unknown town', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list current="helsinki"></seutu-city-list>`);
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    });
  });

  describe('group-by="region"', () => {
    it('puts the towns under a heading per region at heading-level, sorted', async () => {
      const { el } = await mount<SeutuCityList>(
        html`<seutu-city-list lang="sv" group-by="region" heading-level="2"></seutu-city-list>`,
      );
      const headings = [...el.shadowRoot!.querySelectorAll('h2[part="heading"]')];
      expect(headings).to.have.length(17);
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(0);
      const titles = headings.map((h) => h.textContent);
      expect(titles[0]).to.equal('Birkaland');
      expect(titles).to.include.members(['Österbotten', 'Lappland', 'Egentliga Finland']);
      const lapland = headings.find((h) => h.textContent === 'Lappland')!.closest('section')!;
      expect(lapland.getAttribute('aria-labelledby')).to.equal(headings.find((h) => h === lapland.querySelector('h2'))!.id);
      expect([...lapland.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Kemi',
        'Kemijärvi',
        'Torneå',
      ]);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(56);
      await expect(el).to.be.accessible();
    });

    it('defaults to h3 and clamps an out-of-range heading-level', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list group-by="region"></seutu-city-list>`);
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(17);
      const bad = await mount<SeutuCityList>(html`<seutu-city-list group-by="region" heading-level="9"></seutu-city-list>`);
      expect(bad.el.shadowRoot!.querySelectorAll('h3')).to.have.length(17);
    });
  });

  describe('searchable', () => {
    async function type(el: SeutuCityList, value: string) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    }

    it('has a labelled search box that filters as you type', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list searchable lang="fi"></seutu-city-list>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.labels![0]!.textContent).to.equal('Hae kaupunkia');
      await type(el, 'kemi');
      expect(texts(el, NAMES)).to.deep.equal(['Kemi', 'Kemijärvi']);
      expect(texts(el, '[role="status"]')).to.deep.equal(['Näytetään 2 kaupunkia']);
      await type(el, '');
      expect(texts(el, NAMES)).to.have.length(56);
    });

    it('matches Finnish, Swedish and English names and folds accents', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list searchable lang="fi"></seutu-city-list>`);
      await type(el, 'Jakob');
      expect(texts(el, NAMES)).to.deep.equal(['Pietarsaari']);
      await type(el, 'ahtari');
      expect(texts(el, NAMES)).to.deep.equal(['Ähtäri']);
      await type(el, 'BRAHESTAD');
      expect(texts(el, NAMES)).to.deep.equal(['Raahe']);
    });

    for (const [lang, label, one, none] of [
      ['fi', 'Hae kaupunkia', 'Näytetään 1 kaupunki', 'Haulla ”xyz” ei löytynyt kaupunkia.'],
      ['sv', 'Sök stad', '1 stad visas', 'Ingen stad motsvarar ”xyz”.'],
      ['en', 'Search towns', '1 town shown', 'No town matches “xyz”.'],
    ] as const) {
      it(`speaks ${lang}: label, count and no-match message`, async () => {
        const { el } = await mount<SeutuCityList>(html`<seutu-city-list searchable lang=${lang}></seutu-city-list>`);
        expect(texts(el, '[part="search-label"]')).to.deep.equal([label]);
        await type(el, 'Salo');
        expect(texts(el, '[role="status"]')).to.deep.equal([one]);
        await expect(el).to.be.accessible();
        await type(el, 'xyz');
        expect(texts(el, '[part="status"]')).to.deep.equal([none]);
        expect(texts(el, NAMES)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('a list that stops being searchable shows every town again', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list searchable lang="fi"></seutu-city-list>`);
      await type(el, 'kemi');
      expect(texts(el, NAMES)).to.have.length(2);
      el.searchable = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      expect(texts(el, NAMES)).to.have.length(56);
    });
  });

  describe('features asked for once the towns are shown', () => {
    // Search, groups and the sentence load only for lists that ask for them: here, later.
    it('adds the search box, the region headings and the sentence when their attributes are set', async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list lang="fi"></seutu-city-list>`);
      expect(texts(el, NAMES)).to.have.length(56);
      el.toggleAttribute('searchable', true);
      await waitUntil(() => el.shadowRoot!.querySelector('input[type="search"]'), 'no search box');
      await waitUntil(() => getComputedStyle(el.shadowRoot!.querySelector('.search')!).display === 'flex', 'search box unstyled');
      el.setAttribute('group-by', 'region');
      await waitUntil(() => el.shadowRoot!.querySelector('h3[part="heading"]'), 'no region headings');
      el.setAttribute('layout', 'grid');
      await waitUntil(() => getComputedStyle(el.shadowRoot!.querySelector('ul')!).display === 'grid', 'no grid');
      el.setAttribute('layout', 'list');
      expect(texts(el, NAMES)).to.have.length(56);
      el.removeAttribute('group-by');
      el.setAttribute('layout', 'sentence');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="sentence"]'), 'no sentence');
      expect(texts(el, '[part="sentence"]')[0]).to.match(/^Akaa, Alajärvi, .*, Ähtäri ja Äänekoski$/);
    });
  });

  for (const layout of ['list', 'grid', 'sentence']) {
    for (const lang of ['fi', 'sv', 'en']) {
      it(`is accessible in the ${layout} layout in ${lang}`, async () => {
        const { el } = await mount<SeutuCityList>(
          html`<seutu-city-list layout=${layout} lang=${lang} current="salo" searchable></seutu-city-list>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }
});
