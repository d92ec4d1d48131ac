import type { FeedDate } from './rfc3339-date.js';
import type { UiLocale } from './locale.js';
import { primaryLanguage } from './feed-language.js';

/**
 * The locale for `Intl` formatting: the page's full tag where it is a variant of the interface
 * language (`sv-FI`, `en-GB`), else the interface language itself, so a date never appears in a
 * different language from the words around it.
 */
export function intlLocale(tag: string, ui: UiLocale): string {
  const key = `${tag} ${ui}`;
  let locale = locales.get(key);
  if (locale === undefined) {
    locale = ui;
    if (primaryLanguage(tag) === ui) {
      try {
        locale = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? ui;
      } catch {
        // Not a valid tag: the interface language alone.
      }
    }
    locales.set(key, locale);
  }
  return locale;
}

/** Canonical locales by page tag and interface language: asked for every date a teaser shows. */
const locales = new Map<string, string>();

type IntlFormatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

const cache = new Map<string, IntlFormatter>();

/**
 * The `Intl` formatter for `key`, made once: making one costs far more than using it, and a
 * teaser formats every date and author list it shows.
 */
export function formatter<T extends IntlFormatter>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "17. toukokuuta 2017", "17 maj 2017", "May 17, 2017". A bare date is shown as written. */
export function formatDate(date: FeedDate, locale: string): string {
  return formatter(`date ${locale} ${date.dateOnly}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(date.dateOnly ? { timeZone: 'UTC' } : {}) }),
  ).format(date.time);
}

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
