/** Text from a feed: one string for every language, or an object keyed by language tag. */
export type LocalizedText = string | Readonly<Record<string, string>>;

const FALLBACK_LANGUAGES = ['fi', 'sv', 'en'];

/**
 * Picks the text for a page language. Order: the exact tag (`sv-fi`), its primary language
 * (`sv`), then `preferred` (e.g. a town's own official languages), then fi, sv, en, then any.
 */
export function localizedText(
  text: LocalizedText | undefined,
  tag: string,
  preferred: readonly string[] = [],
): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  // The page's own tag as written in the feed, the usual case, needs no table of every key.
  const exact = text[tag];
  if (typeof exact === 'string' && exact.trim() !== '') return exact;
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'string' && value.trim() !== '') entries.set(key.toLowerCase(), value);
  }
  const wanted = tag.toLowerCase();
  const order = [wanted, wanted.split('-')[0]!, ...preferred, ...FALLBACK_LANGUAGES];
  for (const key of order) {
    const value = entries.get(key);
    if (value !== undefined) return value;
  }
  return entries.values().next().value;
}

/** Every language version of a text, for matching a search in any of them. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text).filter((v) => typeof v === 'string');
}
