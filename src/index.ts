/** Defines every element; the entry point of the single-file bundles. */
export { SeutuCityList } from './elements/city-list/define.js';
export { SeutuCityMap } from './elements/city-map/define.js';
export { SeutuProjectCard } from './elements/project-card/define.js';
export { SeutuProjectList } from './elements/project-list/define.js';
export { SeutuBlogTeaser } from './elements/blog-teaser/define.js';
export { VERSION } from './core/version.js';
export type { SeutuLoadDetail, SeutuErrorDetail, SeutuEventMap } from './core/events.js';
