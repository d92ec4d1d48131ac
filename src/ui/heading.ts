import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a `heading-level` attribute value to 1–6; anything else gives the default 3. */
export function headingLevel(value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = Math.trunc(Number(value));
  return (n >= 1 && n <= 6 ? n : 3) as 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * A real `<h1>`…`<h6>` at the level the host page asks for, so the widget's headings fit into
 * the page's outline. Written out per level: Lit bindings cannot choose a tag name, and a
 * static-html tag from a string is not worth its bytes here.
 */
export function heading(level: unknown, content: unknown, id?: string): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part="heading" id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part="heading" id=${ifDefined(id)}>${content}</h2>`;
    case 4:
      return html`<h4 part="heading" id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part="heading" id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<h3 part="heading" id=${ifDefined(id)}>${content}</h3>`;
  }
}
