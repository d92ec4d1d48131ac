import { html, type TemplateResult } from 'lit';
import type { MsgFn } from '@lit/localize';
import { str } from '../core/str-tag.js';
import type { FeedError } from '../core/feed-error.js';

/** The reserved, busy placeholder shown while a feed loads. */
export function loadingView(label: string): TemplateResult {
  return html`<div class="loading" part="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
  </div>`;
}

/** "Nothing to show", replaceable through the `empty` slot. */
export function emptyView(text: string): TemplateResult {
  return html`<slot name="empty"><p class="status" part="status">${text}</p></slot>`;
}

/**
 * The error state: what failed and why, in the reader's language, announced politely; then
 * the host's own `error` slot and the element's fallback children, so a visitor never faces an
 * empty box.
 */
export function errorView(msg: MsgFn, headline: string, error: FeedError): TemplateResult {
  return html`<div class="error" part="error" role="status">
      <p>${headline} ${reasonText(msg, error)}</p>
    </div>
    <slot name="error"></slot>
    <slot></slot>`;
}

function reasonText(msg: MsgFn, error: FeedError): string {
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
