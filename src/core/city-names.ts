import type { City } from './network-feed.js';
import { localizedText } from './localized-text.js';

/**
 * A town's name for a page language. Where the feed has no name in that language, the town's
 * own first official language comes next: English readers see "Jakobstad", as the town calls
 * itself, not the Finnish "Pietarsaari".
 */
export function cityName(city: City, tag: string): string {
  return localizedText(city.name, tag, city.languages) ?? city.id;
}

/**
 * Case- and accent-insensitive form for matching typed text: "ahtari" finds "Ähtäri", as a
 * visitor on a keyboard without Finnish letters expects.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .trim();
}
