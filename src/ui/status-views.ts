import { html, type TemplateResult } from 'lit';
import type { FeedError } from '../core/feed-error.js';
import type { UiLocale } from '../core/locale.js';
import { reasonTextFor } from '../core/failure-text-loader.js';

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
export function errorView(ui: UiLocale, headline: string, error: FeedError): TemplateResult {
  return html`<div class="error" part="error" role="status">
      <p>${headline} ${reasonTextFor(ui, error)}</p>
    </div>
    <slot name="error"></slot>
    <slot></slot>`;
}
