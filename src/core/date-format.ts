import type { FeedDate } from './rfc3339-date.js';
import type { UiLocale } from './locale.js';
import { primaryLanguage } from './feed-language.js';

/**
 * The locale for `Intl` formatting: the page's full tag where it is a variant of the interface
 * language (`sv-FI`, `en-GB`), else the interface language itself, so a date never appears in a
 * different language from the words around it.
 */
export function intlLocale(tag: string, ui: UiLocale): string {
  // Asked for every date a teaser shows.
  return formatter(`locale ${tag} ${ui}`, () => {
    if (primaryLanguage(tag) === ui) {
      try {
        return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? ui;
      } catch {
        // Not a valid tag: the interface language alone.
      }
    }
    return ui;
  });
}

type IntlFormatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

const cache = new Map<string, IntlFormatter | string>();

/**
 * The `Intl` formatter (or canonical locale) for `key`, made once: making one costs far more than
 * using it, and a teaser formats every date and author list it shows.
 */
export function formatter<T extends IntlFormatter | string>(key: string, make: () => T): T {
  return (cache.get(key) ?? cache.set(key, make()).get(key)) as T;
}

/** The formatter `formatDate` uses for a bare date (`dateOnly`) or a date and time. */
export const dateFormat = (locale: string, dateOnly: boolean): Intl.DateTimeFormat =>
  formatter(`date ${locale} ${dateOnly}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined }),
  );

/** "17. toukokuuta 2017", "17 maj 2017", "May 17, 2017". A bare date is shown as written. */
export function formatDate(date: FeedDate, locale: string): string {
  return dateFormat(locale, date.dateOnly).format(date.time);
}
