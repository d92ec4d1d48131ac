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
