// Hostile host page: global CSS that shrinks rem, squashes line height, paints every link red,
// strips list styles and blows up h3. The widgets must look exactly as they do on a neutral page
// (their shadow DOM computes the same styles), keep a readable font size, their own list and
// heading styles, and WCAG contrast.
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { captureWarnings, cleanup, mount } from './helpers.js';

const NEUTRAL = 'body { font-size: 16px; color: #222; background: #fff; }';
const HOSTILE = `
  html { font-size: 62.5%; }
  * { box-sizing: content-box; line-height: 0.8; }
  a { color: red !important; }
  ul { list-style: none; padding: 0; }
  h3 { font-size: 4em; }
  body { font-size: 16px; }
`;
const BODY_PX = 16;
/** Secondary text (dates, regions, badges, map labels) is designed smaller, but never below this. */
const SMALLEST_RATIO = 0.75;

interface Case {
  readonly name: string;
  readonly template: TemplateResult;
  /** The reading text, which must be at least the body's size. */
  readonly main: string;
  readonly lists?: boolean;
  readonly headings?: boolean;
}

const CASES: readonly Case[] = [
  {
    name: 'city list',
    template: html`<seutu-city-list></seutu-city-list>`,
    main: '[part~="link"], [part~="name"]',
    lists: true,
  },
  {
    name: 'city list, grid by region',
    template: html`<seutu-city-list layout="grid" group-by="region" searchable lang="sv"></seutu-city-list>`,
    main: '[part~="link"], [part~="name"], [part="heading"]',
    lists: true,
    headings: true,
  },
  {
    name: 'city list, sentence',
    template: html`<seutu-city-list layout="sentence" lang="en"></seutu-city-list>`,
    main: '[part="sentence"]',
  },
  { name: 'city map', template: html`<seutu-city-map current="salo"></seutu-city-map>`, main: '[part="error"], .visually-hidden li' },
  {
    name: 'project card',
    template: html`<seutu-project-card project="joustavat-koulutusmallit"></seutu-project-card>`,
    main: '[part="heading"], [part="summary"], [part="link"]',
    headings: true,
  },
  {
    name: 'project list',
    template: html`<seutu-project-list layout="grid"></seutu-project-list>`,
    main: '[part="heading"], [part="summary"], [part="link"]',
    lists: true,
    headings: true,
  },
  {
    name: 'blog teaser',
    template: html`<seutu-blog-teaser src="/data/blog-example.json" show-title></seutu-blog-teaser>`,
    main: '[part="title"], [part="excerpt"], [part="link"]',
    lists: true,
    headings: true,
  },
  {
    name: 'blog teaser, cards',
    template: html`<seutu-blog-teaser src="/data/blog-example.json" layout="cards" lang="sv"></seutu-blog-teaser>`,
    main: '[part="title"], [part="excerpt"], [part="link"]',
    lists: true,
    headings: true,
  },
  {
    name: 'error state',
    // The fallback children are the host's own light-DOM content, styled (here: red links) by
    // the host; only the widget's message is checked.
    template: html`<seutu-city-list src="/test-api/status/404"><p>Jäsenkaupungit: katso kaupunkien sivut.</p></seutu-city-list>`,
    main: '[part="error"] p',
  },
];

const STYLE_PROPS = [
  'font-size',
  'line-height',
  'font-weight',
  'color',
  'background-color',
  'list-style-type',
  'padding-inline-start',
  'margin-block-start',
  'box-sizing',
  'width',
  'height',
] as const;

/** The computed styles of everything in the element's shadow root, in document order. */
function snapshot(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    const key = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
    // Boxes around slotted (light-DOM) content take its size, which the host page styles.
    const hostSized = node.localName === 'slot' || node.querySelector('slot') !== null;
    const props = STYLE_PROPS.filter((p) => !(hostSized && (p === 'width' || p === 'height')));
    return `${key} ${props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
  });
}

/** Visible elements holding text of their own (not just white space). */
function textNodesOwners(el: Element): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter((node) => {
    const own = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '');
    if (!own) return false;
    const box = node.getBoundingClientRect();
    // Visually hidden text (1px clip) is for screen readers; its size is not seen.
    return box.width > 1 && box.height > 1 && getComputedStyle(node).visibility !== 'hidden' && getComputedStyle(node).opacity !== '0';
  });
}

function rgb(color: string): [number, number, number, number] {
  // Chromium computes sRGB colours as rgb()/rgba(), and color-mix() results as color(srgb r g b / a).
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  if (color.startsWith('color(')) {
    const [r, g, b, a = 1] = numbers;
    return [r! * 255, g! * 255, b! * 255, a];
  }
  const [r, g, b, a = 1] = numbers;
  return [r!, g!, b!, a];
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** The colour behind a node: the first opaque-ish background up the composed tree, else the canvas. */
function backgroundOf(node: Element): [number, number, number] {
  for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const [r, g, b, a] = rgb(getComputedStyle(n).backgroundColor);
    if (a > 0.5) return [r, g, b];
  }
  return [255, 255, 255];
}

function contrast(node: Element): number {
  const fg = luminance(rgb(getComputedStyle(node).color));
  const bg = luminance(backgroundOf(node));
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

describe('reliability: hostile host CSS', () => {
  let sheet: HTMLStyleElement;

  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = NEUTRAL;
    document.head.append(sheet);
  });

  afterEach(() => {
    sheet.remove();
    cleanup();
  });

  for (const c of CASES) {
    it(`${c.name}: looks the same, readable, own list and heading styles, contrast`, async () => {
      const { el } = (await captureWarnings(() => mount(c.template))).result;
      const before = snapshot(el);
      sheet.textContent = NEUTRAL + HOSTILE;
      const after = snapshot(el);
      // Nothing inside the widget computes differently under the hostile page's CSS.
      expect(after.length).to.be.greaterThan(0);
      expect(after).to.deep.equal(before);

      const main = [...el.shadowRoot!.querySelectorAll(c.main)];
      expect(main.length, `no ${c.main}`).to.be.greaterThan(0);
      for (const node of main) {
        expect(parseFloat(getComputedStyle(node).fontSize), node.outerHTML.slice(0, 80)).to.be.at.least(BODY_PX);
      }
      for (const node of textNodesOwners(el)) {
        const size = parseFloat(getComputedStyle(node).fontSize);
        expect(size, node.outerHTML.slice(0, 80)).to.be.at.least(BODY_PX * SMALLEST_RATIO);
        // Line height is the widget's own, not the page's 0.8.
        const lineHeight = parseFloat(getComputedStyle(node).lineHeight);
        expect(lineHeight / size, node.outerHTML.slice(0, 80)).to.be.at.least(1.1);
      }
      if (c.headings) {
        const headings = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')];
        expect(headings.length).to.be.greaterThan(0);
        for (const h of headings) {
          const size = parseFloat(getComputedStyle(h).fontSize);
          expect(size, h.outerHTML.slice(0, 80)).to.be.within(BODY_PX, BODY_PX * 2);
        }
      }
      if (c.lists) {
        // Lists stay lists for assistive technology, styled by the widget (not by the page).
        expect(el.shadowRoot!.querySelectorAll('ul > li').length).to.be.greaterThan(0);
      }
      for (const link of el.shadowRoot!.querySelectorAll('a')) {
        expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
        expect(contrast(link), link.outerHTML.slice(0, 80)).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the comparison notices a page style that reaches into a widget', async () => {
    // Control: inherited properties do cross the shadow boundary. A page that sets `font-style`
    // on the host changes the widget's computed styles, and the snapshot sees it.
    const { el } = await mount(html`<seutu-city-list layout="sentence"></seutu-city-list>`);
    const before = snapshot(el);
    sheet.textContent = `${NEUTRAL} seutu-city-list { font-weight: 100; }`;
    expect(snapshot(el)).not.to.deep.equal(before);
  });
});
