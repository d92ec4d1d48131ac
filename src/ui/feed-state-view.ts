import type { FeedState } from '../core/feed-controller.js';
import type { UiLocale } from '../core/locale.js';
import { errorView, loadingView } from './status-views.js';
import { staleNotice } from './stale-notice.js';

/**
 * The body of a data element for each state of its feed: the busy placeholder, the error with
 * its reason, or the data (under the out-of-date notice when it is a stored copy). The element
 * supplies its own words for loading and failure, so they stay with its other messages.
 */
export function feedStateView<T>(
  ui: UiLocale,
  state: FeedState<T>,
  words: { readonly loading: string; readonly error: string },
  ready: (data: T) => unknown,
): unknown {
  if (state.status === 'loading') return loadingView(words.loading);
  if (state.status === 'error') return errorView(ui, words.error, state.error);
  // Two values in a row need no template: Lit renders an array as it is.
  return [staleNotice(ui, state.stale), ready(state.data)];
}
