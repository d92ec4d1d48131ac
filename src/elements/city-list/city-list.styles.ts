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
  /* A long one-word name must not stick out of a 320 px column (WCAG 1.4.10 reflow). */
  .name,
  .sentence {
    overflow-wrap: anywhere;
  }
  .current > .name,
  .sentence .name[aria-current] {
    font-weight: 700;
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
  @media (forced-colors: active) {
    [data-layout='list'] .current > .name::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
