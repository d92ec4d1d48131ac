import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { FeedController } from '../../core/feed-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { strings as cityMapStrings } from '../../locales/city-map.js';
import type { City, NetworkFeed } from '../../core/network-feed.js';
import { townFeed } from '../../core/network-feed-reader.js';
import { cityName } from '../../core/city-names.js';
import { currentFilter, regionFilter } from '../../core/city-filter.js';
import { localizedText } from '../../core/localized-text.js';
import { collatorFor } from '../../core/collation.js';
import { LazyModule, stillLoading } from '../../core/lazy-module.js';
import { projectTransverseMercator } from '../../core/transverse-mercator.js';
import { VERSION } from '../../core/version.js';
import { baseStyles } from '../../ui/base-styles.js';
import { heading } from '../../ui/heading.js';
import { emptyView, errorView } from '../../ui/status-views.js';
import { staleNotice } from '../../ui/stale-notice.js';
import { FINLAND_PATH, PROJECTION, VIEW_BOX } from './finland-outline.js';
import { cityMapStyles } from './city-map.styles.js';
import type { LabelLayout } from './label-layout.js';

const { width: WIDTH, height: HEIGHT } = VIEW_BOX;
const VIEW_BOX_ATTRIBUTE = `0 0 ${WIDTH} ${HEIGHT}`;
/** Markers east of this share of the width put their label on the left, inside the map. */
const FLIP_LABEL_AT = 0.6;

/**
 * Places an element at a point of the map, in percent of the map's box, through the CSSOM: a
 * `style` attribute (which Lit's `styleMap` writes on first render) is inline style, blocked by
 * any Content Security Policy with `style-src` or `default-src` and no 'unsafe-inline'.
 */
class PlaceAt extends Directive {
  render(_x: number, _y: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [x, y]: [number, number]): typeof nothing {
    const { style } = part.element as HTMLElement;
    style.left = `${(x / WIDTH) * 100}%`;
    style.top = `${(y / HEIGHT) * 100}%`;
    return nothing;
  }
}
const placeAt = directive(PlaceAt);

interface Town {
  readonly city: City;
  readonly name: string;
  readonly region: string | undefined;
  readonly current: boolean;
  /** Position on the map in viewBox units, or none when the feed gives no usable coordinates. */
  readonly at: readonly [x: number, y: number] | undefined;
}

/**
 * The member towns of the Network of Regional Cities on a map of Finland (Åland included): one
 * marker per town at its coordinates, each a link to the town's website, in Finnish, Swedish or
 * English. Keyboard users move through the markers from north to south, each showing its name
 * when focused or hovered; the map is a labelled group followed by a visually hidden,
 * alphabetical list of the towns and their regions for screen readers. The outline is inline
 * SVG drawn at build time, so the map's box is reserved before the feed arrives. Reads the
 * network feed shipped with the library unless `src` points elsewhere.
 *
 * @tagname seutu-city-map
 * @summary Member towns as markers on a map of Finland, linked to their websites.
 *
 * @slot - Fallback content, e.g. a link to a static list or picture of the towns: shown before the script runs and again under the error message.
 * @slot empty - Replaces the built-in "no towns to show" message.
 * @slot error - Extra content under the error message, e.g. the host page's own contact details.
 *
 * @csspart map - The map's box (a labelled group): outline and markers.
 * @csspart land - The SVG path of Finland's outline.
 * @csspart marker - Each town's marker: a link, or a button with `no-links`. The dot is its `::before`.
 * @csspart current - The current town's marker (also has the part `marker`).
 * @csspart label - A town's name beside its marker: shown on hover and focus, always for the current town, and with `labels` for every town whose name has room.
 * @csspart unplaced - The note naming towns the feed gives no usable coordinates for.
 * @csspart status - The "nothing to show" message.
 * @csspart error - The error message.
 * @csspart stale - The note that the towns shown may be out of date (`cache="local"`, after a failed load).
 *
 * @cssproperty --seutu-map-land - Fill of the land. Default: the text colour at 7 %.
 * @cssproperty --seutu-map-border - Colour of the coastline and borders. Default: the text colour at 60 %.
 * @cssproperty --seutu-map-marker - Colour of the towns' markers (each ringed in the page's background colour). Default: the accent colour.
 * @cssproperty --seutu-map-current - Colour of the current town's marker, which is also larger and ringed. Default: a red with 4.5:1 contrast against the land that follows the page's colour scheme.
 * @cssproperty --seutu-map-width - Preferred width of the map; it never overflows its container and its height follows Finland's shape. Default: 24em.
 * @cssproperty --seutu-accent - Default marker colour. Default: a blue with 4.5:1 contrast that follows the page's colour scheme.
 * @cssproperty --seutu-text - Text colour. Default: inherited from the page.
 * @cssproperty --seutu-muted - The note on towns not on the map. Default: the text colour.
 * @cssproperty --seutu-radius - Corner radius of the labels. Default: 0.375em.
 * @cssproperty --seutu-font-family - Font. Default: inherited from the page.
 * @cssproperty --seutu-focus-ring - Focus outline around a marker. Default: 0.15em solid accent.
 * @cssproperty --seutu-line-height - Line height. Default: 1.5.
 *
 * @fires seutu-load - The feed was loaded and rendered. `detail: { url, count, stale? }`, `count` being the number of valid towns in the feed; `stale: true` when loading failed and the last good copy (`cache="local"`) is shown instead.
 * @fires seutu-error - The feed could not be shown. `detail: { url, reason, status? }`, `reason` one of `network`, `timeout`, `http`, `parse`, `invalid`.
 */
export class SeutuCityMap extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, cityMapStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cache: {},
    region: {},
    current: {},
    labels: { type: Boolean, reflect: true },
    noLinks: { type: Boolean, attribute: 'no-links' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a network feed (`seutu-feed` version 1). Default: the feed shipped beside the library. */
  declare src: string | undefined;

  /** A network feed document given as data instead of `src`; validated the same way. */
  declare feed: unknown;

  /** `local`: keeps the last feed that loaded in the browser (localStorage) and shows it, marked as possibly out of date, when a later load fails. */
  declare cache: 'local' | undefined;

  /** Show only towns in these regions (comma-separated names in any language, case-insensitive). */
  declare region: string | undefined;

  /** Id or municipality code of the town whose site this is: its marker stands out, is labelled and has `aria-current`. */
  declare current: string | undefined;

  /** Shows the towns' names at rest, each on a side of its marker where it covers no other name or town; a name with no room shows on hover and focus. */
  declare labels: boolean;

  /**
   * Markers without links to the towns' websites: each is then a toggle button that keeps its
   * town's name shown (for touch screens, which have no hover).
   */
  declare noLinks: boolean;

  /** Level (1–6) of the heading over the visually hidden list of towns. */
  declare headingLevel: number;

  constructor() {
    super();
    this.labels = false;
    this.noLinks = false;
    this.headingLevel = 3;
  }

  /** Towns whose name a press on their button keeps shown (`no-links`). */
  #pinned = new Set<string>();
  #locale = new LocaleController(this, cityMapStrings);
  // With names shown at rest (the current town's, every town's with `labels`, towns pinned with
  // `no-links`), the code that places each where it hides no other name and no other town,
  // loaded with the feed; once here, it places the names after each render.
  #labelCode = new LazyModule(this, () => import('./label-layout.js'));
  #labelLayout: LabelLayout | undefined;
  // Towns only: the list and the map never load the code that reads projects, and share a reading.
  #feed = new FeedController<NetworkFeed>(this, {
    ...townFeed,
    source: () => ({ src: this.src, data: this.feed, cache: this.cache }),
    // The collator of the town list for screen readers, made while the feed loads.
    prepare: () => (collatorFor(this.#locale.ui), this.#wantLabelCode()),
  });

  #wantLabelCode(): Promise<unknown> | undefined {
    return stillLoading((this.labels || this.noLinks || !!this.current) && this.#labelCode.want());
  }

  protected override willUpdate(): void {
    // Asked for once the towns are shown, the names are placed once the code is here.
    void this.#wantLabelCode();
    const code = this.#labelCode.module;
    if (code && !this.#labelLayout) this.#labelLayout = new code.LabelLayout(this, () => this.labels);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // Here rather than in a controller's hostUpdated, which runs after FeedController's: the
    // names are in place when `seutu-load` fires, and no name moves after it.
    this.#labelLayout?.layOut();
  }

  protected override render(): TemplateResult {
    const msg = this.#locale.msg;
    const state = this.#feed.state;
    // The map box keeps its place in one template from loading to ready, so the outline drawn
    // while the feed loads is the very one the markers join: nothing moves, nothing is redrawn.
    let map: TemplateResult | typeof nothing = nothing;
    let rest: TemplateResult | typeof nothing = nothing;
    if (state.status === 'loading') {
      map = this.#mapView(
        html`<span class="visually-hidden">${msg('Loading the map of member towns…', { id: 'city-map.loading' })}</span>`,
        true,
      );
    } else if (state.status === 'error') {
      rest = errorView(this.#locale.ui, msg('The map of member towns could not be shown.', { id: 'city-map.error' }), state.error);
    } else {
      const towns = this.#towns(state.data);
      if (towns.length === 0) {
        rest = emptyView(msg('There are no towns to show on the map.', { id: 'city-map.empty' }));
      } else {
        // Keyboard order: north to south, west to east at the same latitude.
        const placed = towns
          .filter((town) => town.at)
          .sort((a, b) => b.city.lat! - a.city.lat! || a.city.lon! - b.city.lon!);
        map = this.#mapView(placed.map((town) => this.#marker(town)));
        rest = this.#textView(towns);
      }
    }
    // A stored copy's note goes under the map, which keeps its place from loading to ready.
    const stale = staleNotice(this, this.#locale.ui, state.status === 'ready' && state.stale);
    return html`<div class=${this.labels ? 'root labels' : 'root'}>${map}${stale}${rest}</div>`;
  }

  /** What follows the map: towns it cannot place, then the list of towns for screen readers. */
  #textView(towns: Town[]): TemplateResult {
    const msg = this.#locale.msg;
    const unplaced = towns.filter((town) => !town.at);
    const collator = collatorFor(this.#locale.ui);
    const byName = [...towns].sort((a, b) => collator.compare(a.name, b.name));
    return html`${unplaced.length > 0
        ? html`<p class="status unplaced" part="unplaced">
            ${msg('Not on the map:', { id: 'city-map.unplaced' })}
            ${unplaced.map((town, i) => html`${i > 0 ? ', ' : ''}${this.#link(town)}`)}
          </p>`
        : nothing}<div class="visually-hidden">
        ${heading(this.headingLevel, msg('Member towns in alphabetical order', { id: 'city-map.list-heading' }))}
        <ul>${byName.map(
          (town) =>
            html`<li aria-current=${town.current ? 'true' : nothing}>${
              town.region ? `${town.name}, ${town.region}` : town.name
            }</li>`,
        )}</ul>
      </div>`;
  }

  /** The map's box: outline first, then the markers (or the loading note). */
  #mapView(content: unknown, busy = false): TemplateResult {
    const msg = this.#locale.msg;
    const label = msg('Member towns on a map of Finland', { id: 'city-map.label' });
    return html`<div class="map" part="map" role="group" aria-label=${label} aria-busy=${busy ? 'true' : nothing}>
      <svg viewBox=${VIEW_BOX_ATTRIBUTE} aria-hidden="true" focusable="false">
        <path class="land" part="land" d=${FINLAND_PATH}></path>
      </svg>
      ${content}
    </div>`;
  }

  /** Towns in the chosen regions, named in the reader's language and placed on the map. */
  #towns(feed: NetworkFeed): Town[] {
    const tag = this.#locale.tag;
    const isCurrent = currentFilter(this.current);
    return feed.cities.filter(regionFilter(this.region)).map((city) => ({
      city,
      name: cityName(city, tag),
      region: localizedText(city.region, tag),
      current: isCurrent(city),
      at: place(city),
    }));
  }

  #marker(town: Town): TemplateResult {
    const [x, y] = town.at!;
    const className = x > WIDTH * FLIP_LABEL_AT ? 'marker flip' : 'marker';
    const part = town.current ? 'marker current' : 'marker';
    const current = town.current ? 'true' : nothing;
    // The name is the marker's content, so it is the accessible name whether shown or not.
    const label = html`<span class="label" part="label">${town.name}</span>`;
    if (this.noLinks || !town.city.url) {
      const id = town.city.id;
      const pressed = this.#pinned.has(id) ? 'true' : 'false';
      return html`<button type="button" class=${className} part=${part} ${placeAt(x, y)} aria-current=${current}
        aria-pressed=${pressed} @click=${() => this.#togglePin(id)}>${label}</button>`;
    }
    return html`<a class=${className} part=${part} ${placeAt(x, y)} href=${town.city.url} aria-current=${current}
      >${label}</a>`;
  }

  #link(town: Town): TemplateResult | string {
    return this.noLinks || !town.city.url ? town.name : html`<a href=${town.city.url}>${town.name}</a>`;
  }

  #togglePin(id: string): void {
    if (!this.#pinned.delete(id)) this.#pinned.add(id);
    this.requestUpdate();
  }
}

/** A town's position in viewBox units; none without coordinates or when they fall off the map. */
function place({ lat, lon }: City): [number, number] | undefined {
  if (lat === undefined || lon === undefined) return undefined;
  const [x, y] = projectTransverseMercator(PROJECTION, lon, lat);
  return x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT ? [x, y] : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'seutu-city-map': SeutuCityMap;
  }
}
