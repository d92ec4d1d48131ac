import { css, unsafeCSS } from 'lit';
import { VIEW_BOX } from './finland-outline.js';

// The markers are HTML over the SVG outline, placed in percent of the map's box: their names stay
// real text at the page's font size (and zoom), whatever size the map is drawn at. The box's
// aspect ratio is reserved from the first render, before any data (the outline needs none), and
// it clips, so labels near the edges never make the page scroll sideways. Its width is its own
// (`--seutu-map-width`, at most its container's): a width only in percent of the element would
// be zero where a layout sizes the element by its content (a flex row or centred column, a grid
// column sized `auto`, inline-block), and the map would vanish. A marker's target
// (1.5em) is larger than its dot, which is centred on the town. With every name shown (`labels`),
// names get a halo instead of a box so that they hide fewer dots. (No comments inside the CSS:
// they would ship.)
export const cityMapStyles = css`
  :host {
    min-inline-size: 0;
  }
  .map + .stale {
    margin-block-start: 0.5em;
  }
  .map {
    --_land: var(--seutu-map-land, color-mix(in srgb, currentColor 7%, transparent));
    --_coast: var(--seutu-map-border, color-mix(in srgb, currentColor 60%, transparent));
    --_marker: var(--seutu-map-marker, var(--_accent));
    --_current: var(--seutu-map-current, light-dark(#c4281c, #ff9c8f));
    position: relative;
    inline-size: var(--seutu-map-width, 24em);
    max-inline-size: 100%;
    aspect-ratio: ${unsafeCSS(`${VIEW_BOX.width} / ${VIEW_BOX.height}`)};
    overflow: clip;
  }
  svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    display: block;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_coast);
    stroke-width: 1px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .marker {
    position: absolute;
    inline-size: 1.5em;
    block-size: 1.5em;
    translate: -50% -50%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .marker::before {
    content: '';
    position: absolute;
    inset: 0.4375em;
    border-radius: 50%;
    background: var(--_marker);
    box-shadow: 0 0 0 0.125em Canvas;
  }
  .marker[aria-current]::before {
    inset: 0.3125em;
    background: var(--_current);
    box-shadow:
      0 0 0 0.125em Canvas,
      0 0 0 0.25em var(--_current);
  }
  .marker:focus-visible {
    outline-offset: 0.0625em;
  }
  .label {
    position: absolute;
    inset-block-start: 50%;
    left: 100%;
    translate: 0 -50%;
    padding: 0.125em 0.375em;
    border-radius: var(--_radius);
    font-size: 0.875em;
    line-height: 1.25;
    white-space: nowrap;
    color: CanvasText;
    background: Canvas;
    box-shadow: 0 0 0 1px color-mix(in srgb, CanvasText 40%, transparent);
    pointer-events: none;
    opacity: 0;
  }
  .flip .label {
    left: auto;
    right: 100%;
  }
  a.marker:hover .label {
    text-decoration: underline;
  }
  .marker[aria-current],
  .marker[aria-pressed='true'] {
    z-index: 1;
  }
  .marker:hover,
  .marker:focus {
    z-index: 2;
  }
  .marker:hover .label,
  .marker:focus .label,
  .marker[aria-current] .label,
  .marker[aria-pressed='true'] .label,
  .labels .label {
    opacity: 1;
  }
  .labels .marker:not(:hover, :focus, [aria-current], [aria-pressed='true']) .label[data-place='none'] {
    opacity: 0;
  }
  .marker[aria-current] .label {
    font-weight: 700;
  }
  .labels .marker:not(:hover, :focus, [aria-current]) .label {
    font-size: 0.75em;
    padding-inline: 0.25em;
    background: none;
    box-shadow: none;
    text-shadow:
      0 0 0.125em Canvas,
      0 0 0.125em Canvas,
      0 0 0.25em Canvas;
  }
  .unplaced {
    margin-block-start: 0.5em;
  }
  @media (forced-colors: active) {
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker::before {
      forced-color-adjust: none;
      background: LinkText;
      box-shadow: 0 0 0 0.125em Canvas;
    }
    button.marker::before {
      background: ButtonText;
    }
    .marker[aria-current]::before {
      background: Highlight;
      box-shadow:
        0 0 0 0.125em Canvas,
        0 0 0 0.25em CanvasText;
    }
    .label {
      border: 1px solid CanvasText;
    }
  }
`;
