import { html, type TemplateResult } from 'lit';
import type { UiLocale } from '../../core/locale.js';
import type { TownEntry } from './town-entry.js';

/**
 * The towns as one sentence joined as the reader's language joins a list ("A, B och C"), each
 * name given by `townName`. Loaded only by lists with `layout="sentence"`.
 */
export function sentenceView(
  entries: readonly TownEntry[],
  ui: UiLocale,
  townName: (entry: TownEntry) => TemplateResult,
): TemplateResult {
  // A conjunction in its long style ("A, B och C") is what Intl.ListFormat gives by default.
  const format = new Intl.ListFormat(ui);
  let next = 0;
  const parts = format
    .formatToParts(entries.map((e) => e.name))
    .map((part) => (part.type === 'element' ? townName(entries[next++]!) : part.value));
  return html`<p part="sentence" class="sentence">${parts}</p>`;
}
