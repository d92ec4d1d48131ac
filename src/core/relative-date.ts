import type { FeedDate } from './rfc3339-date.js';
import { formatDate, formatter } from './date-format.js';

/** The full date with the time of day (where there is one), for a tooltip. */
export function formatDateTime(date: FeedDate, locale: string): string {
  if (date.dateOnly) return formatDate(date, locale);
  return formatter(`datetime ${locale}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(date.time);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  // unit, its length in seconds, used while the distance is below this many seconds
  ['minute', 60, 3600],
  ['hour', 3600, 86_400],
  ['day', 86_400, 7 * 86_400],
  ['week', 7 * 86_400, 30 * 86_400],
  ['month', 30.436875 * 86_400, 365 * 86_400],
  ['year', 365.2425 * 86_400, Infinity],
];

/**
 * "3 päivää sitten", "för 2 veckor sedan", "yesterday": the distance from `now` in the largest
 * unit that fits, rounded. Future dates read "in 3 days".
 */
export function formatRelative(date: FeedDate, locale: string, now: number): string {
  const format = formatter(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  let seconds = (date.time - now) / 1000;
  if (date.dateOnly) {
    // A calendar date is compared with today's date, not the current time: "today", "yesterday".
    const today = new Date(now);
    const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const days = Math.round((date.time - start) / 86_400_000);
    if (Math.abs(days) < 7) return format.format(days === 0 ? 0 : days, 'day');
    seconds = days * 86_400;
  }
  // Seconds are too fine for posts: anything within a minute is "now".
  if (Math.abs(seconds) < 60) return format.format(0, 'second');
  for (const [unit, size, below] of UNITS) {
    const value = Math.round(seconds / size);
    // Choose the unit after rounding, so 59.6 minutes reads "1 hour ago", not "60 minutes ago".
    if (Math.abs(value) * size < below) return format.format(value === 0 ? 0 : value, unit);
  }
  return format.format(Math.round(seconds / UNITS.at(-1)![1]), 'year');
}
