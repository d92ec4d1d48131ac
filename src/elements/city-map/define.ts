import { defineElement } from '../../core/define.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { SeutuCityMap } from './city-map.js';

defineElement('seutu-city-map', SeutuCityMap, defaultFeedUrl);

export { SeutuCityMap };
