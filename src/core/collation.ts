import type { UiLocale } from './locale.js';

const collators = new Map<string, Intl.Collator>();

/** One `Intl.Collator` per locale, reused: constructing one costs more than sorting 56 names. */
export function collatorFor(locale: UiLocale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}
