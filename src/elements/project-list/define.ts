import { defineElement } from '../../core/define.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { SeutuProjectList } from './project-list.js';

defineElement('seutu-project-list', SeutuProjectList, defaultFeedUrl);

export { SeutuProjectList };
