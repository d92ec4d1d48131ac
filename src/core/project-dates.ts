import type { UiLocale } from './locale.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A feed date (`YYYY-MM-DD`) as a UTC midnight `Date`, or `undefined` when it is not a real
 * calendar day: "2024-02-30" and "2024-13-01" are rejected instead of rolling over into March
 * or the next year, as `new Date()` would.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date;
}

/** A project's period: either end may be open, never both. */
export type ProjectPeriod =
  | { readonly kind: 'range'; readonly start: Date; readonly end: Date }
  | { readonly kind: 'from'; readonly start: Date }
  | { readonly kind: 'until'; readonly end: Date };

/**
 * The period between two feed dates, or `undefined` when there is nothing true to say: no
 * dates, an unreadable date, or an end before the start. The model already drops such dates
 * (with a warning); this guard keeps the card honest whatever it is given.
 */
export function projectPeriod(start: unknown, end: unknown): ProjectPeriod | undefined {
  const from = parseIsoDate(start);
  const until = parseIsoDate(end);
  if ((start !== undefined && !from) || (end !== undefined && !until)) return undefined;
  if (from && until) return until < from ? undefined : { kind: 'range', start: from, end: until };
  if (from) return { kind: 'from', start: from };
  if (until) return { kind: 'until', end: until };
  return undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: UiLocale, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let result = formats.get(`${locale} ${key}`);
  if (!result) {
    // Feed dates are calendar days, not instants: format them in UTC, where they were parsed,
    // so a reader west of Greenwich never sees the previous month.
    result = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(`${locale} ${key}`, result);
  }
  return result;
}

/**
 * A closed period as the locale writes a range of months: "March 2024 – December 2026",
 * "mars–november 2024", and a single "maaliskuu 2024" when both ends fall in one month.
 */
export function formatMonthRange(start: Date, end: Date, locale: UiLocale): string {
  return format(locale, { year: 'numeric', month: 'long' }, 'month-year').formatRange(start, end);
}

/**
 * A month's stand-alone name and its year, for messages such as "from March 2024" whose
 * grammar the translation decides (Finnish inflects the month: "maaliskuusta 2024 alkaen").
 */
export function monthAndYear(date: Date, locale: UiLocale): { month: string; year: string } {
  return {
    month: format(locale, { month: 'long' }, 'month').format(date),
    year: String(date.getUTCFullYear()),
  };
}
