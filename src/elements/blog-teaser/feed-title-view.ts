import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { itemHeading } from '../../ui/item-heading.js';
import { rel } from './link-rel.js';

/**
 * The feed's title as a heading at `level`, linked to the feed's home page where it has one.
 * The title's text, id `feed-title`, names the list of posts. Made with the heading the posts
 * use, which the teaser loads anyway. Loaded only by teasers with `show-title`.
 */
export function feedTitleView(
  title: string,
  homePageUrl: string | undefined,
  level: number,
  lang: string | undefined,
): TemplateResult {
  return itemHeading(
    level,
    'heading',
    homePageUrl
      ? html`<a part="heading-link" id="feed-title" href=${homePageUrl} rel=${ifDefined(rel(homePageUrl))}
          lang=${ifDefined(lang)}>${title}</a>`
      : html`<span id="feed-title" lang=${ifDefined(lang)}>${title}</span>`,
  );
}
