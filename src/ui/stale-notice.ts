import { nothing } from 'lit';
import type { UiLocale } from '../core/locale.js';
import { staleNoticeFor } from '../core/failure-text-loader.js';

/**
 * Above data shown from the last good copy (`cache="local"`) because loading failed: tells the
 * reader, politely, that it may be out of date. Nothing when the data is fresh. `host` is the
 * element it is rendered in: the note's styles go into its shadow root.
 */
export function staleNotice(host: { readonly renderRoot: unknown }, ui: UiLocale, stale: boolean | undefined): unknown {
  return stale ? staleNoticeFor(ui, host.renderRoot as ShadowRoot) : nothing;
}
