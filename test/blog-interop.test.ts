import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { cleanup, jsonUrl, mount } from './helpers.js';
import type { SeutuBlogTeaser } from '../src/elements/blog-teaser/blog-teaser.js';
import { SHARED_JSON_FEEDS } from './fixtures/shared-json-feeds.js';

/**
 * Real-world JSON Feed documents written by others (../shared/fixtures/jsonfeed/, served by the
 * test server under /shared/): every one must render, item for item, safely.
 */
const FIXTURES = SHARED_JSON_FEEDS;

const FORBIDDEN = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);
const SAFE_IMAGE = new Set(['http:', 'https:']);

type Sentinel = { __seutuSentinel: string; alert: (message?: unknown) => void };

/** Every text node and attribute value in a shadow root. */
function strings(root: ShadowRoot): { texts: string[]; attributes: string[] } {
  const texts: string[] = [];
  const attributes: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
    else for (const attr of (node as Element).attributes) attributes.push(attr.value);
  }
  return { texts, attributes };
}

/** Checks the rendered teaser against the feed it came from. */
async function expectSafeRendering(el: SeutuBlogTeaser, raw: string, label: string) {
  const json = JSON.parse(raw) as { items: unknown[] };
  const root = el.shadowRoot!;
  const items = [...root.querySelectorAll<HTMLElement>('li[part~="item"]')];
  expect(items, `${label}: one rendered item per feed item`).to.have.length(json.items.length);
  expect(root.querySelectorAll('ul[part="list"]'), label).to.have.length(1);

  for (const [i, item] of items.entries()) {
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text, `${label}: item ${i} has text`).not.to.equal('');
    expect(item.checkVisibility(), `${label}: item ${i} is visible`).to.equal(true);
    expect(item.getBoundingClientRect().height, `${label}: item ${i} has height`).to.be.greaterThan(0);
    // The visible text, not just hidden link names: something for sighted readers too.
    expect(item.innerText.trim(), `${label}: item ${i} has visible text`).not.to.equal('');
  }

  for (const a of root.querySelectorAll('a')) {
    expect(SAFE_LINK.has(new URL(a.href).protocol), `${label}: link ${a.href}`).to.equal(true);
    expect(a.getAttribute('href'), label).to.equal(a.href);
  }
  for (const img of root.querySelectorAll('img')) {
    expect(SAFE_IMAGE.has(new URL(img.src).protocol), `${label}: image ${img.src}`).to.equal(true);
    expect(img.alt, label).to.equal('');
    expect(img.loading, label).to.equal('lazy');
  }
  // Nothing from the feed became markup: only the elements the template makes exist.
  const allowed = new Set(['DIV', 'UL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'A', 'SPAN', 'TIME', 'IMG', 'SLOT']);
  for (const node of root.querySelectorAll('*')) expect(allowed.has(node.tagName), `${label}: <${node.tagName}>`).to.equal(true);
  expect(root.querySelectorAll('[onerror], [onload], [onclick], [style*="url"]'), label).to.have.length(0);

  const { texts, attributes } = strings(root);
  for (const value of [...texts, ...attributes].map((s) => s.trim())) {
    expect(FORBIDDEN, `${label}: a whole text or attribute is "${value}"`).not.to.include(value);
  }
  const visible = texts.join(' ');
  for (const word of FORBIDDEN) {
    // A blog may well write the word "undefined"; only where the feed itself never does must it be absent.
    if (raw.includes(word)) continue;
    expect(visible, `${label}: "${word}" in the text`).not.to.contain(word);
    expect(attributes.join(' '), `${label}: "${word}" in an attribute`).not.to.contain(word);
  }
  for (const time of root.querySelectorAll('time')) {
    expect(Number.isNaN(Date.parse(time.dateTime)), `${label}: datetime ${time.dateTime}`).to.equal(false);
  }
}

describe('<seutu-blog-teaser> interop: real-world JSON Feeds', () => {
  const win = window as unknown as Sentinel;
  let originalAlert: Sentinel['alert'];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  beforeEach(() => {
    win.__seutuSentinel = 'untouched';
    originalAlert = win.alert;
    // feedparser_example.json carries <script>alert();</script>: were it ever run, we would know.
    win.alert = () => {
      win.__seutuSentinel = 'alert() ran';
    };
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    win.alert = originalAlert;
    cleanup();
  });

  for (const file of FIXTURES) {
    for (const layout of ['list', 'cards', 'compact']) {
      it(`renders ${file} in the ${layout} layout, every item, safely`, async () => {
        const url = `/shared/fixtures/jsonfeed/${file}`;
        const raw = await (await fetch(url)).text();
        const { el, outcome } = await mount<SeutuBlogTeaser>(
          html`<seutu-blog-teaser src=${url} limit="1000" layout=${layout} show-title></seutu-blog-teaser>`,
          { lang: 'fi' },
        );
        expect(outcome?.type, file).to.equal('seutu-load');
        expect(outcome?.detail).to.deep.include({ count: (JSON.parse(raw) as { items: unknown[] }).items.length });
        await expectSafeRendering(el, raw, `${file} (${layout})`);
        // Give anything that could have escaped the inert parse a chance to run before looking.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(win.__seutuSentinel, file).to.equal('untouched');
        expect(errors, file).to.deep.equal([]);
      });
    }
  }

  it('renders a hostile feed without running, loading or linking anything from it', async () => {
    const probe = `hostile-${Math.random().toString(36).slice(2)}`;
    const set = `window.__seutuSentinel='pwned'`;
    const hostile = {
      version: 'https://jsonfeed.org/version/1.1',
      title: `<img src=x onerror="${set}">Hostile`,
      home_page_url: 'javascript:alert(1)',
      items: [
        {
          id: '1',
          title: `<script>${set}</script>Title`,
          content_html:
            `<script>${set}</script><img src="/test-api/counted/${probe}" onerror="${set}">` +
            `<svg onload="${set}"></svg><iframe srcdoc="<script>parent.${set}</script>"></iframe>` +
            `<p>Visible words</p><a href="javascript:${set}">link</a>`,
          url: 'javascript:alert(1)',
          external_url: ' JaVaScRiPt:alert(1)',
          image: 'data:image/svg+xml,<svg onload="alert(1)"/>',
          banner_image: 'javascript:alert(1)',
          authors: [{ name: `<b onmouseover="${set}">Author</b>`, url: 'vbscript:msgbox(1)' }],
          date_published: 'Invalid Date',
          tags: [{ toString: 1 }, 'ok'],
        },
        { id: '2', summary: `<img src=x onerror="${set}"> only a summary`, url: 'data:text/html,<script>x</script>' },
      ],
    };
    const raw = JSON.stringify(hostile);
    const { el, outcome } = await mount<SeutuBlogTeaser>(
      html`<seutu-blog-teaser src=${jsonUrl(raw)} limit="10" show-title></seutu-blog-teaser>`,
      { lang: 'en' },
    );
    expect(outcome?.type).to.equal('seutu-load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__seutuSentinel).to.equal('untouched');
    expect(el.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);
    const { count } = await (await fetch(`/test-api/count/${probe}`)).json();
    expect(count, 'an image in content_html was fetched').to.equal(0);
    const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent);
    // Titles are plain text: shown as written, never parsed.
    expect(titles).to.deep.equal([`<script>${set}</script>Title`]);
    await expectSafeRendering(el, raw, 'hostile');
  });
});
