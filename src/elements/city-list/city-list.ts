import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { FeedController } from '../../core/feed-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { strings as cityListStrings } from '../../locales/city-list.js';
import type { NetworkFeed } from '../../core/network-feed.js';
import { townFeed } from '../../core/network-feed-reader.js';
import { cityName } from '../../core/city-names.js';
import { LazyModule, stillLoading } from '../../core/lazy-module.js';
import { localizedText } from '../../core/localized-text.js';
import { regionFilter } from '../../core/city-filter.js';
import { collatorFor } from '../../core/collation.js';
import { VERSION } from '../../core/version.js';
import { baseStyles } from '../../ui/base-styles.js';
import { emptyView } from '../../ui/status-views.js';
import { feedStateView } from '../../ui/feed-state-view.js';
import { cityListStyles } from './city-list.styles.js';
import type { TownEntry as Entry } from './town-entry.js';

/**
 * The member towns of the Network of Regional Cities, sorted by the reader's language: as a
 * list, a grid, or one sentence ("Ackas, Alajärvi, … Ylivieska och Äänekoski"). Reads the
 * network feed shipped with the library unless `src` points elsewhere.
 *
 * @tagname seutu-city-list
 * @summary Member towns as a list, grid or sentence, in Finnish, Swedish or English.
 *
 * @slot - Fallback content, e.g. a link to a static list of towns: shown before the script runs and again under the error message.
 * @slot empty - Replaces the built-in "no towns to show" message.
 * @slot error - Extra content under the error message, e.g. the host page's own contact details.
 *
 * @csspart list - The `<ul>` of towns (list and grid layouts, one per region with `group-by`).
 * @csspart item - Each town's `<li>`; the current town also has the part `current`.
 * @csspart current - The current town's `<li>` (list, grid) or link/name (sentence).
 * @csspart link - A town's link to its website.
 * @csspart name - A town's name where it is not a link (`no-links`, or no website in the feed).
 * @csspart region - The region under a town's name in the grid layout.
 * @csspart sentence - The paragraph of the sentence layout.
 * @csspart heading - A region heading with `group-by="region"`.
 * @csspart search - The search box (`searchable`).
 * @csspart search-label - The search box's label.
 * @csspart status - Loading placeholder, "nothing to show" and search-result messages.
 * @csspart error - The error message.
 * @csspart stale - The note that the towns shown may be out of date (`cache="local"`, after a failed load).
 *
 * @cssproperty --seutu-accent - Link and highlight colour. Default: a blue with 4.5:1 contrast that follows the page's colour scheme.
 * @cssproperty --seutu-text - Text colour. Default: inherited from the page.
 * @cssproperty --seutu-muted - Secondary text (regions, messages). Default: the text colour.
 * @cssproperty --seutu-surface - Background of grid cells and the current town. Default: transparent.
 * @cssproperty --seutu-border - Border colour of grid cells and the search box. Default: the text colour at 30 %.
 * @cssproperty --seutu-radius - Corner radius. Default: 0.375em.
 * @cssproperty --seutu-gap - Space between towns. Default: 0.5em.
 * @cssproperty --seutu-font-family - Font. Default: inherited from the page.
 * @cssproperty --seutu-focus-ring - Focus outline. Default: 0.15em solid accent.
 * @cssproperty --seutu-line-height - Line height. Default: 1.5.
 * @cssproperty --seutu-column-width - Ideal column width of the list and grid layouts. Default: 11em.
 * @cssproperty --seutu-loading-min-height - Space reserved while the feed loads. Default: 6em for the sentence, 20em otherwise.
 *
 * @fires seutu-load - The feed was loaded and rendered. `detail: { url, count, stale? }`, `count` being the number of valid towns in the feed; `stale: true` when loading failed and the last good copy (`cache="local"`) is shown instead.
 * @fires seutu-error - The feed could not be shown. `detail: { url, reason, status? }`, `reason` one of `network`, `timeout`, `http`, `parse`, `invalid`.
 */
export class SeutuCityList extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, cityListStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cache: {},
    layout: { reflect: true },
    region: {},
    groupBy: { attribute: 'group-by' },
    searchable: { type: Boolean },
    current: {},
    noLinks: { type: Boolean, attribute: 'no-links' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    query: { state: true },
  };

  /** URL of a network feed (`seutu-feed` version 1). Default: the feed shipped beside the library. */
  declare src: string | undefined;

  /** A network feed document given as data instead of `src`; validated the same way. */
  declare feed: unknown;

  /** `local`: keeps the last feed that loaded in the browser (localStorage) and shows it, marked as possibly out of date, when a later load fails. */
  declare cache: 'local' | undefined;

  /** `list` (default), `grid`, or `sentence` ("A, B and C"). */
  declare layout: 'list' | 'grid' | 'sentence';

  /** Show only towns in these regions (comma-separated names in any language, case-insensitive). */
  declare region: string | undefined;

  /** `region` puts a heading over each region's towns. */
  declare groupBy: 'region' | undefined;

  /** Adds a labelled search box that filters the towns by Finnish, Swedish or English name. */
  declare searchable: boolean;

  /** Id or municipality code of the town whose site this is: marked with `aria-current`. */
  declare current: string | undefined;

  /** Names without links to the towns' websites. */
  declare noLinks: boolean;

  /** Level (1–6) of the element's own headings. */
  declare headingLevel: number;

  /** @internal The search box's text. */
  declare query: string;

  constructor() {
    super();
    this.layout = 'list';
    this.searchable = false;
    this.noLinks = false;
    this.headingLevel = 3;
    this.query = '';
  }

  #locale = new LocaleController(this, cityListStrings);
  // What few lists use, each in a module of its own, loaded with the feed when asked for.
  #search = new LazyModule(this, () => import('./town-search.js'));
  #groups = new LazyModule(this, () => import('./town-groups.js'));
  #sentence = new LazyModule(this, () => import('./town-sentence.js'));
  #grid = new LazyModule(this, () => import('./town-grid.js'));
  // Towns only: the list and the map never load the code that reads projects, and share a reading.
  #feed = new FeedController<NetworkFeed>(this, {
    ...townFeed,
    source: () => ({ src: this.src, data: this.feed, cache: this.cache }),
    // The collator too, made while the feed loads rather than delaying the towns' first render.
    prepare: () => (collatorFor(this.#locale.ui), this.#features()),
  });

  /** Loads the modules of the features the attributes ask for; undefined when they are all here. */
  #features(): Promise<unknown> | undefined {
    return stillLoading(
      this.searchable && this.#search.want(),
      this.groupBy === 'region' && this.#groups.want(),
      this.layout === 'sentence' && this.#sentence.want(),
      this.layout === 'grid' && this.#grid.want(),
    );
  }

  protected override willUpdate(): void {
    // A feature asked for once the towns are shown: they are shown without it until it loads.
    void this.#features();
    // Its styles come with its module, in place before it is first shown.
    for (const feature of [this.#search, this.#groups, this.#grid]) {
      feature.module?.adoptStyles(this.renderRoot as ShadowRoot);
    }
  }

  protected override render(): TemplateResult {
    const msg = this.#locale.msg;
    const state = this.#feed.state;
    const body = feedStateView(
      this,
      this.#locale.ui,
      state,
      {
        loading: msg('Loading member towns…', { id: 'city-list.loading' }),
        error: msg('The member towns could not be shown.', { id: 'city-list.error' }),
      },
      (data) => this.#readyView(data),
    );
    return html`<div class="root" data-layout=${this.layout}>${body}</div>`;
  }

  #readyView(feed: NetworkFeed): unknown {
    const msg = this.#locale.msg;
    const inRegion = this.#entries(feed);
    if (inRegion.length === 0) {
      return emptyView(msg('There are no towns to show.', { id: 'city-list.empty' }));
    }
    const search = this.searchable ? this.#search.module : undefined;
    const groups = this.groupBy === 'region' ? this.#groups.module : undefined;
    const shown = search ? search.matchingTowns(inRegion, this.query) : inRegion;
    return [
      search ? search.searchView(this.#locale.ui, this.query, shown.length, (query) => (this.query = query)) : nothing,
      shown.length === 0 && search
        ? search.noMatchView(this.#locale.ui, this.query)
        : groups
          ? groups.groupedView(shown, {
              ui: this.#locale.ui,
              headingLevel: this.headingLevel,
              townsView: (entries) => this.#townsView(entries),
            })
          : this.#townsView(shown),
    ];
  }

  /** Towns in the chosen regions, named and sorted in the reader's language. */
  #entries(feed: NetworkFeed): Entry[] {
    const tag = this.#locale.tag;
    const current = this.current?.trim().toLowerCase();
    const collator = collatorFor(this.#locale.ui);
    // Region names show only in the grid and as group headings: read them only then.
    const withRegion = this.layout === 'grid' || this.groupBy === 'region';
    // Without a region no town is left out: the filter's pass over every town is skipped.
    return (this.region ? feed.cities.filter(regionFilter(this.region)) : feed.cities)
      .map((city) => ({
        city,
        name: cityName(city, tag),
        region: withRegion ? localizedText(city.region, tag) : undefined,
        current: !!current && (city.id === current || city.code === current),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  #townsView(entries: readonly Entry[]): TemplateResult {
    const sentence = this.layout === 'sentence' ? this.#sentence.module : undefined;
    if (sentence) return sentence.sentenceView(entries, this.#locale.ui, (entry) => this.#townName(entry));
    const plain = this.layout !== 'grid' && !this.noLinks && entries.every((e) => !e.current && e.city.url);
    return html`<ul part="list" class="towns">
      ${plain ? linkItems(entries) : entries.map((entry) => this.#townItem(entry))}
    </ul>`;
  }

  #townItem(entry: Entry): TemplateResult {
    const region =
      this.layout === 'grid' && entry.region
        ? html`<span part="region" class="region">${entry.region}</span>`
        : nothing;
    return html`<li part=${entry.current ? 'item current' : 'item'} class=${entry.current ? 'current' : ''}>
      ${this.#townName(entry)} ${region}
    </li>`;
  }

  #townName({ city, name, current }: Entry): TemplateResult {
    const currentAttr = current ? 'true' : nothing;
    // In the sentence the name itself is the current town's only box, so it carries the part.
    const extra = current && this.layout === 'sentence' ? ' current' : '';
    if (this.noLinks || !city.url) {
      return html`<span part=${`name${extra}`} class="name" aria-current=${currentAttr}>${name}</span>`;
    }
    return html`<a part=${`link${extra}`} class="name" href=${city.url} aria-current=${currentAttr}>${name}</a>`;
  }
}

/** A plain town's `<li>`, cloned for each: one call per town instead of a template's clone. */
let linkItem: HTMLLIElement | undefined;

/**
 * Towns that are only a link each (the usual list), built as DOM: instantiating a Lit template
 * per town cost the first render of 56 towns more than the rest of the element's work.
 */
function linkItems(entries: readonly Entry[]): DocumentFragment {
  // Built by calls, not innerHTML, which a page that enforces Trusted Types refuses.
  if (!linkItem) {
    linkItem = Object.assign(document.createElement('li'), { part: 'item' });
    linkItem.append(Object.assign(document.createElement('a'), { part: 'link', className: 'name' }));
  }
  const list = document.createDocumentFragment();
  for (const { city, name } of entries) {
    const item = linkItem.cloneNode(true) as HTMLLIElement;
    const link = item.firstChild as HTMLAnchorElement;
    link.href = city.url!;
    link.textContent = name;
    list.append(item);
  }
  return list;
}

declare global {
  interface HTMLElementTagNameMap {
    'seutu-city-list': SeutuCityList;
  }
}
