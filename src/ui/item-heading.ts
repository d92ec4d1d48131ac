import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel } from './heading.js';

/**
 * A real `<h1>`…`<h6>` for an entry inside a widget (a post's title), with its own part and
 * class, an optional `lang` for text in another language than the page and an optional `id` (a
 * heading that names a list).
 * Written out per level for the same reason as `heading()`: a binding cannot choose a tag.
 */
export function itemHeading(level: unknown, part: string, content: unknown, lang?: string, id?: string): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h3>`;
  }
}
