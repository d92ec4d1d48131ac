import { defineElement } from '../../core/define.js';
import { SeutuProjectList } from './project-list.js';

defineElement('seutu-project-list', SeutuProjectList);

export { SeutuProjectList };
