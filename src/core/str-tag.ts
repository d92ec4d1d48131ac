import type { str as litStr } from '@lit/localize';

/**
 * @lit/localize's `str` tag, typed as theirs so `lit-localize extract` recognises it, without
 * importing their package entry: that entry drags in their global runtime (hashing, locale
 * loading), which these widgets never use and every page would pay for.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;
