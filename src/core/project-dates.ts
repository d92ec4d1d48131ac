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

const monthFormats = new Map<UiLocale, Intl.DateTimeFormat>();

/** The locale's format of a month and year, made once per locale. */
function monthFormat(locale: UiLocale): Intl.DateTimeFormat {
  return (
    monthFormats.get(locale) ??
    // Feed dates are calendar days, not instants: format them in UTC, where they were parsed,
    // so a reader west of Greenwich never sees the previous month.
    monthFormats.set(locale, new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })).get(locale)!
  );
}

/**
 * A closed period as the locale writes a range of months: "March 2024 – December 2026",
 * "mars–november 2024", and a single "maaliskuu 2024" when both ends fall in one month.
 */
export function formatMonthRange(start: Date, end: Date, locale: UiLocale): string {
  return monthFormat(locale).formatRange(start, end);
}

/** One month as the locale writes it on its own: "March 2024", "maaliskuu 2024". */
export function formatMonth(date: Date, locale: UiLocale): string {
  return monthFormat(locale).format(date);
}
