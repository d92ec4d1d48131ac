import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Shows a story in a column as narrow as a phone (320 CSS px), where long words must wrap.
 * scripts/test-stories.mjs warns when anything sticks out of it (WCAG 1.4.10 Reflow).
 */
export const narrow: Decorator = (story) =>
  html`<div
    data-seutu-narrow
    style="max-inline-size: 320px; outline: 1px dashed color-mix(in srgb, currentColor 40%, transparent); outline-offset: 0.5rem"
  >
    ${story()}
  </div>`;

/** A card-sized column (36 rem), the width a card usually gets on a page. */
export const cardColumn: Decorator = (story) => html`<div style="max-inline-size: 36rem">${story()}</div>`;
