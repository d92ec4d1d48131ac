import { css, html, type TemplateResult } from 'lit';
import { str } from '../../core/str-tag.js';
import { foldForSearch } from '../../core/city-names.js';
import { allTexts } from '../../core/localized-text.js';
import type { City } from '../../core/network-feed.js';
import type { UiLocale } from '../../core/locale.js';
import { msgFor } from '../../core/message-lookup.js';
import { strings } from '../../locales/city-list-search.js';
import type { TownEntry } from './town-entry.js';
import { adoptSheet } from '../../ui/adopt-sheet.js';

/** Every name a reader might type to find the town, folded for matching. */
function citySearchTerms(city: City): string[] {
  return [...allTexts(city.name), city.code ?? ''].filter(Boolean).map(foldForSearch);
}

/** The towns whose Finnish, Swedish or English name (or municipality code) contains `query`. */
export function matchingTowns(entries: readonly TownEntry[], query: string): readonly TownEntry[] {
  const folded = foldForSearch(query);
  return folded ? entries.filter((e) => citySearchTerms(e.city).some((term) => term.includes(folded))) : entries;
}

const styles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 1em;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
    inline-size: min(100%, 16em);
  }
`;

/** Adds these styles to the list's shadow root, once: the list calls it before each render. */
export const adoptStyles = (root: ShadowRoot): void => adoptSheet(root, styles);

/**
 * The labelled search box of a `searchable` list, with the number of towns shown announced to
 * screen readers as it changes. Loaded only by lists with `searchable`.
 */
export function searchView(ui: UiLocale, query: string, count: number, onInput: (query: string) => void): TemplateResult {
  const msg = msgFor(ui, [strings]);
  return html`<div class="search">
    <label part="search-label" for="search">${msg('Search towns', { id: 'city-list-search.label' })}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${query}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    <p class="visually-hidden" role="status">
      ${count === 1
        ? msg('1 town shown', { id: 'city-list-search.count-one' })
        : msg(str`${count} towns shown`, { id: 'city-list-search.count' })}
    </p>
  </div>`;
}

/** What a search that finds nothing says. */
export function noMatchView(ui: UiLocale, query: string): TemplateResult {
  const msg = msgFor(ui, [strings]);
  return html`<p class="status" part="status">
    ${msg(str`No town matches “${query.trim()}”.`, { id: 'city-list-search.no-match' })}
  </p>`;
}
