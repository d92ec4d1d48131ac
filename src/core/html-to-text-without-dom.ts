/**
 * Plain text from HTML without a DOM: for pages whose Trusted Types rules leave out our policy
 * (`html-to-text.ts` loads this module only there) and for the command-line validator in Node.
 * A small tag-stripping reader, less exact than the HTML parser, never throwing, and inert: it
 * only ever produces a string.
 */
import { collapseWhitespace, INLINE_TAGS, SKIPPED_TAGS } from './html-to-text.js';

const names = (list: string) => list.replace(/,/g, '|');
const SKIPPED_BLOCK = new RegExp(`<(${names(SKIPPED_TAGS)})\\b[^>]*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, 'gi');
const INLINE_TAG = new RegExp(`<\\/?(?:${names(INLINE_TAGS)})\\b[^>]*>`, 'gi');

/**
 * The same result as `htmlToText` without a DOM: comments, skipped elements with their content,
 * and tags are removed, references decoded.
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
