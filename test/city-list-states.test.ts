import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { captureWarnings, cleanup, jsonUrl, mount, shadowText, shippedFeed, texts } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import type { SeutuCityList } from '../src/elements/city-list/city-list.js';
import { REASON_TEXT, httpText } from './fixtures/reason-texts.js';

const NAMES = '[part~="link"], [part~="name"]';

const HEADLINE = {
  fi: 'Jäsenkaupunkeja ei voitu näyttää.',
  sv: 'Medlemsstäderna kunde inte visas.',
  en: 'The member towns could not be shown.',
} as const;

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
    name: '500 (after one retry)',
    src: () => `/test-api/always-500/${Math.random().toString(36).slice(2)}`,
    reason: 'http',
    status: 500,
    text: httpText(500),
  },
  {
    name: 'invalid JSON',
    src: () => '/test-api/html',
    reason: 'parse',
    text: REASON_TEXT.parse,
  },
  {
    name: 'a document that is not a network feed',
    src: () => jsonUrl({ version: 2, towns: [] }),
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

describe('<seutu-city-list> states', () => {
  afterEach(cleanup);

  it('reserves space and is aria-busy while loading, then replaces the placeholder', async () => {
    loaderLimits.timeoutMs = 5000;
    const { el } = await mount<SeutuCityList>(
      html`<seutu-city-list src="/test-api/slow/400"><a href="/kaupungit">Jäsenkaupungit</a></seutu-city-list>`,
      { settle: false },
    );
    const loaded = new Promise((resolve) => el.addEventListener('seutu-load', resolve, { once: true }));
    const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(busy).to.exist;
    expect(busy.textContent!.trim()).to.equal('Ladataan jäsenkaupunkeja…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await loaded;
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    expect(texts(el, NAMES)).to.have.length(56);
    // Rendered data replaces the no-JS fallback children.
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
  });

  for (const failure of FAILURES) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      it(`${failure.name} in ${lang}: localized message, event reason, fallback shown`, async () => {
        if ('setup' in failure) failure.setup();
        const src = failure.src();
        const { result, warnings } = await captureWarnings(() =>
          mount<SeutuCityList>(
            html`<seutu-city-list lang=${lang} src=${src}><a href="/kaupungit">Jäsenkaupungit</a></seutu-city-list>`,
          ),
        );
        const { el, outcome } = result;
        expect(outcome?.type).to.equal('seutu-error');
        expect(outcome?.detail.url).to.equal(new URL(src, location.href).href);
        expect(outcome?.detail).to.include({ reason: failure.reason });
        if ('status' in failure) expect(outcome?.detail).to.include({ status: failure.status });
        else expect(outcome?.detail).not.to.have.property('status');
        const message = el.shadowRoot!.querySelector('[role="status"][part="error"]')!;
        expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${HEADLINE[lang]} ${failure.text[lang]}`);
        // The host's fallback children show again under the message, and the error slot exists.
        const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
        expect(fallback.assignedElements()[0]!.textContent).to.equal('Jäsenkaupungit');
        expect(el.shadowRoot!.querySelector('slot[name="error"]')).to.exist;
        expect(warnings.filter((w) => w.includes(new URL(src, location.href).href))).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('retries once after a 5xx and then shows the feed', async () => {
    const { el, outcome } = await mount<SeutuCityList>(
      html`<seutu-city-list src=${`/test-api/flaky/${Math.random().toString(36).slice(2)}`}></seutu-city-list>`,
    );
    expect(outcome?.type).to.equal('seutu-load');
    expect(texts(el, NAMES)).to.have.length(56);
  });

  it('makes exactly two requests for a server that keeps failing with 500', async () => {
    const id = Math.random().toString(36).slice(2);
    await captureWarnings(() => mount(html`<seutu-city-list src=${`/test-api/always-500/${id}`}></seutu-city-list>`));
    const { count } = await (await fetch(`/test-api/count/${id}`)).json();
    expect(count).to.equal(2);
  });

  it('renders the valid towns of a feed with some invalid ones and warns once with JSON paths', async () => {
    const feed = await shippedFeed();
    const alavus = feed.cities.findIndex((c: { id: string }) => c.id === 'alavus');
    feed.cities[alavus].lat = 'north';
    delete feed.cities[10].name;
    feed.cities[20] = { id: 'Not A Slug', name: 'X' };
    feed.cities.push({ ...feed.cities[0] }); // a repeated id
    const url = jsonUrl(feed);
    const { result, warnings } = await captureWarnings(() =>
      mount<SeutuCityList>(html`<seutu-city-list lang="fi" src=${url}></seutu-city-list>`),
    );
    expect(result.outcome?.detail).to.deep.include({ count: 53 });
    const names = texts(result.el, NAMES);
    expect(names).to.have.length(53);
    expect(names).not.to.include('Alavus');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(url);
    expect(warnings[0]).to.include(`$.cities[${alavus}].lat`);
    expect(warnings[0]).to.include('$.cities[10].name');
    expect(warnings[0]).to.include('$.cities[20].id');
    expect(warnings[0]).to.include('$.cities[56].id');
  });

  it('drops unsafe town links but keeps the town', async () => {
    const feed = await shippedFeed();
    const salo = feed.cities.find((c: { id: string }) => c.id === 'salo');
    salo.url = ' JaVaScRiPt:alert(1)';
    const { el } = await captureWarnings(() =>
      mount<SeutuCityList>(html`<seutu-city-list src=${jsonUrl(feed)}></seutu-city-list>`),
    ).then((r) => r.result);
    const saloName = [...el.shadowRoot!.querySelectorAll(NAMES)].find((n) => n.textContent === 'Salo')!;
    expect(saloName.tagName).to.equal('SPAN');
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.equal('https:');
  });

  it('resolves relative town links against the feed’s URL, not the page', async () => {
    const feed = {
      version: 1,
      cities: [{ id: 'salo', name: 'Salo', url: 'kaupungit/salo.html' }],
    };
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list .feed=${feed}></seutu-city-list>`);
    expect(el.shadowRoot!.querySelector('a')!.href).to.equal(new URL('kaupungit/salo.html', document.baseURI).href);
    const served = await mount<SeutuCityList>(html`<seutu-city-list src="/test-api/counted/relative"></seutu-city-list>`);
    expect(served.outcome?.type).to.equal('seutu-load');
  });

  it('shows the empty state for a valid feed without towns', async () => {
    const { el, outcome } = await mount<SeutuCityList>(
      html`<seutu-city-list lang="en" .feed=${{ version: 1, cities: [] }}><p slot="empty">See our list</p></seutu-city-list>`,
    );
    expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 0 } });
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('See our list');
    await expect(el).to.be.accessible();
  });

  it('accepts a feed as a property and validates it like a fetched one', async () => {
    const feed = { version: 1, cities: [{ id: 'salo', name: { fi: 'Salo' }, url: 'https://www.salo.fi' }] };
    const { el, outcome } = await mount<SeutuCityList>(html`<seutu-city-list .feed=${feed}></seutu-city-list>`);
    expect(outcome).to.deep.equal({ type: 'seutu-load', detail: { url: null, count: 1 } });
    expect(texts(el, NAMES)).to.deep.equal(['Salo']);
    const bad = await captureWarnings(() =>
      mount<SeutuCityList>(html`<seutu-city-list .feed=${[1, 2, 3]}></seutu-city-list>`),
    );
    expect(bad.result.outcome).to.deep.equal({ type: 'seutu-error', detail: { url: null, reason: 'invalid' } });
    expect(shadowText(bad.result.el)).to.include('Tiedot eivät ole odotetussa muodossa.');
  });

  it('switches feeds when src changes and ignores the answer of the old one', async () => {
    loaderLimits.timeoutMs = 5000;
    const { el } = await mount<SeutuCityList>(html`<seutu-city-list src="/test-api/slow/500"></seutu-city-list>`, {
      settle: false,
    });
    const events: string[] = [];
    el.addEventListener('seutu-load', (e) => events.push((e as CustomEvent).detail.url));
    el.src = jsonUrl({ version: 1, cities: [{ id: 'salo', name: 'Salo' }] });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(events).to.have.length(1);
    expect(events[0]).to.match(/^blob:/);
    expect(texts(el, NAMES)).to.deep.equal(['Salo']);
  });

  it('logs nothing and renders nothing when removed before its feed arrives', async () => {
    loaderLimits.timeoutMs = 5000;
    const { result, warnings } = await captureWarnings(async () => {
      const { el } = await mount<SeutuCityList>(html`<seutu-city-list src="/test-api/slow/300"></seutu-city-list>`, {
        settle: false,
      });
      let events = 0;
      el.addEventListener('seutu-load', () => events++);
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 600));
      return { el, events };
    });
    expect(result.events).to.equal(0);
    expect(warnings).to.deep.equal([]);
    expect(result.el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
  });

  it('gives a network error for an unusable src and never throws', async () => {
    const { outcome } = await captureWarnings(() =>
      mount<SeutuCityList>(html`<seutu-city-list src="http://[bad"></seutu-city-list>`),
    ).then((r) => r.result);
    expect(outcome).to.deep.equal({
      type: 'seutu-error',
      detail: { url: 'http://[bad', reason: 'network' },
    });
  });
});
