import type { MsgFn, MsgOptions, StrResult, TemplateLike, TemplateMap } from '@lit/localize';
import type { UiLocale } from './locale.js';

/**
 * One group of translations as a generated `src/locales/<group>.ts` exports it (`strings`): a
 * table per target locale, keyed by message id. English, the source locale, has none.
 */
export type LocaleStrings = { readonly [L in UiLocale]?: TemplateMap };

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly number[]) =>
  strings.reduce((out, s, i) => out + String(values[order ? order[i - 1]! : i - 1]) + s);

function translate(
  maps: readonly (TemplateMap | undefined)[],
  template: string | StrResult,
  options?: MsgOptions,
): string {
  const id = options?.id;
  let localized: TemplateLike | undefined;
  if (id !== undefined) for (const map of maps) if ((localized = map?.[id]) !== undefined) break;
  if (typeof template === 'string') {
    return typeof localized === 'string' ? localized : template;
  }
  if (localized && typeof localized === 'object' && 'strTag' in localized) {
    return join(localized.strings, template.values, localized.values as readonly number[]);
  }
  return join(template.strings, template.values);
}

/**
 * A `msg()` that answers in one fixed language from the given string groups, else in the
 * English source text. It has @lit/localize's type,
 * so `lit-localize extract` finds its calls; it installs nothing global. Each call makes a new
 * function: callers keep it (LocaleController keeps one per language).
 */
export function msgFor(locale: UiLocale, tables: readonly LocaleStrings[] = []): MsgFn {
  const maps = tables.map((table) => table[locale]);
  return ((template: string | StrResult, options?: MsgOptions) => translate(maps, template, options)) as MsgFn;
}
