/** The primary language subtag, lower-cased: `fi-FI` → `fi`, `sv_SE` → `sv`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Whether a feed item in `itemLanguage` belongs on a page in `pageLanguage`
 * (`feed-language="match"`): the primary languages must be the same, so a `fi-FI` item shows on
 * a `fi` page and a `fi` item on a `fi-FI` page, but a `sv` item does not show on a `fi` page.
 * An item whose language is not known always matches.
 */
export function languageMatches(itemLanguage: string | undefined, pageLanguage: string): boolean {
  if (itemLanguage === undefined || itemLanguage.trim() === '') return true;
  return primaryLanguage(itemLanguage) === primaryLanguage(pageLanguage);
}
