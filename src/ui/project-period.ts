import type { MsgFn } from '@lit/localize';
import { str } from '../core/str-tag.js';
import type { UiLocale } from '../core/locale.js';
import { formatMonthRange, monthAndYear, projectPeriod } from '../core/project-dates.js';

/**
 * A project's period in words, or `undefined` when it has none to state: a closed range as
 * the locale writes it ("March 2024 – December 2026"), an open one as a translated phrase
 * ("from March 2024", "maaliskuusta 2024 alkaen", "från mars 2024").
 */
export function projectPeriodText(
  start: string | undefined,
  end: string | undefined,
  locale: UiLocale,
  msg: MsgFn,
): string | undefined {
  const period = projectPeriod(start, end);
  if (!period) return undefined;
  const [from, until] = period;
  if (from && until) return formatMonthRange(from, until, locale);
  if (from) {
    // Finnish inflects the month after "from" (maaliskuu → maaliskuusta), which no Intl API
    // does, so the month names come from the translation, in the form the phrase needs.
    const names = msg('January|February|March|April|May|June|July|August|September|October|November|December', {
      id: 'project-card.months-from',
      desc: 'The 12 month names, separated by |, in the form used in the phrase "from <month> <year>" (Finnish: elative, tammikuusta).',
    });
    const when = monthAndYear(from, names, locale);
    return msg(str`from ${when}`, {
      id: 'project-card.from',
      desc: 'An open-ended project period; the placeholder is a month and year such as "March 2024".',
    });
  }
  const names = msg('January|February|March|April|May|June|July|August|September|October|November|December', {
    id: 'project-card.months-until',
    desc: 'The 12 month names, separated by |, in the form used in the phrase "until <month> <year>" (Finnish: illative, tammikuuhun).',
  });
  const when = monthAndYear(until!, names, locale);
  return msg(str`until ${when}`, {
    id: 'project-card.until',
    desc: 'A project period with no known start; the placeholder is a month and year such as "December 2026".',
  });
}
