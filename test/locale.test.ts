import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, mount, texts } from './helpers.js';
import { resolveLocale, toUiLocale } from '../src/core/locale.js';
import { msgFor } from '../src/core/message-lookup.js';
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
    expect(msgFor('fi')('Search towns', { id: 'city-list.search-label' })).to.equal('Hae kaupunkia');
    expect(msgFor('sv')('Search towns', { id: 'city-list.search-label' })).to.equal('Sök stad');
    expect(msgFor('en')('Search towns', { id: 'city-list.search-label' })).to.equal('Search towns');
    // An id without a translation falls back to the English source.
    expect(msgFor('fi')('Something new', { id: 'no-such-id' })).to.equal('Something new');
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
