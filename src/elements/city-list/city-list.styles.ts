import { css } from 'lit';

export const cityListStyles = css`
  .loading {
    min-block-size: var(--seutu-loading-min-height, 20em);
  }
  [data-layout='sentence'] .loading {
    min-block-size: var(--seutu-loading-min-height, 6em);
  }
  .towns {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-layout='list'] .towns {
    columns: var(--seutu-column-width, 11em);
    column-gap: calc(var(--_gap) * 3);
  }
  [data-layout='list'] .towns li {
    break-inside: avoid;
    padding-block: calc(var(--_gap) / 4);
  }
  [data-layout='grid'] .towns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--seutu-column-width, 11em)), 1fr));
    gap: var(--_gap);
  }
  [data-layout='grid'] .towns li {
    display: flex;
    flex-direction: column;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A long one-word name must not stick out of a 320 px column (WCAG 1.4.10 reflow). */
  .name,
  .sentence {
    overflow-wrap: anywhere;
  }
  .region {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .current > .name,
  .sentence .name[aria-current] {
    font-weight: 700;
  }
  [data-layout='list'] .current {
    list-style: none;
  }
  [data-layout='list'] .current > .name::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
    vertical-align: 0.1em;
  }
  [data-layout='grid'] .current {
    border-color: var(--_accent);
    border-width: 2px;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 1em;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
    inline-size: min(100%, 16em);
  }
  .group h1,
  .group h2,
  .group h3,
  .group h4,
  .group h5,
  .group h6 {
    margin-block-start: 1em;
  }
  .group:first-child > :first-child {
    margin-block-start: 0;
  }
  @media (forced-colors: active) {
    [data-layout='list'] .current > .name::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    [data-layout='grid'] .current {
      border-color: Highlight;
    }
  }
`;
