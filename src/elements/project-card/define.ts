import { defineElement } from '../../core/define.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { SeutuProjectCard } from './project-card.js';

defineElement('seutu-project-card', SeutuProjectCard, defaultFeedUrl);

export { SeutuProjectCard };
