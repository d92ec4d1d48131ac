import { defineElement } from '../../core/define.js';
import { SeutuCityMap } from './city-map.js';

defineElement('seutu-city-map', SeutuCityMap);

export { SeutuCityMap };
