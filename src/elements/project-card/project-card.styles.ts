import { css } from 'lit';

export const projectCardElementStyles = css`
  .loading {
    min-block-size: var(--seutu-loading-min-height, 12em);
  }
`;
