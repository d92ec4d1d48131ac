import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BlogItem } from '../../core/json-feed-read.js';
import { rel } from '../../ui/link-rel.js';
import { adoptSheet } from '../../ui/adopt-sheet.js';

/**
 * The teaser's layouts other than the list, which few pages use: their styles and the compact
 * layout's post. Loaded by teasers with `layout="cards"` or `layout="compact"`; until it is here
 * their posts show as in the list, without its dividers. The space reserved while loading is in
 * the teaser's own styles, so the page does not shift when this module arrives.
 */

const styles = css`
  /* cards: a responsive grid, the image across the top */
  [data-layout='cards'] .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--seutu-card-width, 16em)), 1fr));
    gap: calc(var(--_gap) * 2);
  }
  [data-layout='cards'] .item {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  [data-layout='cards'] .image {
    border-radius: 0;
  }
  [data-layout='cards'] .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    padding: 0.75em 1em 1em;
  }
  [data-layout='cards'] .more {
    margin-block-start: auto;
    padding-block-start: 0.25em;
  }

  /* compact: one line per post */
  [data-layout='compact'] .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    padding-block: calc(var(--_gap) / 2);
  }
  [data-layout='compact'] .meta {
    margin: 0;
  }`;

/** Adds the styles of these layouts to a teaser's shadow root, once. */
export const adoptLayoutStyles = (root: ShadowRoot): void => adoptSheet(root, styles);

/** A post in the compact layout: its linked title (or opening words) and its date. */
export function compactItem(item: BlogItem, label: string, lang: string | undefined, date: unknown): TemplateResult {
  return html`<li part="item" class="item">
    ${item.url
      ? html`<a part="title-link" class="title" href=${item.url} rel=${ifDefined(rel(item.url))}
          lang=${ifDefined(lang)}>${label}</a>`
      : html`<span part="title" class="title" lang=${ifDefined(lang)}>${label}</span>`}
    ${item.date ? html`<span class="meta" part="meta">${date}</span>` : nothing}
  </li>`;
}
