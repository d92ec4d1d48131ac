import type { MsgFn, MsgOptions, StrResult, TemplateMap } from '@lit/localize';
import { templates as fi } from '../locales/fi.js';
import { templates as sv } from '../locales/sv.js';
import type { UiLocale } from './locale.js';

// Every locale ships inside the bundle: the translations are a few hundred bytes each, far less
// than the cost of a second request for the page's own language.
const TABLES: Record<UiLocale, TemplateMap | undefined> = { en: undefined, fi, sv };

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly number[]) =>
  strings.reduce((out, s, i) => out + String(values[order ? order[i - 1]! : i - 1]) + s);

function translate(
  table: TemplateMap | undefined,
  template: string | StrResult,
  options?: MsgOptions,
): string {
  const localized = options?.id === undefined ? undefined : table?.[options.id];
  if (typeof template === 'string') {
    return typeof localized === 'string' ? localized : template;
  }
  if (localized && typeof localized === 'object' && 'strTag' in localized) {
    return join(localized.strings, template.values, localized.values as readonly number[]);
  }
  return join(template.strings, template.values);
}

const cache = new Map<UiLocale, MsgFn>();

/**
 * A `msg()` that answers in one fixed language. It has @lit/localize's type, so
 * `lit-localize extract` finds its calls; it looks strings up in the generated locale modules
 * without installing anything global.
 */
export function msgFor(locale: UiLocale): MsgFn {
  let fn = cache.get(locale);
  if (!fn) {
    const table = TABLES[locale];
    fn = ((template: string | StrResult, options?: MsgOptions) =>
      translate(table, template, options)) as MsgFn;
    cache.set(locale, fn);
  }
  return fn;
}
