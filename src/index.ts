/** Defines every element; the entry point of the single-file bundles. */
export { SeutuCityList } from './elements/city-list/define.js';
export { VERSION } from './core/version.js';
export type { SeutuLoadDetail, SeutuErrorDetail, SeutuEventMap } from './core/events.js';
