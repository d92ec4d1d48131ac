import { defineElement } from '../../core/define.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { SeutuCityList } from './city-list.js';

defineElement('seutu-city-list', SeutuCityList, defaultFeedUrl);

export { SeutuCityList };
