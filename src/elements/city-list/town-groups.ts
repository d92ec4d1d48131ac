import { css, html, type TemplateResult } from 'lit';
import type { UiLocale } from '../../core/locale.js';
import { collatorFor } from '../../core/collation.js';
import { heading } from '../../ui/heading.js';
import { msgFor } from '../../core/message-lookup.js';
import { strings } from '../../locales/city-list-groups.js';
import type { TownEntry } from './town-entry.js';
import { adoptSheet } from '../../ui/adopt-sheet.js';

const styles = css`
  .group h1,
  .group h2,
  .group h3,
  .group h4,
  .group h5,
  .group h6 {
    margin-block-start: 1em;
  }
  .group:first-child > :first-child {
    margin-block-start: 0;
  }
`;

/** Adds these styles to the list's shadow root, once: the list calls it before each render. */
export const adoptStyles = (root: ShadowRoot): void => adoptSheet(root, styles);

/**
 * The towns under a heading per region (`group-by="region"`), regions in the reader's
 * alphabetical order and towns without one last. Loaded only by lists grouped by region.
 */
export function groupedView(
  entries: readonly TownEntry[],
  { ui, headingLevel, townsView }: {
    readonly ui: UiLocale;
    readonly headingLevel: number;
    readonly townsView: (entries: TownEntry[]) => TemplateResult;
  },
): TemplateResult {
  const other = msgFor(ui, [strings])('Other towns', { id: 'city-list-groups.other-region' });
  const groups = new Map<string, TownEntry[]>();
  for (const entry of entries) {
    const key = entry.region ?? other;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const collator = collatorFor(ui);
  const names = [...groups.keys()].sort((a, b) => (a === other ? 1 : b === other ? -1 : collator.compare(a, b)));
  return html`${names.map(
    (name, i) => html`<section class="group" aria-labelledby=${`group-${i}`}>
      ${heading(headingLevel, name, `group-${i}`)} ${townsView(groups.get(name)!)}
    </section>`,
  )}`;
}
