import { html, nothing, type TemplateResult } from 'lit';
import type { UiLocale } from '../core/locale.js';
import { staleTextFor } from '../core/failure-text-loader.js';

/**
 * Above data shown from the last good copy (`cache="local"`) because loading failed: tells the
 * reader, politely, that it may be out of date. Nothing when the data is fresh.
 */
export function staleNotice(ui: UiLocale, stale: boolean | undefined): TemplateResult | typeof nothing {
  const text = stale ? staleTextFor(ui) : '';
  return text ? html`<p class="stale" part="stale" role="status">${text}</p>` : nothing;
}
