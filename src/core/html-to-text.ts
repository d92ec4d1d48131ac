/**
 * Plain text from HTML written by others (a feed's `content_html`), for excerpts.
 *
 * The HTML is parsed with `DOMParser` into an inert document: it has no browsing context, so no
 * script runs, no event handler fires and no image or frame is fetched. Only text nodes are read
 * from it; nothing from it is ever inserted into a live document.
 *
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) require a TrustedHTML
 * for `parseFromString`. One narrowly named policy is created for that, lazily and only where
 * `trustedTypes` exists. Where the page's CSP does not allow that policy name, the text comes from
 * a small tag-stripping parser instead: less exact, never throwing, and equally inert.
 */

/** The Trusted Types policy name a page's CSP must allow: `trusted-types seutu-widgets#html-to-text`. */
export const TRUSTED_TYPES_POLICY = 'seutu-widgets#html-to-text';

/** Longest HTML parsed for one excerpt; an excerpt needs only the beginning of a post. */
const MAX_HTML_LENGTH = 200_000;

/** Elements whose content is not prose: code, styling, fallbacks for plug-ins, embedded media. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'SELECT',
  'DATALIST',
  'TEXTAREA',
  'BUTTON',
  'HEAD',
  'TITLE',
]);

/** Elements that flow inside a line; every other element separates words. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

interface HtmlPolicy {
  createHTML(input: string): unknown;
}

/** undefined: not tried yet; null: not available (creation refused); else the policy. */
let policy: HtmlPolicy | null | undefined;

/**
 * The argument for `parseFromString`: the string itself where Trusted Types do not exist, a
 * TrustedHTML from our policy where they do, or `null` where the policy cannot be created.
 */
function parserInput(html: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): HtmlPolicy } })
    .trustedTypes;
  if (!tt) return html;
  if (policy === undefined) {
    try {
      // The identity is safe only because the result goes to DOMParser and nowhere else.
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input: string) => input });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : null;
}

/** Collapses runs of white space (incl. no-break spaces) into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * The text of an HTML fragment: entities decoded, tags and comments gone, the content of
 * script, style, template and similar elements dropped, block elements separated by spaces,
 * white space collapsed.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const source = html.length > MAX_HTML_LENGTH ? html.slice(0, MAX_HTML_LENGTH) : html;
  if (!/[<&]/.test(source)) return collapseWhitespace(source);
  const doc = parseInert(withoutAttributes(source));
  if (!doc?.body) return htmlToTextWithoutDom(source);
  const parts: string[] = [];
  collectText(doc.body, parts);
  return collapseWhitespace(parts.join(''));
}

/**
 * Decodes character references in text that is not HTML (a title or a plain-text summary that a
 * CMS escaped anyway: `Blog &#8211; InfluxData`). Tags stay as written: `a <b> c` keeps `<b>`.
 */
export function decodeEntities(text: string): string {
  if (typeof text !== 'string' || !text.includes('&')) return text;
  // With every `<` escaped the HTML parser can only decode references: no element can appear.
  const doc = parseInert(text.replace(/</g, '&lt;'));
  return doc?.body ? (doc.body.textContent ?? '') : decodeEntitiesWithoutDom(text);
}

const TAG_NAME = /<\/?[a-zA-Z][^\t\n\f\r />]*/y;

/**
 * The HTML with the attributes of every tag removed (`<p style="…" onclick="…">` → `<p>`) and its
 * comments dropped, in one linear pass that follows the tokenizer's quoting rules. Only text is read from the parsed
 * document, and a page's Content Security Policy applies even to an inert one: Chromium reports
 * each `style` attribute parsed there as refused inline style and each `on…` attribute as refused
 * inline script, so a blog post would fill the host's CSP reports with violations.
 * Exported for tests.
 */
export function withoutAttributes(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      // Comments hold no text to read: dropped up to the first `-->`, never before the
      // browser's own end of the comment (which can come sooner: `--!>`, `<!-->`).
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(html);
    if (!name) {
      out += '<';
      i = lt + 1;
      continue;
    }
    // Skip the attributes up to the tag's `>`; a quoted value (after `=`) may hold a `>`.
    let j = TAG_NAME.lastIndex;
    let afterEquals = false;
    let closed = false;
    while (j < html.length) {
      const ch = html[j]!;
      if (ch === '>') {
        closed = true;
        break;
      }
      if (afterEquals && (ch === '"' || ch === "'")) {
        const end = html.indexOf(ch, j + 1);
        if (end < 0) break;
        j = end + 1;
        afterEquals = false;
        continue;
      }
      if (ch === '=') afterEquals = true;
      else if (!/\s/.test(ch)) afterEquals = false;
      j++;
    }
    // A tag cut off by the end of the input is dropped, as the HTML parser drops it.
    if (!closed) return out;
    out += `${name[0]}>`;
    i = j + 1;
  }
  return out;
}

function parseInert(html: string): Document | undefined {
  if (typeof DOMParser === 'undefined') return undefined;
  const input = parserInput(html);
  if (input === null) return undefined;
  try {
    return new DOMParser().parseFromString(input as string, 'text/html');
  } catch {
    // Trusted Types enforced in a way our policy did not foresee: use the non-DOM path.
    return undefined;
  }
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      parts.push((child as Text).data);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(name)) {
        parts.push(' ');
        continue;
      }
      const inline = INLINE.has(name);
      if (!inline) parts.push(' ');
      collectText(child, parts);
      if (!inline) parts.push(' ');
    }
  }
}

const SKIPPED_SOURCE = [...SKIPPED].map((name) => name.toLowerCase()).join('|');
const SKIPPED_BLOCK = new RegExp(`<(${SKIPPED_SOURCE})\\b[^>]*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, 'gi');
const INLINE_TAG = new RegExp(
  `<\\/?(?:${[...INLINE].map((name) => name.toLowerCase()).join('|')})\\b[^>]*>`,
  'gi',
);

/**
 * The same result without a DOM, for pages whose Trusted Types rules leave out our policy:
 * comments, skipped elements with their content, and tags are removed, references decoded.
 * Exported for tests.
 */
export function htmlToTextWithoutDom(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, ' ')
    .replace(SKIPPED_BLOCK, ' ')
    .replace(INLINE_TAG, '')
    .replace(/<\/?[a-zA-Z][^>]*>?/g, ' ')
    .replace(/<[!?][^>]*>?/g, ' ');
  return collapseWhitespace(decodeEntitiesWithoutDom(text));
}

/** Common named references; an unknown name is left as written, as browsers do. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  iexcl: '¡',
  iquest: '¿',
  dagger: '†',
  Dagger: '‡',
  prime: '′',
  Prime: '″',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  szlig: 'ß',
};
// Latin letters with diacritics, e.g. &auml; &Ouml; &aring; &eacute; &ntilde; &ccedil; &oslash;.
for (const [mark, letters, suffix] of [
  ['\u0308', 'aeiouyAEIOU', 'uml'],
  ['\u030a', 'aA', 'ring'],
  ['\u0301', 'aeiouyAEIOUY', 'acute'],
  ['\u0300', 'aeiouAEIOU', 'grave'],
  ['\u0302', 'aeiouAEIOU', 'circ'],
  ['\u0303', 'anoANO', 'tilde'],
  ['\u0327', 'cC', 'cedil'],
] as const) {
  for (const letter of letters) NAMED[`${letter}${suffix}`] = `${letter}${mark}`.normalize('NFC');
}
Object.assign(NAMED, { oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', eth: 'ð', thorn: 'þ' });

/** C1 controls that HTML maps to Windows-1252 characters (`&#150;` is an en dash). */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
  0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152,
  0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return '\ufffd';
  }
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/** Numeric references (with or without the closing `;`) and the common named ones. */
export function decodeEntitiesWithoutDom(text: string): string {
  return text.replace(/&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      return NAMED[name!] ?? whole;
    });
}
