import { expect } from '@open-wc/testing';
import { html, ReactiveElement } from 'lit';
import type { MsgFn, TemplateMap } from '@lit/localize';
import { cleanup, mount, texts } from './helpers.js';
import { resolveLocale, toUiLocale } from '../src/core/locale.js';
import { msgFor, type LocaleStrings } from '../src/core/message-lookup.js';
import { LocaleController } from '../src/core/locale-controller.js';
import { str } from '../src/core/str-tag.js';
import { strings as blogTeaser } from '../src/locales/blog-teaser.js';
import { strings as cityList } from '../src/locales/city-list.js';
import { strings as cityMap } from '../src/locales/city-map.js';
import { strings as projectCard } from '../src/locales/project-card.js';
import { strings as projectList } from '../src/locales/project-list.js';
import { strings as errorReasons } from '../src/locales/error.js';
import { strings as citySearch } from '../src/locales/city-list-search.js';
import { strings as cityGroups } from '../src/locales/city-list-groups.js';
import { strings as projectCardRare } from '../src/locales/project-card-rare.js';
import { langListenerCount } from '../src/core/lang-observer.js';
import type { SeutuCityList } from '../src/elements/city-list/city-list.js';

const first = (el: Element) => texts(el, 'a')[0];
// The lang observer reports in a microtask; a macrotask later the element has re-rendered.
const nextRender = (el: SeutuCityList) =>
  new Promise((resolve) => setTimeout(() => resolve(el.updateComplete)));

describe('locale resolution', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.lang = 'en';
  });

  it('maps language tags to UI locales', () => {
    expect(toUiLocale('fi')).to.equal('fi');
    expect(toUiLocale('FI-fi')).to.equal('fi');
    expect(toUiLocale('sv-FI')).to.equal('sv');
    expect(toUiLocale('sv_SE')).to.equal('sv');
    expect(toUiLocale('en-GB')).to.equal('en');
    expect(toUiLocale('de')).to.equal('en');
    expect(toUiLocale('se')).to.equal('en'); // Northern Sami is not Swedish
  });

  it('prefers the element’s own lang, then the closest ancestor, then <html>, then fi', () => {
    const outer = document.createElement('section');
    outer.lang = 'sv-FI';
    const inner = document.createElement('div');
    const el = document.createElement('span');
    inner.append(el);
    outer.append(inner);
    document.body.append(outer);
    try {
      expect(resolveLocale(el)).to.deep.equal({ tag: 'sv-fi', ui: 'sv' });
      el.lang = 'en';
      expect(resolveLocale(el).ui).to.equal('en');
      el.lang = '';
      inner.lang = ''; // "unknown": keep looking upwards
      expect(resolveLocale(el).ui).to.equal('sv');
      outer.removeAttribute('lang');
      document.documentElement.lang = 'fi';
      expect(resolveLocale(el).ui).to.equal('fi');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(el)).to.deep.equal({ tag: 'fi', ui: 'fi' });
    } finally {
      outer.remove();
    }
  });

  it('follows lang across shadow roots', () => {
    const host = document.createElement('div');
    host.lang = 'sv';
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('span');
    root.append(el);
    document.body.append(host);
    try {
      expect(resolveLocale(el).ui).to.equal('sv');
    } finally {
      host.remove();
    }
  });

  it('looks up translated strings with placeholders in their translated order', () => {
    expect(msgFor('fi', [citySearch])('Search towns', { id: 'city-list-search.label' })).to.equal('Hae kaupunkia');
    expect(msgFor('sv', [citySearch])('Search towns', { id: 'city-list-search.label' })).to.equal('Sök stad');
    expect(msgFor('en', [citySearch])('Search towns', { id: 'city-list-search.label' })).to.equal('Search towns');
    const query = 'Kemi';
    expect(msgFor('fi', [citySearch])(str`No town matches “${query}”.`, { id: 'city-list-search.no-match' })).to.equal(
      'Haulla ”Kemi” ei löytynyt kaupunkia.',
    );
    expect(msgFor('en', [citySearch])(str`No town matches “${query}”.`, { id: 'city-list-search.no-match' })).to.equal(
      'No town matches “Kemi”.',
    );
    // An id without a translation, or one in a group not asked for, falls back to the English source.
    expect(msgFor('fi', [cityList])('Something new', { id: 'no-such-id' })).to.equal('Something new');
    expect(msgFor('fi', [cityList])('Loading the map…', { id: 'city-map.loading' })).to.equal('Loading the map…');
    // Several groups are searched in order.
    expect(msgFor('sv', [cityList, errorReasons])('This information may be out of date.', { id: 'error.stale' })).to.equal(
      'Uppgifterna kan vara inaktuella.',
    );
  });

  it('splits the strings by group: each element, element feature and the failure texts hold their own ids', () => {
    const groups: Record<string, LocaleStrings> = {
      error: errorReasons,
      'city-list-search': citySearch,
      'city-list-groups': cityGroups,
      'project-card-rare': projectCardRare,
      'blog-teaser': blogTeaser,
      'city-list': cityList,
      'city-map': cityMap,
      'project-card': projectCard,
      'project-list': projectList,
    };
    for (const [name, group] of Object.entries(groups)) {
      for (const locale of ['fi', 'sv'] as const) {
        const ids = Object.keys(group[locale]!);
        expect(ids, `${name} ${locale}`).to.not.be.empty;
        expect(ids.every((id) => id.startsWith(`${name}.`)), `${name} ${locale}`).to.equal(true);
      }
      expect(Object.keys(group.fi!)).to.deep.equal(Object.keys(group.sv!));
    }
    expect(Object.keys(errorReasons.fi)).to.include.members(['error.network', 'error.http', 'error.stale']);
  });

  describe('an element’s LocaleController', () => {
    const groups = { blogTeaser, cityList, cityMap, projectCard, projectList, citySearch, cityGroups, errorReasons };
    /** Each element's string groups, as it passes them to its LocaleController. */
    const elements: Record<string, [LocaleStrings, ...LocaleStrings[]]> = {
      'blog-teaser': [blogTeaser],
      'city-list': [cityList],
      'city-map': [cityMap],
      'project-card': [projectCard],
      // The project list renders project cards (src/ui/project-card-view.ts).
      'project-list': [projectList, projectCard],
    };
    const probes: HTMLElement[] = [];
    let count = 0;
    /** A connected element in `lang` with a LocaleController given `tables`. */
    function probe(lang: string, ...tables: [LocaleStrings, ...LocaleStrings[]]) {
      class Probe extends ReactiveElement {
        locale = new LocaleController(this, ...tables);
      }
      customElements.define(`locale-probe-${++count}`, Probe);
      const el = new Probe();
      el.lang = lang;
      document.body.append(el);
      probes.push(el);
      return el;
    }
    afterEach(() => probes.splice(0).forEach((el) => el.remove()));

    /** Checks that `msg` answers every id of `map` with its translation, placeholders filled in. */
    function expectAll(msg: MsgFn, map: TemplateMap) {
      for (const [id, value] of Object.entries(map)) {
        if (typeof value === 'string') {
          expect(msg('source text', { id }), id).to.equal(value);
        } else {
          const { strings } = value as { strings: readonly string[] };
          expect(msg(str`source ${'X'} text ${'X'}`, { id }), id).to.equal(strings.join('X'));
        }
      }
    }

    for (const [name, tables] of Object.entries(elements)) {
      for (const locale of ['fi', 'sv'] as const) {
        it(`finds ${name}’s own strings in ${locale}, and no other element’s`, () => {
          const { msg } = probe(locale, ...tables).locale;
          for (const table of tables) expectAll(msg, table[locale]!);
          for (const other of Object.values(groups).filter((group) => !tables.includes(group))) {
            for (const id of Object.keys(other[locale])) expect(msg('source text', { id }), id).to.equal('source text');
          }
        });
      }
    }

    it('answers in English from the source text', () => {
      const { msg } = probe('en', cityList).locale;
      expect(msg('Loading member towns…', { id: 'city-list.loading' })).to.equal('Loading member towns…');
      expect(msg(str`${3} towns shown`, { id: 'city-list-search.count' })).to.equal('3 towns shown');
    });

    it('keeps one msg() per language rather than making one per render', async () => {
      const el = probe('fi', cityList);
      const fi = el.locale.msg;
      expect(el.locale.msg).to.equal(fi);
      el.lang = 'sv';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const sv = el.locale.msg;
      expect(sv).to.not.equal(fi);
      expect(sv('There are no towns to show.', { id: 'city-list.empty' })).to.equal('Det finns inga städer att visa.');
      el.lang = 'fi';
      el.requestUpdate();
      await el.updateComplete;
      expect(el.locale.msg).to.equal(fi);
    });
  });

  it('uses <html lang> and Finnish when nothing else is set', async () => {
    document.documentElement.lang = 'sv';
    const sv = await mount<SeutuCityList>(html`<seutu-city-list></seutu-city-list>`);
    expect(first(sv.el)).to.equal('Ackas');
    document.documentElement.removeAttribute('lang');
    const fi = await mount<SeutuCityList>(html`<seutu-city-list></seutu-city-list>`);
    expect(first(fi.el)).to.equal('Akaa');
  });

  it('inherits an ancestor’s lang and re-renders when it changes', async () => {
    const { el, wrapper } = await mount<SeutuCityList>(html`<seutu-city-list searchable></seutu-city-list>`, {
      lang: 'sv',
    });
    expect(first(el)).to.equal('Ackas');
    expect(texts(el, 'label')).to.deep.equal(['Sök stad']);
    wrapper.lang = 'en';
    await nextRender(el);
    expect(first(el)).to.equal('Äänekoski');
    expect(texts(el, 'label')).to.deep.equal(['Search towns']);
  });

  it('re-renders when its own lang or <html lang> changes', async () => {
    document.documentElement.lang = 'fi';
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list></seutu-city-list>`);
    expect(first(el)).to.equal('Akaa');
    document.documentElement.lang = 'sv';
    await nextRender(el);
    expect(first(el)).to.equal('Ackas');
    el.lang = 'en';
    await nextRender(el);
    expect(first(el)).to.equal('Äänekoski');
  });

  it('renders two languages side by side on one page', async () => {
    const { wrapper } = await mount(
      html`<div>
        <seutu-city-list lang="fi" layout="sentence"></seutu-city-list>
        <seutu-city-list lang="sv" layout="sentence"></seutu-city-list>
      </div>`,
      { settle: false },
    );
    const [fi, sv] = [...wrapper.querySelectorAll<SeutuCityList>('seutu-city-list')];
    await Promise.all(
      [fi!, sv!].map((el) =>
        texts(el, 'p').length ? null : new Promise((r) => el.addEventListener('seutu-load', r, { once: true })),
      ),
    );
    await Promise.all([fi!.updateComplete, sv!.updateComplete]);
    expect(texts(fi!, '[part="sentence"]')[0]).to.match(/ Ylivieska, Ähtäri ja Äänekoski$/);
    expect(texts(sv!, '[part="sentence"]')[0]).to.match(/ Ylivieska och Äänekoski$/);
  });

  it('stops observing the page when the last element is removed', async () => {
    const before = langListenerCount();
    const { wrapper } = await mount(html`<seutu-city-list></seutu-city-list>`);
    expect(langListenerCount()).to.equal(before + 1);
    wrapper.remove();
    expect(langListenerCount()).to.equal(before);
  });
});
