import type { BlogItem } from './json-feed-read.js';
import { primaryLanguage } from './feed-language.js';

/**
 * The blog teaser's choice of posts by tag and by language (`tag`, `feed-language="match"`),
 * which few teasers use: loaded only by those that ask for it.
 */

const fold = (tag: string) => tag.normalize('NFC').trim().toLocaleLowerCase();

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

/**
 * The posts to keep: those carrying `tag` (compared case-insensitively), and with `feedLanguage`
 * `match` those in the page's language `pageLanguage` or in none stated. Undefined when neither
 * asks for anything: every post is kept.
 */
export function postFilter(
  tag: string | null | undefined,
  feedLanguage: string | null | undefined,
  pageLanguage: string,
): ((item: BlogItem) => boolean) | undefined {
  const wantedTag = tag?.trim() ? fold(tag) : undefined;
  const language = feedLanguage?.trim().toLowerCase() === 'match' ? pageLanguage : undefined;
  if (!wantedTag && !language) return undefined;
  return (item) =>
    (!wantedTag || item.tags.some((t) => fold(t) === wantedTag)) &&
    (!language || languageMatches(item.language, language));
}
