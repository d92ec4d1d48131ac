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
 * a small tag-stripping reader instead (`html-to-text-without-dom.ts`): less exact, never
 * throwing, and equally inert. Few pages need it, so it is loaded only there: a reading awaits
 * `htmlReaderReady()` before it asks for any text.
 */

/** The Trusted Types policy name a page's CSP must allow: `trusted-types seutu-widgets#html-to-text`. */
export const TRUSTED_TYPES_POLICY = 'seutu-widgets#html-to-text';

/** Longest HTML parsed for one excerpt; an excerpt needs only the beginning of a post. */
const MAX_HTML_LENGTH = 200_000;

// Selector lists, not Sets of names: each list is written once, in a form the non-DOM reading
// can use too.

/** Elements whose content is not prose: code, styling, fallbacks for plug-ins, embedded media. */
export const SKIPPED_TAGS =
  'script,style,template,noscript,iframe,object,embed,svg,math,canvas,audio,video,select,datalist,textarea,button,head,title';

/** Elements that flow inside a line; every other element separates words. */
export const INLINE_TAGS =
  'a,abbr,b,bdi,bdo,big,cite,code,data,del,dfn,em,font,i,ins,kbd,mark,q,s,samp,small,span,strike,strong,sub,sup,time,tt,u,var,wbr';

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

/** Collapses runs of white space (`\s` includes no-break spaces; zero-width ones too) into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
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
  if (!doc?.body) return withoutDom?.htmlToTextWithoutDom(source) ?? '';
  // Words in neighbouring blocks must not run together: a space goes in place of every element
  // whose content is not prose, and around every element that does not flow inside a line.
  const body = doc.body;
  for (const element of body.querySelectorAll(SKIPPED_TAGS)) element.replaceWith(' ');
  for (const element of body.querySelectorAll(`:not(${INLINE_TAGS})`)) {
    element.before(' ');
    element.after(' ');
  }
  return collapseWhitespace(body.textContent!);
}

/**
 * Decodes character references in text that is not HTML (a title or a plain-text summary that a
 * CMS escaped anyway: `Blog &#8211; InfluxData`). Tags stay as written: `a <b> c` keeps `<b>`.
 */
export function decodeEntities(text: string): string {
  if (typeof text !== 'string' || !text.includes('&')) return text;
  // With every `<` escaped the HTML parser can only decode references: no element can appear.
  const doc = parseInert(text.replace(/</g, '&lt;'));
  return doc?.body ? (doc.body.textContent ?? '') : (withoutDom?.decodeEntitiesWithoutDom(text) ?? text);
}

/** The reading without a DOM, where one is needed and has been loaded. */
export interface TextWithoutDom {
  htmlToTextWithoutDom(html: string): string;
  decodeEntitiesWithoutDom(text: string): string;
}

let withoutDom: TextWithoutDom | undefined;
/** A body the DOM parser made here, kept as proof that it works: once it does, it always will. */
let parsed: HTMLElement | null | undefined;

/** Makes `htmlToText` and `decodeEntities` read with `reader` wherever the DOM parser cannot be used. */
export function useTextWithoutDom(reader: TextWithoutDom): void {
  withoutDom = reader;
}

/**
 * undefined when `htmlToText` and `decodeEntities` can read now: the DOM parser works here (the
 * rule), or the reading without it is loaded. Else a promise, settled once that reading is loaded.
 */
export function htmlReaderReady(): Promise<void> | undefined {
  // Parsing a document costs a feed's reading a fraction of a millisecond: once is enough to know.
  if (withoutDom || (parsed ||= parseInert('')?.body)) return undefined;
  return import('./html-to-text-without-dom.js').then(useTextWithoutDom);
}

/**
 * A comment, or a tag with its name in group 1, its attributes (a quoted value, after `=`, may
 * hold a `>`) and, in group 2, its closing `>`; a tag cut off by the end of the input (no `>`,
 * or a quote never closed) runs to the end. Every part starts with a different character, so
 * the pattern never backtracks far: it reads the HTML in one linear pass.
 */
const TAG_OR_COMMENT =
  /<!--[\s\S]*?(?:-->|$)|(<\/?[a-zA-Z][^\t\n\f\r />]*)(?:[^>=]|=\s*(?:"[^"]*"|'[^']*'|(?![\s"'])))*(?:(>)|[\s\S]*)/g;

/**
 * The HTML with the attributes of every tag removed (`<p style="…" onclick="…">` → `<p>`) and its
 * comments dropped, following the tokenizer's quoting rules. Only text is read from the parsed
 * document, and a page's Content Security Policy applies even to an inert one: Chromium reports
 * each `style` attribute parsed there as refused inline style and each `on…` attribute as refused
 * inline script, so a blog post would fill the host's CSP reports with violations.
 * Comments hold no text to read: dropped up to the first `-->`, never before the browser's own end
 * of the comment (which can come sooner: `--!>`, `<!-->`). A tag cut off by the end of the input
 * is dropped, as the HTML parser drops it. Exported for tests.
 */
export function withoutAttributes(html: string): string {
  return html.replace(TAG_OR_COMMENT, (_, name?: string, closed?: string) => (closed ? `${name}>` : ''));
}

function parseInert(html: string): Document | undefined {
  if (typeof DOMParser === 'undefined') return undefined;
  const input = parserInput(html);
  if (input === null) return undefined;
  try {
    return new DOMParser().parseFromString(input as string, 'text/html');
  } catch {
    // Trusted Types enforced in a way our policy did not foresee: the non-DOM path.
    return undefined;
  }
}
