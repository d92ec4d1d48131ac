import { css, html, type TemplateResult } from 'lit';
import { str } from '../core/str-tag.js';
import type { UiLocale } from '../core/locale.js';
import { msgFor } from '../core/message-lookup.js';
import { strings } from '../locales/project-card-rare.js';
import { adoptSheet } from './adopt-sheet.js';

/*
 * The parts of a project card that few projects need, with their strings: a period open at one
 * end in words, and the towns past the sixth behind "and N more". They load only for feeds that
 * have such a project (see `rare-card-parts-loader.ts`).
 */

/** A period open at one end in words: "from March 2024", "maaliskuusta 2024 alkaen", "until December 2026". */
export function openPeriodText(from: Date | undefined, until: Date | undefined, locale: UiLocale): string {
  const msg = msgFor(locale, [strings]);
  if (from) {
    // Finnish inflects the month after "from" (maaliskuu → maaliskuusta), which no Intl API
    // does, so the month names come from the translation, in the form the phrase needs.
    const names = msg('January|February|March|April|May|June|July|August|September|October|November|December', {
      id: 'project-card-rare.months-from',
      desc: 'The 12 month names, separated by |, in the form used in the phrase "from <month> <year>" (Finnish: elative, tammikuusta).',
    });
    const when = monthAndYear(from, names, locale);
    return msg(str`from ${when}`, {
      id: 'project-card-rare.from',
      desc: 'An open-ended project period; the placeholder is a month and year such as "March 2024".',
    });
  }
  const names = msg('January|February|March|April|May|June|July|August|September|October|November|December', {
    id: 'project-card-rare.months-until',
    desc: 'The 12 month names, separated by |, in the form used in the phrase "until <month> <year>" (Finnish: illative, tammikuuhun).',
  });
  const when = monthAndYear(until!, names, locale);
  return msg(str`until ${when}`, {
    id: 'project-card-rare.until',
    desc: 'A project period with no known start; the placeholder is a month and year such as "December 2026".',
  });
}

/**
 * "March 2024" for a phrase whose grammar the translation decides: the month named from
 * `names`, the translated list of 12 separated by |, or by Intl, in UTC where feed dates are
 * read, if the list is not 12 long.
 */
function monthAndYear(date: Date, names: string, locale: UiLocale): string {
  const translated = names.split('|');
  const month =
    (translated.length === 12 && translated[date.getUTCMonth()]!.trim()) ||
    date.toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
  return `${month} ${date.getUTCFullYear()}`;
}

const moreTownsStyles = css`
  .more-towns summary {
    inline-size: fit-content;
    color: var(--_accent);
    cursor: pointer;
  }
  /* Forced colours draw every border in the text colour already; the summary stays a link's colour. */
  @media (forced-colors: active) {
    .more-towns summary {
      color: LinkText;
    }
  }
`;

/**
 * The towns past those named in full, behind "and N more towns"; `list` renders them as the
 * others. Its styles go into `root`, the shadow root it is rendered in, with it.
 */
export function moreTownsView(
  rest: readonly string[],
  list: (names: readonly string[]) => TemplateResult,
  locale: UiLocale,
  root: ShadowRoot,
): TemplateResult {
  adoptSheet(root, moreTownsStyles);
  const msg = msgFor(locale, [strings]);
  return html`<details class="more-towns" part="more-towns">
    <summary>
      ${rest.length === 1
        ? msg('and 1 more town', { id: 'project-card-rare.more-towns-one' })
        : msg(str`and ${rest.length} more towns`, { id: 'project-card-rare.more-towns' })}
    </summary>
    ${list(rest)}
  </details>`;
}
