import { css } from 'lit';

export const blogTeaserStyles = css`
  /* --_rows: how many posts the space reserved while loading is for (1–10, set by the teaser) */
  .loading {
    min-block-size: var(--seutu-loading-min-height, calc(var(--_rows, 3) * 9em));
  }
  [data-layout='cards'] .loading {
    min-block-size: var(--seutu-loading-min-height, 24em);
  }
  [data-layout='compact'] .loading {
    min-block-size: var(--seutu-loading-min-height, calc(var(--_rows, 3) * 2.25em));
  }
  /* the cards and compact layouts have their own styles, loaded with their code (cards-compact-layouts.ts) */
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    overflow-wrap: anywhere;
  }
  /* a post's title heading (the compact layout's titles are links or text, not headings) */
  .body > .title {
    margin: 0 0 0.25em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-end: 0.35em;
  }
  .excerpt {
    margin-block-end: 0.35em;
  }
  /* an excerpt that leads its post stands in for the missing title */
  .body > .excerpt:first-child {
    font-size: 1.0625em;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--seutu-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  /* list: posts one under another, the image beside the text */
  [data-layout='list'] .item {
    padding-block: calc(var(--_gap) * 2);
    border-block-end: 1px solid var(--_border);
  }
  [data-layout='list'] .item:first-child {
    padding-block-start: 0;
  }
  [data-layout='list'] .item:last-child {
    border-block-end: 0;
    padding-block-end: 0;
  }
  [data-layout='list'] .item:has(> .image) {
    display: grid;
    grid-template-columns: min(30%, var(--seutu-thumbnail-width, 8em)) 1fr;
    gap: calc(var(--_gap) * 2);
    align-items: start;
  }

  @media (forced-colors: active) {
    .image {
      border: 1px solid CanvasText;
    }
  }
`;
