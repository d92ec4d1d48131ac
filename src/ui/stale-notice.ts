import { html, nothing, type TemplateResult } from 'lit';
import type { MsgFn } from '@lit/localize';

/**
 * Above data shown from the last good copy (`cache="local"`) because loading failed: tells the
 * reader, politely, that it may be out of date. Nothing when the data is fresh.
 */
export function staleNotice(msg: MsgFn, stale: boolean | undefined): TemplateResult | typeof nothing {
  if (!stale) return nothing;
  return html`<p class="stale" part="stale" role="status">
    ${msg('This information may be out of date.', {
      id: 'feed.stale',
      desc: 'Shown above a stored copy of a feed that could not be loaded now.',
    })}
  </p>`;
}
