import { defineElement } from '../../core/define.js';
import { SeutuProjectCard } from './project-card.js';

defineElement('seutu-project-card', SeutuProjectCard);

export { SeutuProjectCard };
