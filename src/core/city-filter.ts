import type { City } from './network-feed.js';
import { foldForSearch } from './city-names.js';
import { allTexts } from './localized-text.js';

/**
 * The test behind a `region` attribute: comma-separated region names in any language, matched
 * whole but case- and accent-insensitively, so "pohjanmaa" finds Pohjanmaa and Österbotten's
 * towns without also taking Etelä- or Pohjois-Pohjanmaa. No names at all lets every town pass.
 */
export function regionFilter(region: string | null | undefined): (city: City) => boolean {
  const wanted = (region ?? '').split(',').map(foldForSearch).filter(Boolean);
  return (city) =>
    wanted.length === 0 || allTexts(city.region).some((name) => wanted.includes(foldForSearch(name)));
}

/**
 * The test behind a `current` attribute: the town with that id or municipality code (`ylivieska`,
 * `977`), case and surrounding spaces ignored. Nothing given matches no town.
 */
export function currentFilter(current: string | null | undefined): (city: City) => boolean {
  const wanted = current?.trim().toLowerCase();
  return (city) => !!wanted && (city.id === wanted || city.code === wanted);
}
