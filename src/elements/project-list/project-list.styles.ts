import { css } from 'lit';

export const projectListStyles = css`
  .loading {
    min-block-size: var(--seutu-loading-min-height, 20em);
  }
  .projects {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-layout='grid'] .projects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--seutu-column-width, 18em)), 1fr));
  }
`;
