import type { LocalizedText } from './localized-text.js';

/**
 * The language a text picked by `localizedText` is in, when it is not the page's: a Finnish
 * summary shown on a Swedish page because the feed has no Swedish one. Marking it with `lang`
 * lets screen readers pronounce it right (WCAG 3.1.2). `undefined` when the text is in the page's
 * language or its language is unknown (a plain string).
 */
export function foreignLanguageOf(text: LocalizedText | undefined, picked: string | undefined, tag: string): string | undefined {
  if (text === undefined || picked === undefined || typeof text === 'string') return undefined;
  const key = Object.keys(text).find((k) => text[k] === picked);
  if (!key) return undefined;
  const primary = (value: string) => value.toLowerCase().split('-')[0];
  return primary(key) === primary(tag) ? undefined : key;
}
