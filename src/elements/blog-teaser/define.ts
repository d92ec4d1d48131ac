import { defineElement } from '../../core/define.js';
import { SeutuBlogTeaser } from './blog-teaser.js';

defineElement('seutu-blog-teaser', SeutuBlogTeaser);

export { SeutuBlogTeaser };
