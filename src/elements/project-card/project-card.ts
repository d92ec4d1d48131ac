import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from '../../core/feed-controller.js';
import { collatorFor } from '../../core/collation.js';
import { FeedError } from '../../core/feed-error.js';
import { LocaleController } from '../../core/locale-controller.js';
import { strings as projectCardStrings } from '../../locales/project-card.js';
import type { NetworkFeed, Project } from '../../core/network-feed.js';
import { readNetworkFeed } from '../../core/network-feed-reader.js';
import { defaultFeedUrl } from '../../core/default-feed-url.js';
import { VERSION } from '../../core/version.js';
import { baseStyles } from '../../ui/base-styles.js';
import { projectCardStyles } from '../../ui/project-card-styles.js';
import { projectCardView } from '../../ui/project-card-view.js';
import { withRareParts } from '../../ui/rare-card-parts-loader.js';
import { errorView } from '../../ui/status-views.js';
import { feedStateView } from '../../ui/feed-state-view.js';
import { projectCardElementStyles } from './project-card.styles.js';

/** A project given as data, with the feed that names its towns: one source for the loader. */
class ProjectInput {
  constructor(
    readonly project: object,
    readonly feed: unknown,
  ) {}
}

/**
 * One project of the Network of Regional Cities: its title, status, period, summary, the towns
 * taking part, a "Read more" link and an image, in Finnish, Swedish or English. Reads the
 * network feed shipped with the library unless `src` points elsewhere.
 *
 * @tagname seutu-project-card
 * @summary One network project as a card, in Finnish, Swedish or English.
 *
 * @slot - Fallback content, e.g. a link to the project's page: shown before the script runs and again under the error message.
 * @slot error - Extra content under the error message.
 *
 * @csspart card - The `<article>` holding the project.
 * @csspart heading - The project's title, a heading at `heading-level`.
 * @csspart badge - The status badge (Planned, Ongoing, Completed); its `data-status` attribute holds `planned`, `ongoing` or `completed`.
 * @csspart dates - The project's period.
 * @csspart summary - The summary paragraph.
 * @csspart towns - The list of the lead town and the towns taking part (`<dl>`).
 * @csspart lead - The lead town's name.
 * @csspart town-list - A `<ul>` of town names.
 * @csspart more-towns - The `<details>` holding the towns after the sixth ("and N more").
 * @csspart link - The "Read more" link.
 * @csspart image - The project's image.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 * @csspart stale - The note that the project shown may be out of date (`cache="local"`, after a failed load).
 *
 * @cssproperty --seutu-accent - Link colour. Default: a blue with 4.5:1 contrast that follows the page's colour scheme.
 * @cssproperty --seutu-text - Text colour. Default: inherited from the page.
 * @cssproperty --seutu-muted - Secondary text (the period, messages). Default: the text colour.
 * @cssproperty --seutu-surface - Card background. Default: transparent.
 * @cssproperty --seutu-border - Card and badge border colour. Default: the text colour at 30 %.
 * @cssproperty --seutu-radius - Corner radius. Default: 0.375em.
 * @cssproperty --seutu-gap - Space between the card's parts. Default: 0.5em.
 * @cssproperty --seutu-font-family - Font. Default: inherited from the page.
 * @cssproperty --seutu-focus-ring - Focus outline. Default: 0.15em solid accent.
 * @cssproperty --seutu-line-height - Line height. Default: 1.5.
 * @cssproperty --seutu-card-padding - Space inside the card. Default: 1em.
 * @cssproperty --seutu-image-aspect-ratio - Proportions of the image box. Default: 16 / 9.
 * @cssproperty --seutu-status-planned - Colour of the planned badge's dot. Default: amber.
 * @cssproperty --seutu-status-ongoing - Colour of the ongoing badge's dot. Default: green.
 * @cssproperty --seutu-status-completed - Colour of the completed badge's dot. Default: the text colour at 55 %.
 * @cssproperty --seutu-loading-min-height - Space reserved while the feed loads. Default: 12em.
 *
 * @fires seutu-load - The project was found and rendered. `detail: { url, count, stale? }`, `count` being 1; `url` is null for data set as a property; `stale: true` when loading failed and the last good copy (`cache="local"`) is shown instead.
 * @fires seutu-error - The project could not be shown. `detail: { url, reason, status? }`, `reason` one of `network`, `timeout`, `http`, `parse`, `invalid`, `not-found` (no project with that id).
 */
export class SeutuProjectCard extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, projectCardStyles, projectCardElementStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cache: {},
    project: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a network feed (`seutu-feed` version 1). Default: the feed shipped beside the library. */
  declare src: string | undefined;

  /** A network feed document given as data instead of `src`; validated the same way. */
  declare feed: unknown;

  /** `local`: keeps the last feed that loaded in the browser (localStorage) and shows it, marked as possibly out of date, when a later load fails. */
  declare cache: 'local' | undefined;

  /**
   * The project's id in the feed (attribute `project`), or, as a JS property, one project
   * object, validated like a feed entry. Its towns are named from `feed` when that is set too.
   */
  declare project: string | object | undefined;

  /** Level (1–6) of the title heading. */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  #locale = new LocaleController(this, projectCardStrings);
  #input: ProjectInput | undefined;
  #feed = new FeedController<NetworkFeed>(this, {
    kind: 'network',
    interpret: (json, url) =>
      withRareParts(
        json instanceof ProjectInput
          ? // Few pages give a project as data: the code that reads one loads only for them.
            import('../../core/project-data-reader.js').then((reader) => reader.readProjectData(json.project, json.feed))
          : readNetworkFeed(json, url),
      ),
    count: () => 1,
    defaultUrl: defaultFeedUrl,
    check: (feed) => (this.#find(feed) ? undefined : this.#notFound()),
    // The collator of the card's towns, made while the feed loads.
    prepare: () => void collatorFor(this.#locale.ui),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every update: the controller compares sources itself and loads only when one changed.
    const { project, feed } = this;
    if (typeof project !== 'object' || project === null) {
      this.#input = undefined;
    } else if (this.#input?.project !== project || this.#input.feed !== feed) {
      this.#input = new ProjectInput(project, feed);
    }
    this.#feed.setSource({ src: this.src, data: this.#input ?? feed, cache: this.cache });
    // Another id in the same feed: look again without loading again.
    if (changed.has('project')) this.#feed.recheck();
  }

  protected override render(): TemplateResult {
    const { msg, ui, tag } = this.#locale;
    const error = msg('The project could not be shown.', { id: 'project-card.error' });
    const loading = msg('Loading the project…', { id: 'project-card.loading' });
    const body = feedStateView(this, ui, this.#feed.state, { loading, error }, (data) => {
      const project = this.#find(data);
      // An id the data lacks, set since it loaded: said at once, before `recheck` reports it.
      return project
        ? projectCardView(project, {
            msg,
            tag,
            ui,
            towns: new Map(data.cities.map((city) => [city.id, city])),
            headingLevel: this.headingLevel,
            idPrefix: '',
            host: this,
          })
        : errorView(ui, error, this.#notFound());
    });
    return html`<div class="root">${body}</div>`;
  }

  #id(): string {
    return typeof this.project === 'string' ? this.project.trim().toLowerCase() : '';
  }

  #find(feed: NetworkFeed): Project | undefined {
    if (this.#input) return feed.projects[0];
    const id = this.#id();
    return id ? feed.projects.find((project) => project.id === id) : undefined;
  }

  #notFound(): FeedError {
    const id = this.#id();
    return new FeedError('not-found', id ? `no project "${id}" in the feed` : 'no project attribute given');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seutu-project-card': SeutuProjectCard;
  }
}
