import { css, html, type TemplateResult } from 'lit';
import type { FeedError } from '../core/feed-error.js';
import type { UiLocale } from '../core/locale.js';
import { msgFor } from '../core/message-lookup.js';
import { str } from '../core/str-tag.js';
import { strings as errorStrings } from '../locales/error.js';
import { adoptSheet } from './adopt-sheet.js';

/*
 * What an element says when its feed fails: why, or that what it shows instead (the last good
 * copy) may be out of date. Loaded only when a feed fails (`core/failure-text-loader.ts`): most
 * pages never show either. The note's styles come with it.
 */

/** The sentence that tells a reader why a feed could not be shown, in their language. */
export function reasonText(ui: UiLocale, error: FeedError): string {
  const msg = msgFor(ui, [errorStrings]);
  switch (error.reason) {
    case 'network':
      return msg('The information could not be loaded because of a network problem.', {
        id: 'error.network',
      });
    case 'timeout':
      return msg('Loading the information took too long.', { id: 'error.timeout' });
    case 'http':
      return msg(str`The server answered with an error (${error.status ?? '?'}).`, {
        id: 'error.http',
      });
    case 'parse':
      return msg('The information could not be read.', { id: 'error.parse' });
    case 'invalid':
      return msg('The information is not in the expected format.', { id: 'error.invalid' });
    case 'missing-src':
      return msg('No feed address has been given.', { id: 'error.missing-src' });
    case 'not-found':
      return msg('The requested item was not found.', { id: 'error.not-found' });
  }
}

const staleStyles = css`
  .stale {
    margin-block-end: 0.5em;
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_muted);
  }
`;

/**
 * The note above the last good copy (`cache="local"`), shown because loading failed; its styles
 * go into `root`, the shadow root it is rendered in.
 */
export function staleNotice(ui: UiLocale, root: ShadowRoot): TemplateResult {
  adoptSheet(root, staleStyles);
  const text = msgFor(ui, [errorStrings])('This information may be out of date.', {
    id: 'error.stale',
    desc: 'Shown above a stored copy of a feed that could not be loaded now.',
  });
  return html`<p class="stale" part="stale" role="status">${text}</p>`;
}
