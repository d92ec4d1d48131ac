import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DIRECTIONS, placeLabels, type LabelPlace, type LabelToPlace } from './label-placement.js';

/**
 * Keeps the names shown beside the map's markers from covering one another or other towns'
 * dots. After each render (the host calls `layOut`) and whenever the map's box changes size
 * (the markers sit in percent of it, the names are in the page's font), each name shown at rest
 * is measured and placed on a free side of its marker (`data-place`), or hidden until hover or
 * focus when none is free. A name shown only on hover or focus keeps its usual place: it is
 * drawn above the others.
 */
export class LabelLayout implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  /** Whether every name is shown at rest (`labels`), not only the current and pinned towns'. */
  #all: () => boolean;
  #resize = new ResizeObserver(() => this.#layout());
  #map: Element | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, all: () => boolean) {
    this.#host = host;
    this.#all = all;
    host.addController(this);
  }

  hostConnected(): void {
    // A web font that arrives late changes every name's width.
    void document.fonts?.ready.then(() => this.#host.isConnected && this.#layout());
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    this.#map = null;
  }

  /** Places the names as rendered: call after each render, and before `seutu-load` fires. */
  layOut(): void {
    const map = this.#host.shadowRoot?.querySelector('.map') ?? null;
    if (map !== this.#map) {
      this.#resize.disconnect();
      if (map) this.#resize.observe(map);
      this.#map = map;
    }
    this.#layout();
  }

  #layout(): void {
    const map = this.#map;
    if (!map) return;
    const bounds = map.getBoundingClientRect();
    // Not laid out (hidden, or in a closed <details>): the observer calls again once it is.
    if (bounds.width === 0) return;
    const all = this.#all();
    // Every town, with what placing its name needs and where its marker's box reaches: a town
    // whose name is not shown at rest still has a dot that the names shown must leave clear.
    const towns: (LabelToPlace & { label: HTMLElement; share: number })[] = [];
    let size = 0;
    for (const marker of map.querySelectorAll<HTMLElement>('.marker')) {
      const label = marker.querySelector<HTMLElement>('.label')!;
      const current = marker.hasAttribute('aria-current');
      const always = current || marker.getAttribute('aria-pressed') === 'true';
      const box = marker.getBoundingClientRect();
      const atRest = all || always;
      // Only the names to place are measured.
      const name = atRest ? label.getBoundingClientRect() : undefined;
      // As the styles draw a marker 1.5em square: a dot of radius 0.3125em in a 0.125em ring,
      // its name 0.5em off (a third of the box); the current town's dot of radius 0.4375em in
      // rings out to 0.6875em, its name at the box's edge, 0.75em off (half the box).
      const share = current ? 0.5 : 1 / 3;
      size = box.width;
      towns.push({
        label,
        share,
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
        reach: box.width * share,
        radius: box.width * ((current ? 0.6875 : 0.4375) / 1.5),
        width: name?.width ?? 0,
        height: name?.height ?? 0,
        atRest,
        always,
        first: marker.classList.contains('flip') ? 'left' : 'right',
      });
    }
    // Names keep a quarter of an em apart.
    placeLabels(towns, bounds, size / 6).forEach((at, i) => place(towns[i]!.label, at, towns[i]!.share));
  }
}

/**
 * Puts a name at its place around the dot, in percent of the marker's box (square, centred on
 * the town), anchored at the side nearest the dot so that a name that grows on hover grows away
 * from it. Through the CSSOM, as the markers are placed: a style attribute is inline style,
 * which a Content Security Policy may block. `none` (hidden at rest for want of room) and no
 * place at all (a name shown on hover only) give the name its usual place.
 */
function place(label: HTMLElement, at: LabelPlace | undefined, share = 0): void {
  const { style, dataset } = label;
  if (at) dataset['place'] = at;
  else delete dataset['place'];
  if (!at || at === 'none') {
    style.left = style.right = style.top = style.translate = '';
    return;
  }
  const [across, down] = DIRECTIONS[at];
  const off = (across && down ? Math.SQRT1_2 : 1) * share * 100;
  style.left = `${50 + across * off}%`;
  style.right = 'auto';
  style.top = `${50 + down * off}%`;
  style.translate = `${(across - 1) * 50}% ${(down - 1) * 50}%`;
}
