import { css } from 'lit';

/**
 * What every widget shares: inherit the host page's font and colour, size everything in `em` so
 * a host `html { font-size: 62.5% }` cannot shrink the widget, take colours from `--seutu-*`
 * properties with defaults that follow the page's colour scheme, and keep focus visible,
 * including in forced-colours mode. Typography sits on `.root`, not `:host`, because page styles
 * aimed at the host element (`* { line-height: 0.8 }`) beat `:host` rules.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--seutu-font-family, inherit);
    color: var(--seutu-text, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_accent: var(--seutu-accent, light-dark(#0a58a8, #9cc8ff));
    --_muted: var(--seutu-muted, currentColor);
    --_border: var(--seutu-border, color-mix(in srgb, currentColor 30%, transparent));
    --_surface: var(--seutu-surface, transparent);
    --_radius: var(--seutu-radius, 0.375em);
    --_gap: var(--seutu-gap, 0.5em);
    --_focus: var(--seutu-focus-ring, 0.15em solid var(--_accent));
    box-sizing: border-box;
    line-height: var(--seutu-line-height, 1.5);
    text-align: start;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 0.15em;
  }
  p {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 1em 0 0.5em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .loading {
    min-block-size: var(--seutu-loading-min-height, 6em);
  }
  .status {
    color: var(--_muted);
  }
  .error {
    margin-block-end: 0.5em;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
