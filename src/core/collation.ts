import type { UiLocale } from './locale.js';

const collators = new Map<string, Intl.Collator>();

/** One `Intl.Collator` per locale, reused: constructing one costs more than sorting 56 names. */
export function collatorFor(locale: UiLocale): Intl.Collator {
  return (
    collators.get(locale) ??
    collators.set(locale, new Intl.Collator(locale, { sensitivity: 'variant', numeric: true })).get(locale)!
  );
}

/** Forgets the collators made so far; for tests that watch when one is made. */
export function forgetCollators(): void {
  collators.clear();
}
