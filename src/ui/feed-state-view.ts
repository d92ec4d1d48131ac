import type { FeedState } from '../core/feed-controller.js';
import type { UiLocale } from '../core/locale.js';
import { errorView, loadingView } from './status-views.js';
import { staleNotice } from './stale-notice.js';

/**
 * The body of a data element for each state of its feed: the busy placeholder, the error with
 * its reason, or the data (under the out-of-date notice when it is a stored copy). The element
 * supplies its own words for loading and failure, so they stay with its other messages. `host`
 * is the element it is rendered in.
 */
export function feedStateView<T>(
  host: { readonly renderRoot: unknown },
  ui: UiLocale,
  state: FeedState<T>,
  words: { readonly loading: string; readonly error: string },
  ready: (data: T) => unknown,
): unknown {
  if (state.status === 'loading') return loadingView(words.loading);
  if (state.status === 'error') return errorView(ui, words.error, state.error);
  // Two values in a row need no template: Lit renders an array as it is.
  return [staleNotice(host, ui, state.stale), ready(state.data)];
}
