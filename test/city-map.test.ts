import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { geoTransverseMercator } from 'd3-geo';
import { html } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount, shadowText, shippedFeed } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import { projectTransverseMercator } from '../src/core/transverse-mercator.js';
import { currentFilter, regionFilter } from '../src/core/city-filter.js';
import type { City } from '../src/core/network-feed.js';
import { PROJECTION, VIEW_BOX } from '../src/elements/city-map/finland-outline.js';
import type { SeutuCityMap } from '../src/elements/city-map/city-map.js';

interface FeedCity {
  id: string;
  code: string;
  name: Record<string, string>;
  lat: number;
  lon: number;
  url: string;
}

const MARKERS = '[part~="marker"]';

function markers(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(MARKERS)];
}

function markerNames(el: Element): string[] {
  return markers(el).map((m) => m.textContent!.trim());
}

function label(marker: Element): HTMLElement {
  return marker.querySelector<HTMLElement>('[part="label"]')!;
}

function labelShown(marker: Element): boolean {
  const style = getComputedStyle(label(marker));
  return style.opacity === '1' && style.visibility === 'visible' && label(marker).getBoundingClientRect().width > 0;
}

/** A marker's centre (the town's point) in the outline's viewBox units, as rendered. */
function markerPoint(el: Element, marker: Element): DOMPoint {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const box = marker.getBoundingClientRect();
  const screen = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
  return screen.matrixTransform(svg.getScreenCTM()!.inverse());
}

/** Whether a viewBox point is on land, or within `tolerance` units of it. */
function nearLand(land: SVGGeometryElement, point: DOMPointInit, tolerance: number): boolean {
  if (land.isPointInFill(point)) return true;
  for (let r = 1; r <= tolerance; r++) {
    for (let a = 0; a < 16; a++) {
      const angle = (a / 16) * 2 * Math.PI;
      if (land.isPointInFill({ x: point.x! + r * Math.cos(angle), y: point.y! + r * Math.sin(angle) })) return true;
    }
  }
  return false;
}

async function feedCities(): Promise<FeedCity[]> {
  return (await shippedFeed()).cities;
}

/** Towns north to south, west to east at equal latitude: the expected keyboard order. */
function northToSouth(cities: FeedCity[]): FeedCity[] {
  return [...cities].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
}

interface AxNode {
  readonly element: Element;
  readonly role: string | null;
  readonly name: string;
}

/**
 * Role and accessible name (accname 1.2, as axe-core computes them) of every element of the
 * shadow root that is exposed to assistive technology, in document order.
 */
async function accessibleNodes(el: Element, roles: string[]): Promise<AxNode[]> {
  // @ts-expect-error axe-core's browser build has no module typings; it registers window.axe.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: any }).axe;
  axe.setup(document);
  try {
    return [...el.shadowRoot!.querySelectorAll('*')]
      .filter((node) => axe.commons.dom.isVisibleToScreenReaders(node))
      .map((node) => ({
        element: node,
        role: axe.commons.aria.getRole(node),
        name: axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node)).trim(),
      }))
      .filter((node) => roles.includes(node.role));
  } finally {
    axe.teardown();
  }
}

describe('<seutu-city-map>', () => {
  afterEach(cleanup);

  describe('region and current filters (shared with the city list)', () => {
    const city = (id: string, region: City['region'], code?: string): City => ({
      id,
      code,
      name: id,
      region,
      languages: [],
    });
    const vaasa = city('vaasa', { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' }, '905');
    const seinajoki = city('seinajoki', { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten' });
    const plain = city('plain', 'Lappi');
    const none = city('none', undefined);

    it('matches whole region names in any language, ignoring case, accents and spaces', () => {
      const towns = [vaasa, seinajoki, plain, none];
      const pick = (region: string | undefined | null) => towns.filter(regionFilter(region)).map((c) => c.id);
      expect(pick('pohjanmaa')).to.deep.equal(['vaasa']);
      expect(pick(' OSTERBOTTEN ')).to.deep.equal(['vaasa']);
      expect(pick('etela-pohjanmaa, lappi')).to.deep.equal(['seinajoki', 'plain']);
      expect(pick('Kainuu')).to.deep.equal([]);
      expect(pick(undefined)).to.deep.equal(['vaasa', 'seinajoki', 'plain', 'none']);
      expect(pick(' , ')).to.deep.equal(['vaasa', 'seinajoki', 'plain', 'none']);
    });

    it('finds the current town by id or municipality code only', () => {
      expect(currentFilter('Vaasa ')(vaasa)).to.equal(true);
      expect(currentFilter('905')(vaasa)).to.equal(true);
      expect(currentFilter('905')(seinajoki)).to.equal(false);
      expect(currentFilter('')(none)).to.equal(false);
      expect(currentFilter(undefined)(vaasa)).to.equal(false);
    });
  });

  describe('projection and outline', () => {
    it('places towns exactly where d3-geo’s transverse Mercator does (within 0.5 viewBox units)', async () => {
      const d3 = geoTransverseMercator()
        .rotate([-PROJECTION.centralMeridian, 0])
        .scale(PROJECTION.scale)
        .translate([...PROJECTION.translate]);
      const cities = await feedCities();
      expect(cities).to.have.length(56);
      for (const city of cities) {
        const [x, y] = projectTransverseMercator(PROJECTION, city.lon, city.lat);
        const [ex, ey] = d3([city.lon, city.lat])!;
        expect(Math.hypot(x - ex, y - ey), city.id).to.be.below(0.5);
        // Every town lies well inside the viewBox.
        expect(x, city.id).to.be.within(0, VIEW_BOX.width);
        expect(y, city.id).to.be.within(0, VIEW_BOX.height);
      }
      // Off the central meridian too, and far from Finland.
      for (const [lon, lat] of [[19.94, 60.1], [31.5, 70], [-3.7, 40.4], [151.2, -33.9]] as const) {
        const [x, y] = projectTransverseMercator(PROJECTION, lon, lat);
        const [ex, ey] = d3([lon, lat])!;
        expect(Math.hypot(x - ex, y - ey)).to.be.below(1e-6);
      }
    });

    it('draws Finland with Åland: Mariehamn and the mainland towns are on land', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map></seutu-city-map>`);
      const land = el.shadowRoot!.querySelector<SVGPathElement>('path[part="land"]')!;
      const [mx, my] = projectTransverseMercator(PROJECTION, 19.94, 60.1);
      expect(nearLand(land, { x: mx, y: my }, 3), 'Mariehamn').to.equal(true);
      // Open sea and Sweden are not.
      for (const [lon, lat] of [[21, 61.5], [24, 59.5], [18.1, 59.3], [20.5, 68.5]] as const) {
        const [x, y] = projectTransverseMercator(PROJECTION, lon, lat);
        expect(land.isPointInFill({ x, y }), `${lon},${lat}`).to.equal(false);
      }
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`);
      // The outline costs a few KB, not tens.
      expect(land.getAttribute('d')!.length).to.be.within(500, 4000);
    });
  });

  describe('with the shipped feed', () => {
    it('has one marker per town, 56 links to the towns’ https sites with distinct names', async () => {
      const { el, outcome } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi"></seutu-city-map>`);
      expect(outcome?.type).to.equal('seutu-load');
      expect(outcome?.detail).to.deep.include({ count: 56 });
      expect(outcome?.detail.url).to.match(/\/data\/seutu-feed\.json$/);
      const links = markers(el) as HTMLAnchorElement[];
      expect(links).to.have.length(56);
      for (const link of links) {
        expect(link.localName).to.equal('a');
        expect(link.protocol).to.equal('https:');
      }
      expect(new Set(markerNames(el)).size).to.equal(56);
      const pietarsaari = links.find((a) => a.textContent!.trim() === 'Pietarsaari')!;
      expect(pietarsaari.href).to.equal('https://www.jakobstad.fi/');
    });

    it('puts every marker at its town’s projected point, on land or right at the coast', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi"></seutu-city-map>`);
      const land = el.shadowRoot!.querySelector<SVGPathElement>('path[part="land"]')!;
      const cities = northToSouth(await feedCities());
      const all = markers(el);
      expect(all).to.have.length(cities.length);
      let inside = 0;
      all.forEach((marker, i) => {
        const city = cities[i]!;
        const point = markerPoint(el, marker);
        const [x, y] = projectTransverseMercator(PROJECTION, city.lon, city.lat);
        expect(Math.hypot(point.x - x, point.y - y), city.id).to.be.below(0.75);
        // Within 4 units (about 6 km) of the simplified coastline at worst.
        expect(nearLand(land, point, 4), city.id).to.equal(true);
        if (land.isPointInFill(point)) inside++;
      });
      expect(inside).to.be.at.least(48);
    });

    it('draws the towns north to south as their latitudes say', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi"></seutu-city-map>`);
      const cities = new Map((await feedCities()).map((c) => [c.name.fi!, c]));
      const placed = markers(el).map((m) => ({ city: cities.get(m.textContent!.trim())!, y: m.getBoundingClientRect().y }));
      expect(placed.every((p) => p.city)).to.equal(true);
      let pairs = 0;
      for (const a of placed) {
        for (const b of placed) {
          // The projection bends parallels slightly; beyond 0.15° (17 km) north is always up.
          if (a.city.lat - b.city.lat > 0.15) {
            pairs++;
            expect(a.y, `${a.city.id} above ${b.city.id}`).to.be.below(b.y);
          }
        }
      }
      expect(pairs).to.be.greaterThan(1400);
      const kemijarvi = placed.find((p) => p.city.id === 'kemijarvi')!;
      const raasepori = placed.find((p) => p.city.id === 'raasepori')!;
      expect(Math.min(...placed.map((p) => p.y))).to.equal(kemijarvi.y);
      expect(Math.max(...placed.map((p) => p.y))).to.equal(raasepori.y);
    });

    it('moves the keyboard through the markers north to south, naming each one visibly', async function () {
      // 57 real key presses, each a round trip to the browser: ample time when the machine is busy.
      this.timeout(60_000);
      const { el, wrapper } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi"></seutu-city-map>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      wrapper.prepend(before);
      before.focus();
      const expected = northToSouth(await feedCities());
      const visited: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(focused?.matches(MARKERS), `tab ${i + 1}`).to.equal(true);
        expect(labelShown(focused), `${focused.textContent} label`).to.equal(true);
        visited.push(focused.textContent!.trim());
      }
      expect(visited).to.deep.equal(expected.map((c) => c.name.fi));
      expect(visited.slice(0, 3)).to.deep.equal(['Kemijärvi', 'Tornio', 'Kemi']);
      // Latitude never increases along the way.
      const lat = new Map(expected.map((c) => [c.name.fi!, c.lat]));
      visited.slice(1).forEach((name, i) => expect(lat.get(name)!).to.be.at.most(lat.get(visited[i]!)!));
      // Past the last marker focus leaves the map: 56 tab stops, no more.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('hides names until a marker is focused, and shows them on hover by the same rules', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi"></seutu-city-map>`);
      const all = markers(el);
      expect(all.filter(labelShown)).to.have.length(0);
      const salo = all.find((m) => m.textContent!.trim() === 'Salo')!;
      // Focus by keyboard: a script's focus() in a background tab does not make :focus match.
      all[all.indexOf(salo) - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(salo);
      expect(all.filter(labelShown)).to.deep.equal([salo]);
      // Focused names are drawn above neighbouring markers.
      expect(Number(getComputedStyle(salo).zIndex)).to.be.greaterThan(1);
      salo.blur();
      expect(all.filter(labelShown)).to.have.length(0);
      // A real pointer cannot hover in a background test tab (two run at once), so check that
      // hover shares each rule with focus, which the browser has just applied above.
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
      const revealing = rules.filter((rule) => rule.selectorText.includes('.marker:focus .label'));
      expect(revealing).to.have.length(1);
      expect(revealing[0]!.selectorText).to.include('.marker:hover .label');
      expect(revealing[0]!.style.opacity).to.equal('1');
      const raising = rules.filter((rule) => /(^|, )\.marker:focus(,|$)/.test(rule.selectorText));
      expect(raising.map((rule) => rule.selectorText)).to.deep.equal(['.marker:hover, .marker:focus']);
    });

    for (const [lang, name, group, heading] of [
      ['fi', 'Pietarsaari', 'Jäsenkaupungit Suomen kartalla', 'Jäsenkaupungit aakkosjärjestyksessä'],
      ['sv', 'Jakobstad', 'Medlemsstäderna på Finlands karta', 'Medlemsstäderna i alfabetisk ordning'],
      ['en', 'Jakobstad', 'Member towns on a map of Finland', 'Member towns in alphabetical order'],
    ] as const) {
      it(`names the map and every marker in ${lang} (${name})`, async () => {
        const { el } = await mount<SeutuCityMap>(html`<seutu-city-map lang=${lang}></seutu-city-map>`);
        const map = el.shadowRoot!.querySelector('[part="map"]')!;
        expect(map.getAttribute('role')).to.equal('group');
        expect(map.getAttribute('aria-label')).to.equal(group);
        const nodes = await accessibleNodes(el, ['link', 'button', 'group', 'heading', 'img', 'graphics-document']);
        const links = nodes.filter((n) => n.role === 'link');
        expect(links).to.have.length(56);
        expect(links.map((n) => n.name)).to.include(name);
        expect(new Set(links.map((n) => n.name)).size).to.equal(56);
        expect(links.map((n) => n.name)).to.deep.equal(markerNames(el));
        expect(nodes.filter((n) => n.role === 'group' && n.name === group)).to.have.length(1);
        // Links only, no buttons; the outline is decoration, not an image in the tree.
        expect(nodes.filter((n) => n.role === 'button')).to.have.length(0);
        expect(nodes.filter((n) => n.role === 'img' || n.role === 'graphics-document')).to.have.length(0);
        expect(nodes.filter((n) => n.role === 'heading').map((n) => n.name)).to.deep.equal([heading]);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the plain list of towns, alphabetical with regions, hidden from sight only', async () => {
      const { el } = await mount<SeutuCityMap>(
        html`<seutu-city-map lang="sv" current="pietarsaari" heading-level="2"></seutu-city-map>`,
      );
      const hidden = el.shadowRoot!.querySelector('.visually-hidden:has(ul)')!;
      expect(hidden.compareDocumentPosition(el.shadowRoot!.querySelector('[part="map"]')!)).to.equal(
        Node.DOCUMENT_POSITION_PRECEDING,
      );
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(hidden.querySelector('h2')!.textContent).to.equal('Medlemsstäderna i alfabetisk ordning');
      const items = [...hidden.querySelectorAll('ul > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(56);
      expect(items.slice(0, 3)).to.deep.equal(['Ackas, Birkaland', 'Alajärvi, Södra Österbotten', 'Alavo, Södra Österbotten']);
      expect(items).to.include('Jakobstad, Österbotten');
      // Plain text: the markers are the interactive ones.
      expect(hidden.querySelectorAll('a, button, [tabindex]')).to.have.length(0);
      expect(hidden.querySelector('[aria-current="true"]')!.textContent!.trim()).to.equal('Jakobstad, Österbotten');
    });

    it('re-renders names when the page language changes', async () => {
      const { el, wrapper } = await mount<SeutuCityMap>(html`<seutu-city-map></seutu-city-map>`, { lang: 'fi' });
      expect(markerNames(el)).to.include('Pietarsaari');
      wrapper.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(markerNames(el)).to.include('Jakobstad');
      expect(markerNames(el)).not.to.include('Pietarsaari');
      expect(el.shadowRoot!.querySelector('[part="map"]')!.getAttribute('aria-label')).to.equal(
        'Medlemsstäderna på Finlands karta',
      );
    });
  });

  describe('current town', () => {
    it('marks the town given by id distinctly, labels it and sets aria-current', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map current="ylivieska" lang="fi"></seutu-city-map>`);
      const marked = [...el.shadowRoot!.querySelectorAll('[part~="marker"][aria-current]')];
      expect(marked).to.have.length(1);
      const ylivieska = marked[0] as HTMLElement;
      expect(ylivieska.textContent!.trim()).to.equal('Ylivieska');
      expect(ylivieska.getAttribute('aria-current')).to.equal('true');
      expect(ylivieska.getAttribute('part')).to.equal('marker current');
      expect(labelShown(ylivieska)).to.equal(true);
      expect(markers(el).filter(labelShown)).to.deep.equal([ylivieska]);
      // Larger than the others and in its own colour, not by colour alone.
      const other = markers(el).find((m) => m !== ylivieska)!;
      const dot = (m: Element) => getComputedStyle(m, '::before');
      expect(parseFloat(dot(ylivieska).width)).to.be.greaterThan(parseFloat(dot(other).width));
      expect(dot(ylivieska).backgroundColor).not.to.equal(dot(other).backgroundColor);
      expect(dot(ylivieska).boxShadow).not.to.equal(dot(other).boxShadow);
      await expect(el).to.be.accessible();
    });

    it('accepts a municipality code (598 → Jakobstad in Swedish)', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map current=" 598 " lang="sv"></seutu-city-map>`);
      const marked = [...el.shadowRoot!.querySelectorAll('[part~="current"]')];
      expect(marked.map((m) => m.textContent!.trim())).to.deep.equal(['Jakobstad']);
      expect(labelShown(marked[0]!)).to.equal(true);
    });

    it('marks nothing for a town that is not a member', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map current="helsinki"></seutu-city-map>`);
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
      expect(markers(el).filter(labelShown)).to.have.length(0);
    });
  });

  describe('labels', () => {
    /** The names shown at rest, with the boxes they take. */
    const shownNames = (el: Element) =>
      markers(el)
        .filter(labelShown)
        .map((marker) => ({ marker, name: label(marker).textContent!, box: label(marker).getBoundingClientRect() }));

    /** The dot drawn for a marker (its `::before`), ring left out. */
    const dotBox = (marker: Element) => {
      const box = marker.getBoundingClientRect();
      const r = parseFloat(getComputedStyle(marker, '::before').width) / 2;
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      return { left: x - r, right: x + r, top: y - r, bottom: y + r };
    };

    const apart = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
      a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

    /** Fails naming the first two names that overlap, a name over another town's dot, or a name cut off. */
    function expectReadable(el: SeutuCityMap): void {
      const shown = shownNames(el);
      const map = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
      for (const [i, a] of shown.entries()) {
        expect(a.box.left >= map.left && a.box.right <= map.right && a.box.top >= map.top && a.box.bottom <= map.bottom, `${a.name} inside the map`).to.equal(true);
        for (const b of shown.slice(i + 1)) expect(apart(a.box, b.box), `${a.name} / ${b.name}`).to.equal(true);
        for (const other of markers(el)) {
          if (other !== a.marker) expect(apart(a.box, dotBox(other)), `${a.name} over ${other.textContent!.trim()}`).to.equal(true);
        }
      }
    }

    for (const lang of ['fi', 'sv', 'en']) {
      it(`shows names at rest where they overlap nothing, the current town's always (${lang})`, async () => {
        const { el } = await mount<SeutuCityMap>(html`<seutu-city-map labels current="kemi" lang=${lang}></seutu-city-map>`);
        const shown = shownNames(el);
        expectReadable(el);
        // Many names have room on a map of the default size; the south-west is too crowded for all.
        expect(shown.length, 'names shown').to.be.within(20, 55);
        expect(shown.find((s) => s.marker.hasAttribute('aria-current'))?.name).to.equal('Kemi');
        // Labels never widen the page: the map clips at its edges.
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
      });
    }

    it('places the current town’s name, without labels, where it covers no other town’s dot', async () => {
      // A city's own map marks the city, and its name is the one shown at rest. Beside its dot on
      // the usual side, each of these names covers a neighbour's dot on a map of the default size;
      // each has a free place elsewhere around its dot.
      const towns = ['hamina', 'kalajoki', 'kannus', 'kauhava', 'kokemaki', 'kurikka', 'lapua', 'loviisa'];
      towns.push('nurmes', 'parainen', 'pietarsaari', 'rauma', 'salo', 'suonenjoki', 'tornio', 'varkaus');
      const covering: string[] = [];
      for (const id of towns) {
        const { el } = await mount<SeutuCityMap>(html`<seutu-city-map current=${id} lang="fi"></seutu-city-map>`);
        expect(shownNames(el).map((s) => s.marker.hasAttribute('aria-current')), `${id}: names shown`).to.deep.equal([true]);
        try {
          expectReadable(el);
        } catch (error) {
          covering.push(`${id}: ${(error as Error).message}`);
        }
        cleanup();
      }
      expect(covering).to.deep.equal([]);
    });

    it('shows every name where there is room for all', async () => {
      const { el } = await mount<SeutuCityMap>(
        html`<seutu-city-map labels lang="sv" region="Lappi, Pohjois-Pohjanmaa, Keski-Pohjanmaa"
          style="--seutu-map-width: 40em; width: 40em"></seutu-city-map>`,
      );
      expect(markers(el)).to.have.length.greaterThan(5);
      expect(shownNames(el).map((s) => s.name)).to.have.members(markerNames(el));
      expectReadable(el);
    });

    it('shows a name left out for want of room on hover and focus, as without labels', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map labels lang="fi"></seutu-city-map>`);
      const hidden = markers(el).filter((m) => !labelShown(m));
      expect(hidden.length, 'names left out').to.be.greaterThan(0);
      hidden[0]!.focus();
      expect(labelShown(hidden[0]!)).to.equal(true);
      // Drawn above the other names while focused.
      expect(getComputedStyle(hidden[0]!).zIndex).to.equal('2');
      hidden[0]!.blur();
      expect(labelShown(hidden[0]!)).to.equal(false);
    });

    it('places the names again when the map changes size', async () => {
      // Resize observers report at the next frame, and a test page in a background tab draws no
      // frames: the observers the element makes are kept, and told of the change by hand.
      const observers: { callback: ResizeObserverCallback; observer: ResizeObserver }[] = [];
      const Original = window.ResizeObserver;
      window.ResizeObserver = class extends Original {
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          observers.push({ callback, observer: this });
        }
      };
      try {
        const { el, wrapper } = await mount<SeutuCityMap>(
          html`<seutu-city-map labels lang="en" style="--seutu-map-width: 48em"></seutu-city-map>`,
        );
        wrapper.style.width = '48em';
        for (const { callback, observer } of observers) callback([], observer);
        const wide = shownNames(el).length;
        expectReadable(el);
        wrapper.style.width = '18em';
        for (const { callback, observer } of observers) callback([], observer);
        expectReadable(el);
        expect(shownNames(el).length).to.be.lessThan(wide);
      } finally {
        window.ResizeObserver = Original;
      }
    });

    it('places the names again in the page’s new language', async () => {
      const { el, wrapper } = await mount<SeutuCityMap>(html`<seutu-city-map labels></seutu-city-map>`, { lang: 'fi' });
      expect(shownNames(el).map((s) => s.name)).to.include('Kemi');
      wrapper.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shownNames(el).map((s) => s.name)).to.include('Torneå');
      expectReadable(el);
    });

    it('places a pinned name (no-links) without labels where it overlaps nothing', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map no-links current="kemi" lang="fi"></seutu-city-map>`);
      const names = ['Tornio', 'Raahe', 'Kemijärvi'];
      for (const name of names) markers(el).find((m) => m.textContent!.trim() === name)!.click();
      await el.updateComplete;
      expect(shownNames(el).map((s) => s.name)).to.have.members([...names, 'Kemi']);
      expectReadable(el);
    });

    it('shows the current and pinned names in a crowded corner, where they hide least', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map labels no-links current="salo" lang="fi"></seutu-city-map>`);
      for (const name of ['Somero', 'Forssa']) markers(el).find((m) => m.textContent!.trim() === name)!.click();
      await el.updateComplete;
      const shown = shownNames(el);
      expect(shown.map((s) => s.name)).to.include.members(['Salo', 'Somero', 'Forssa']);
      // The other names never overlap those: without room they wait for hover and focus.
      const asked = shown.filter((s) => ['Salo', 'Somero', 'Forssa'].includes(s.name));
      for (const other of shown) {
        if (asked.includes(other)) continue;
        for (const name of asked) expect(apart(other.box, name.box), `${other.name} / ${name.name}`).to.equal(true);
      }
    });
  });

  describe('no-links', () => {
    it('makes each marker a toggle button that keeps its name shown', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map no-links lang="sv"></seutu-city-map>`);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      const buttons = markers(el) as HTMLButtonElement[];
      expect(buttons).to.have.length(56);
      for (const button of buttons) {
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-pressed')).to.equal('false');
      }
      const jakobstad = buttons.find((b) => b.textContent!.trim() === 'Jakobstad')!;
      jakobstad.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(jakobstad.getAttribute('aria-pressed')).to.equal('true');
      jakobstad.blur();
      expect(labelShown(jakobstad)).to.equal(true);
      jakobstad.click();
      await el.updateComplete;
      expect(jakobstad.getAttribute('aria-pressed')).to.equal('false');
      expect(labelShown(jakobstad)).to.equal(false);
      const nodes = await accessibleNodes(el, ['button', 'link']);
      expect(nodes.filter((n) => n.role === 'link')).to.have.length(0);
      expect(nodes.filter((n) => n.role === 'button').map((n) => n.name)).to.deep.equal(markerNames(el));
      await expect(el).to.be.accessible();
    });
  });

  describe('region filter', () => {
    for (const [lang, region, expected] of [
      ['fi', 'Pohjanmaa', ['Pietarsaari', 'Kristiinankaupunki']],
      ['sv', 'österbotten', ['Jakobstad', 'Kristinestad']],
      ['en', 'OSTROBOTHNIA', ['Jakobstad', 'Kristinestad']],
      ['fi', 'Lappi, Kymenlaakso', ['Kemijärvi', 'Tornio', 'Kemi', 'Hamina']],
      ['fi', 'Uusimaa', ['Loviisa', 'Lohja', 'Raasepori']],
      ['fi', 'Pirkanmaa', ['Mänttä-Vilppula', 'Parkano', 'Ikaalinen', 'Sastamala', 'Valkeakoski', 'Akaa']],
    ] as const) {
      it(`region="${region}" in ${lang} shows exactly that region’s towns, north to south`, async () => {
        const { el } = await mount<SeutuCityMap>(html`<seutu-city-map lang=${lang} region=${region}></seutu-city-map>`);
        expect(markerNames(el)).to.deep.equal(expected);
        expect(el.shadowRoot!.querySelectorAll('.visually-hidden li')).to.have.length(expected.length);
      });
    }

    for (const [lang, message] of [
      ['fi', 'Kartalla ei ole näytettäviä kaupunkeja.'],
      ['sv', 'Det finns inga städer att visa på kartan.'],
      ['en', 'There are no towns to show on the map.'],
    ] as const) {
      it(`shows the localized empty state in ${lang} for a region without member towns`, async () => {
        const { el, outcome } = await mount<SeutuCityMap>(
          html`<seutu-city-map lang=${lang} region="Kainuu"></seutu-city-map>`,
        );
        expect(outcome?.type).to.equal('seutu-load');
        expect(shadowText(el)).to.equal(message);
        expect(el.shadowRoot!.querySelector('slot[name="empty"]')).to.exist;
        expect(markers(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('in the host page’s layout', () => {
    // A width only in percent of the element would be zero where a layout sizes the element by
    // its content: a flex row, a centred flex column, a grid column sized `auto`, inline-block.
    for (const [name, style] of [
      ['a flex row', 'display: flex; gap: 1em'],
      ['a centred flex column', 'display: flex; flex-direction: column; align-items: center'],
      ['a grid column sized auto', 'display: grid; grid-template-columns: auto 1fr'],
      ['an inline-block', ''],
    ] as const) {
      it(`takes its usual width in ${name}`, async () => {
        const { el, wrapper } = await mount<SeutuCityMap>(
          name === 'an inline-block'
            ? html`<seutu-city-map style="display: inline-block"></seutu-city-map>`
            : html`<seutu-city-map></seutu-city-map><p>Vieressä tekstiä</p>`,
        );
        wrapper.style.cssText = `width: 60em; font-size: 16px; ${style}`;
        const map = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
        expect(map.width, 'map width').to.be.closeTo(24 * 16, 1);
        expect(markers(el).filter((m) => m.getBoundingClientRect().width > 0)).to.have.length(56);
      });
    }

    it('shrinks to a narrow flex row, and to a narrow container, never overflowing', async () => {
      const { el, wrapper } = await mount<SeutuCityMap>(html`<seutu-city-map></seutu-city-map><p>Teksti</p>`);
      wrapper.style.cssText = 'display: flex; width: 250px; font-size: 16px';
      const inFlex = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect().width;
      expect(inFlex).to.be.within(100, 250);
      wrapper.style.cssText = 'width: 200px; font-size: 16px';
      expect(el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect().width).to.be.closeTo(200, 1);
    });
  });

  describe('states', () => {
    for (const [lang, loading] of [
      ['fi', 'Ladataan jäsenkaupunkien karttaa…'],
      ['sv', 'Kartan över medlemsstäderna laddas…'],
      ['en', 'Loading the map of member towns…'],
    ] as const) {
      it(`draws the outline and reserves its box while loading in ${lang}: no layout shift when towns arrive`, async () => {
        loaderLimits.timeoutMs = 5000;
        const { el } = await mount<SeutuCityMap>(
          html`<seutu-city-map src=${`/test-api/slow/400?${lang}`} lang=${lang}><a href="/towns">Member towns</a></seutu-city-map>`,
          { settle: false },
        );
        const loaded = new Promise((resolve) => el.addEventListener('seutu-load', resolve, { once: true }));
        const map = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
        expect(map.getAttribute('aria-busy')).to.equal('true');
        expect(map.textContent!.trim()).to.equal(loading);
        expect(el.shadowRoot!.querySelector('path[part="land"]')).to.exist;
        expect(markers(el)).to.have.length(0);
        const before = el.getBoundingClientRect();
        expect(before.height).to.be.greaterThan(200);
        expect(before.height).to.equal(map.getBoundingClientRect().height);
        expect(map.getBoundingClientRect().width).to.be.greaterThan(0);
        const box = map.getBoundingClientRect();
        expect(box.height / box.width).to.be.closeTo(VIEW_BOX.height / VIEW_BOX.width, 0.01);
        await expect(el).to.be.accessible();
        await loaded;
        await el.updateComplete;
        expect(map.isConnected, 'the same map box stays').to.equal(true);
        expect(map.hasAttribute('aria-busy')).to.equal(false);
        expect(markers(el)).to.have.length(56);
        const after = el.getBoundingClientRect();
        expect(after.height).to.equal(before.height);
        expect(after.width).to.equal(before.width);
        // Rendered data replaces the no-JS fallback.
        expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
      });
    }

    it('places its markers under a strict CSP without inline styles, and enforced Trusted Types', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 600px; height: 900px';
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy"
          content="style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html">
        <seutu-city-map lang="fi" current="salo"></seutu-city-map>
        <script type="module">
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
          document.querySelector('seutu-city-map').addEventListener('seutu-load', () => (window.loaded = true));
          await import('/src/elements/city-map/define.ts');
        </script>`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow as Window & { loaded?: boolean; violations?: string[] };
        for (let i = 0; i < 400 && !win.loaded; i++) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(win.loaded, 'loaded in the frame').to.equal(true);
        const el = win.document.querySelector('seutu-city-map')!;
        await (el as SeutuCityMap).updateComplete;
        expect(markers(el)).to.have.length(56);
        const map = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
        const kemijarvi = markers(el).find((m) => m.textContent!.trim() === 'Kemijärvi')!.getBoundingClientRect();
        const [x, y] = projectTransverseMercator(PROJECTION, 27.43, 66.71);
        expect(kemijarvi.x + kemijarvi.width / 2 - map.x).to.be.closeTo((x / VIEW_BOX.width) * map.width, 1);
        expect(kemijarvi.y + kemijarvi.height / 2 - map.y).to.be.closeTo((y / VIEW_BOX.height) * map.height, 1);
        expect(win.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('scales with its container and never overflows it', async () => {
      const { el, wrapper } = await mount<SeutuCityMap>(html`<seutu-city-map></seutu-city-map>`);
      wrapper.style.width = '320px';
      const map = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
      expect(map.getBoundingClientRect().width).to.equal(320);
      wrapper.style.width = '2000px';
      wrapper.style.fontSize = '16px';
      expect(map.getBoundingClientRect().width).to.equal(24 * 16);
      el.style.setProperty('--seutu-map-width', '100%');
      expect(map.getBoundingClientRect().width).to.equal(2000);
      expect(map.getBoundingClientRect().height).to.be.closeTo((2000 * VIEW_BOX.height) / VIEW_BOX.width, 1);
    });

    it('takes its colours from --seutu-map-* properties', async () => {
      const { el } = await mount<SeutuCityMap>(html`<seutu-city-map current="salo"></seutu-city-map>`);
      el.style.setProperty('--seutu-map-land', 'rgb(1, 2, 3)');
      el.style.setProperty('--seutu-map-border', 'rgb(4, 5, 6)');
      el.style.setProperty('--seutu-map-marker', 'rgb(7, 8, 9)');
      el.style.setProperty('--seutu-map-current', 'rgb(10, 11, 12)');
      const land = getComputedStyle(el.shadowRoot!.querySelector('path[part="land"]')!);
      expect(land.fill).to.equal('rgb(1, 2, 3)');
      expect(land.stroke).to.equal('rgb(4, 5, 6)');
      const [current, other] = [markers(el).find((m) => m.hasAttribute('aria-current'))!, markers(el)[0]!];
      expect(getComputedStyle(other, '::before').backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(current, '::before').backgroundColor).to.equal('rgb(10, 11, 12)');
    });

    for (const [lang, headline, reason] of [
      ['fi', 'Jäsenkaupunkien karttaa ei voitu näyttää.', 'Palvelin vastasi virheellä (404).'],
      ['sv', 'Kartan över medlemsstäderna kunde inte visas.', 'Servern svarade med ett fel (404).'],
      ['en', 'The map of member towns could not be shown.', 'The server answered with an error (404).'],
    ] as const) {
      it(`shows the localized error, the fallback and fires seutu-error in ${lang}`, async () => {
        const { result, warnings } = await captureWarnings(() =>
          mount<SeutuCityMap>(
            html`<seutu-city-map lang=${lang} src="/test-api/status/404"><a href="/towns">Towns</a></seutu-city-map>`,
          ),
        );
        const { el, outcome } = result;
        expect(outcome?.type).to.equal('seutu-error');
        expect(outcome?.detail).to.deep.include({ reason: 'http', status: 404 });
        const message = el.shadowRoot!.querySelector('[role="status"][part="error"]')!;
        expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${headline} ${reason}`);
        const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
        expect(fallback.assignedElements()[0]!.textContent).to.equal('Towns');
        expect(el.shadowRoot!.querySelector('slot[name="error"]')).to.exist;
        expect(el.shadowRoot!.querySelector('[part="map"]')).to.equal(null);
        expect(warnings.length).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }

    it('reports a document that is not a network feed as invalid', async () => {
      const { result } = await captureWarnings(() =>
        mount<SeutuCityMap>(html`<seutu-city-map src=${jsonUrl({ version: 2 })}></seutu-city-map>`),
      );
      expect(result.outcome?.detail).to.include({ reason: 'invalid' });
      expect(markers(result.el)).to.have.length(0);
      await expect(result.el).to.be.accessible();
    });

    it('names the towns it cannot place instead of dropping them', async () => {
      const feed = await shippedFeed();
      const kemi = feed.cities.find((c: FeedCity) => c.id === 'kemi');
      delete kemi.lat;
      delete kemi.lon;
      const salo = feed.cities.find((c: FeedCity) => c.id === 'salo');
      salo.lat = -33.9;
      salo.lon = 151.2;
      const { el, outcome } = await mount<SeutuCityMap>(html`<seutu-city-map lang="fi" .feed=${feed}></seutu-city-map>`);
      expect(outcome?.detail).to.deep.include({ count: 56, url: null });
      expect(markers(el)).to.have.length(54);
      expect(markerNames(el)).not.to.include.members(['Kemi', 'Salo']);
      const note = el.shadowRoot!.querySelector('[part="unplaced"]')!;
      expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ei kartalla: Kemi, Salo');
      expect([...note.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://www.kemi.fi/', 'https://www.salo.fi/']);
      expect(el.shadowRoot!.querySelectorAll('.visually-hidden li')).to.have.length(56);
      await expect(el).to.be.accessible();
    });
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`is accessible with every option in ${lang}`, async () => {
      for (const template of [
        html`<seutu-city-map lang=${lang} current="salo"></seutu-city-map>`,
        html`<seutu-city-map lang=${lang} current="pietarsaari" labels></seutu-city-map>`,
        html`<seutu-city-map lang=${lang} current="kemi" no-links labels heading-level="2"></seutu-city-map>`,
      ]) {
        const { el } = await mount<SeutuCityMap>(template);
        await expect(el).to.be.accessible();
        cleanup();
      }
    });
  }
});
