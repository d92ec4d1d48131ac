import { defineElement } from '../../core/define.js';
import { SeutuCityList } from './city-list.js';

defineElement('seutu-city-list', SeutuCityList);

export { SeutuCityList };
