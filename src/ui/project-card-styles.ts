import { css } from 'lit';

/**
 * A project card's look, shared by `<seutu-project-card>` and the cards of
 * `<seutu-project-list>` (each renders cards in its own shadow root). Uses the `--_*` values
 * that `baseStyles` derives from the `--seutu-*` custom properties.
 */
export const projectCardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    block-size: 100%;
    padding: var(--seutu-card-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .card > [part='heading'] {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.05em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.875em;
    --_dot: var(--seutu-status-ongoing, light-dark(#1a7f37, #4ac26b));
  }
  .badge[data-status='planned'] {
    --_dot: var(--seutu-status-planned, light-dark(#9a6700, #d4a72c));
  }
  .badge[data-status='completed'] {
    --_dot: var(--seutu-status-completed, color-mix(in srgb, currentColor 55%, transparent));
  }
  .badge::before {
    content: '';
    border: 0.3em solid var(--_dot);
    border-radius: 50%;
  }
  .dates {
    color: var(--_muted);
  }
  .towns {
    display: grid;
    gap: calc(var(--_gap) / 2);
    margin: 0;
  }
  .towns dt {
    font-weight: 700;
    font-size: 0.875em;
  }
  .towns dd {
    margin: 0;
  }
  .town-list {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .town-list li:not(:last-child)::after {
    content: ',';
    margin-inline-end: 0.3em;
  }
  .more {
    margin-block-start: auto;
  }
  /* A flex item, so a block; left out of the card when it fails to load (broken-images.ts). */
  .image {
    order: -1;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--seutu-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
`;
