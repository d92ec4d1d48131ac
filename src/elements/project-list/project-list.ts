import { LitElement, html, type TemplateResult } from 'lit';
import { FeedController } from '../../core/feed-controller.js';
import { collatorFor } from '../../core/collation.js';
import { LocaleController } from '../../core/locale-controller.js';
import { strings as projectListStrings } from '../../locales/project-list.js';
import { strings as projectCardStrings } from '../../locales/project-card.js';
import type { NetworkFeed } from '../../core/network-feed.js';
import { readNetworkFeed } from '../../core/network-feed-reader.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { filterProjects, limitProjects } from '../../core/project-filter.js';
import { sortProjects } from '../../core/project-order.js';
import { VERSION } from '../../core/version.js';
import { baseStyles } from '../../ui/base-styles.js';
import { projectCardStyles } from '../../ui/project-card-styles.js';
import { projectCardView } from '../../ui/project-card-view.js';
import { withRareParts } from '../../ui/rare-card-parts-loader.js';
import { emptyView } from '../../ui/status-views.js';
import { feedStateView } from '../../ui/feed-state-view.js';
import { projectListStyles } from './project-list.styles.js';

/**
 * The projects of the Network of Regional Cities as cards, in Finnish, Swedish or English:
 * ongoing first, then planned, then completed, each group newest first. Filter by status, town
 * or tag; `city="ylivieska"` gives a member town's own "our projects" list. Reads the network
 * feed shipped with the library unless `src` points elsewhere.
 *
 * @tagname seutu-project-list
 * @summary Network projects as a list or grid of cards, filtered by status, town or tag.
 *
 * @slot - Fallback content, e.g. a link to the network's project page: shown before the script runs and again under the error message.
 * @slot empty - Replaces the built-in "no projects to show" message.
 * @slot error - Extra content under the error message.
 *
 * @csspart list - The `<ul>` of projects.
 * @csspart item - Each project's `<li>`.
 * @csspart card - The `<article>` inside each item.
 * @csspart heading - A project's title, a heading at `heading-level`.
 * @csspart badge - A status badge (Planned, Ongoing, Completed); its `data-status` attribute holds `planned`, `ongoing` or `completed`.
 * @csspart dates - A project's period.
 * @csspart summary - A project's summary.
 * @csspart towns - A project's lead town and towns taking part (`<dl>`).
 * @csspart lead - A lead town's name.
 * @csspart town-list - A `<ul>` of town names.
 * @csspart more-towns - The `<details>` holding the towns after the sixth ("and N more").
 * @csspart link - A "Read more" link.
 * @csspart image - A project's image.
 * @csspart status - Loading placeholder and "nothing to show" message.
 * @csspart error - The error message.
 * @csspart stale - The note that the projects shown may be out of date (`cache="local"`, after a failed load).
 *
 * @cssproperty --seutu-accent - Link colour. Default: a blue with 4.5:1 contrast that follows the page's colour scheme.
 * @cssproperty --seutu-text - Text colour. Default: inherited from the page.
 * @cssproperty --seutu-muted - Secondary text (periods, messages). Default: the text colour.
 * @cssproperty --seutu-surface - Card background. Default: transparent.
 * @cssproperty --seutu-border - Card and badge border colour. Default: the text colour at 30 %.
 * @cssproperty --seutu-radius - Corner radius. Default: 0.375em.
 * @cssproperty --seutu-gap - Space inside cards; twice it between cards. Default: 0.5em.
 * @cssproperty --seutu-font-family - Font. Default: inherited from the page.
 * @cssproperty --seutu-focus-ring - Focus outline. Default: 0.15em solid accent.
 * @cssproperty --seutu-line-height - Line height. Default: 1.5.
 * @cssproperty --seutu-column-width - Smallest card width in the grid layout. Default: 18em.
 * @cssproperty --seutu-card-padding - Space inside a card. Default: 1em.
 * @cssproperty --seutu-image-aspect-ratio - Proportions of image boxes. Default: 16 / 9.
 * @cssproperty --seutu-status-planned - Colour of the planned badge's dot. Default: amber.
 * @cssproperty --seutu-status-ongoing - Colour of the ongoing badge's dot. Default: green.
 * @cssproperty --seutu-status-completed - Colour of the completed badge's dot. Default: the text colour at 55 %.
 * @cssproperty --seutu-loading-min-height - Space reserved while the feed loads. Default: 20em.
 *
 * @fires seutu-load - The feed was loaded and rendered. `detail: { url, count, stale? }`, `count` being the number of valid projects in the feed; `stale: true` when loading failed and the last good copy (`cache="local"`) is shown instead.
 * @fires seutu-error - The feed could not be shown. `detail: { url, reason, status? }`, `reason` one of `network`, `timeout`, `http`, `parse`, `invalid`.
 */
export class SeutuProjectList extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, projectCardStyles, projectListStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cache: {},
    status: {},
    city: {},
    tag: {},
    limit: { type: Number },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a network feed (`seutu-feed` version 1). Default: the feed shipped beside the library. */
  declare src: string | undefined;

  /** A network feed document given as data instead of `src`; validated the same way. */
  declare feed: unknown;

  /** `local`: keeps the last feed that loaded in the browser (localStorage) and shows it, marked as possibly out of date, when a later load fails. */
  declare cache: 'local' | undefined;

  /** Only projects with these statuses: comma-separated `planned`, `ongoing`, `completed`. */
  declare status: string | undefined;

  /** Only projects this town leads or takes part in: town id (`ylivieska`) or municipality code (`977`); comma-separated for several. */
  declare city: string | undefined;

  /** Only projects with this tag; comma-separated for any of several. */
  declare tag: string | undefined;

  /** At most this many projects (after filtering and ordering). */
  declare limit: number | undefined;

  /** `list` (default, one card under another) or `grid` (cards side by side where they fit). */
  declare layout: 'list' | 'grid';

  /** Level (1–6) of the cards' title headings. */
  declare headingLevel: number;

  constructor() {
    super();
    this.layout = 'list';
    this.headingLevel = 3;
  }

  #locale = new LocaleController(this, projectListStrings, projectCardStrings);
  #feed = new FeedController<NetworkFeed>(this, {
    source: () => ({ src: this.src, data: this.feed, cache: this.cache }),
    kind: 'network',
    interpret: (json, url) => withRareParts(readNetworkFeed(json, url)),
    count: (feed) => feed.projects.length,
    defaultUrl: defaultFeedUrl,
    // The collator of the cards' towns, made while the feed loads.
    prepare: () => void collatorFor(this.#locale.ui),
  });

  protected override render(): TemplateResult {
    const msg = this.#locale.msg;
    const state = this.#feed.state;
    const body = feedStateView(
      this,
      this.#locale.ui,
      state,
      {
        loading: msg('Loading projects…', { id: 'project-list.loading' }),
        error: msg('The projects could not be shown.', { id: 'project-list.error' }),
      },
      (data) => this.#readyView(data),
    );
    return html`<div class="root" data-layout=${this.layout === 'grid' ? 'grid' : 'list'}>${body}</div>`;
  }

  #readyView(feed: NetworkFeed): TemplateResult {
    const msg = this.#locale.msg;
    const filtered = filterProjects(feed, { status: this.status, city: this.city, tag: this.tag });
    const projects = limitProjects(sortProjects(filtered), this.limit);
    if (projects.length === 0) {
      return emptyView(msg('There are no projects to show.', { id: 'project-list.empty' }));
    }
    const context = {
      msg,
      tag: this.#locale.tag,
      ui: this.#locale.ui,
      towns: new Map(feed.cities.map((city) => [city.id, city])),
      headingLevel: this.headingLevel,
      host: this,
    };
    return html`<ul class="projects" part="list">
      ${projects.map(
        (project) => html`<li part="item">${projectCardView(project, { ...context, idPrefix: `${project.id}-` })}</li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seutu-project-list': SeutuProjectList;
  }
}
