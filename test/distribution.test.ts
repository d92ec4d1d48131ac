import { expect, waitUntil } from '@open-wc/testing';

// These tests load the built files (npm test builds first): the bundles a city site copies and
// the npm modules, alone and together on one page, in an iframe each.

const BUNDLES = {
  esm: '<script type="module" src="/dist/seutu-widgets.js"></script>',
  iife: '<script src="/dist/seutu-widgets.iife.js"></script>',
  npm: '<script type="module" src="/dist/lib/index.js"></script>',
  // The list's own bundle, for a page with no other element.
  list: '<script type="module" src="/dist/seutu-city-list.js"></script>',
} as const;
type Bundle = keyof typeof BUNDLES;

interface FramePage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  errors: string[];
  warnings: string[];
  loads: { url: string; count: number }[];
}

// Runs first in each page: records errors, warnings and load events for the test to read.
const RECORDER = `<script>
  window.__errors = [];
  window.__warnings = [];
  window.__loads = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
  const warn = console.warn.bind(console);
  console.warn = (...args) => { __warnings.push(args.map(String).join(' ')); warn(...args); };
  window.__loaded = new Promise((resolve) =>
    document.addEventListener('seutu-load', (e) => { __loads.push(e.detail); resolve(); }));
</script>`;

/** Opens a page with `before` markup, the given scripts in order, and one city list. */
async function openPage(scripts: string[], { before = '', lang = 'fi' } = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.srcdoc =
    `<!doctype html><html lang="${lang}"><head>${RECORDER}</head><body>${before}${scripts.join('')}` +
    `<seutu-city-list layout="sentence"></seutu-city-list></body></html>`;
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await ready;
  const win = frame.contentWindow as Window & typeof globalThis & Record<string, any>;
  await win.__loaded;
  await (win.document.querySelector('seutu-city-list') as unknown as { updateComplete?: Promise<unknown> })
    .updateComplete;
  // Lit's development build (served for the npm modules here) notes dev mode and every extra
  // copy of Lit; production builds, which sites use, say nothing. Only our own warnings count.
  const warnings = (win.__warnings as string[]).filter((w) => w.startsWith('[seutu-widgets]'));
  return { frame, win, errors: win.__errors, warnings, loads: win.__loads };
}

const towns = (page: FramePage) =>
  page.win.document.querySelector('seutu-city-list')!.shadowRoot!.querySelectorAll('a').length;

describe('distribution', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const bundle of ['esm', 'iife', 'npm', 'list'] as Bundle[]) {
    it(`the ${bundle} build alone renders the shipped feed found beside itself`, async () => {
      const page = await openPage([BUNDLES[bundle]]);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
      expect(towns(page)).to.equal(56);
      expect(new URL(page.loads[0]!.url).pathname).to.equal('/dist/data/seutu-feed.json');
    });
  }

  it('an element’s own bundle defines that element and no other', async () => {
    const page = await openPage([BUNDLES.list]);
    const defined = ['seutu-city-list', 'seutu-city-map', 'seutu-project-card', 'seutu-project-list', 'seutu-blog-teaser'].filter(
      (tag) => page.win.customElements.get(tag),
    );
    expect(defined).to.deep.equal(['seutu-city-list']);
  });

  for (const order of [
    ['esm', 'iife', 'npm'],
    ['iife', 'npm', 'esm'],
    ['npm', 'esm', 'iife'],
    ['iife', 'iife'],
    ['list', 'esm'],
  ] as Bundle[][]) {
    it(`loading ${order.join(' + ')} on one page never throws and renders once`, async () => {
      const page = await openPage(order.map((b) => BUNDLES[b]));
      expect(page.errors).to.deep.equal([]);
      // Same version everywhere: nothing to warn about.
      expect(page.warnings).to.deep.equal([]);
      expect(towns(page)).to.equal(56);
      expect(page.loads).to.have.length(1);
    });
  }

  // The bundles give messages short ids of their own (rollup.config.mjs): the sentences, those of
  // a chunk loaded only for a failure included, must still be found in each language.
  const failure = {
    fi: ['Jäsenkaupunkeja ei voitu näyttää.', 'Palvelin vastasi virheellä (404).'],
    sv: ['Medlemsstäderna kunde inte visas.', 'Servern svarade med ett fel (404).'],
    en: ['The member towns could not be shown.', 'The server answered with an error (404).'],
  };
  for (const bundle of ['esm', 'iife', 'list'] as Bundle[]) {
    for (const [lang, sentences] of Object.entries(failure)) {
      it(`the ${bundle} build explains a failed feed in ${lang}`, async () => {
        const frame = document.createElement('iframe');
        frame.srcdoc =
          `<!doctype html><html lang="${lang}"><body>${BUNDLES[bundle]}` +
          '<seutu-city-list src="/no-such-feed.json"></seutu-city-list></body></html>';
        document.body.append(frame);
        const text = () =>
          frame.contentDocument?.querySelector('seutu-city-list')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
        await waitUntil(() => sentences.every((sentence) => text().includes(sentence)), `shown: "${text()}"`);
      });
    }
  }

  it('a second, different version logs one warning naming both, and the first one stays', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const before =
      '<script>customElements.define("seutu-city-list", class extends HTMLElement {' +
      ' static version = "0.0.1-old";' +
      ' connectedCallback() { this.dispatchEvent(new CustomEvent("seutu-load", { bubbles: true, detail: {} })); } });</script>';
    const page = await openPage([BUNDLES.esm, BUNDLES.iife], { before });
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(1);
    expect(page.warnings[0]).to.include('0.0.1-old').and.include(pkg.version);
    expect((page.win.customElements.get('seutu-city-list') as unknown as { version: string }).version).to.equal(
      '0.0.1-old',
    );
  });
});
