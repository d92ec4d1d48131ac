import { css } from 'lit';
import { adoptSheet } from '../../ui/adopt-sheet.js';

/**
 * The grid layout's styles (`layout="grid"`), which few lists use: a cell per town with its
 * region. Loaded, and adopted by the list, only for that layout; the towns wait for it as they
 * wait for the feed, so nothing moves when it arrives.
 */
const styles = css`
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
  .region {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [data-layout='grid'] .current {
    border-color: var(--_accent);
    border-width: 2px;
  }
  @media (forced-colors: active) {
    [data-layout='grid'] .current {
      border-color: Highlight;
    }
  }
`;

/** Adds these styles to the list's shadow root, once: the list calls it before each render. */
export const adoptStyles = (root: ShadowRoot): void => adoptSheet(root, styles);
