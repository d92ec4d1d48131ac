import type { FeedError } from './feed-error.js';
import type { UiLocale } from './locale.js';

let reasonText: ((ui: UiLocale, error: FeedError) => string) | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the sentences that say why a feed failed (seven reasons in three languages) when the
 * first feed fails, so the pages where nothing fails, nearly all, never download them. Resolves
 * even when they cannot be loaded (offline, say): the error view then shows the element's own
 * headline and fallback content, and a later failure tries again.
 */
export function loadReasonTexts(): Promise<void> {
  return (loading ??= import('./reason-texts.js').then(
    (module) => {
      reasonText = module.reasonText;
    },
    () => {
      loading = undefined;
    },
  ));
}

/** Why `error` happened, in `ui`; empty until `loadReasonTexts` has loaded the sentences. */
export const reasonTextFor = (ui: UiLocale, error: FeedError): string => reasonText?.(ui, error) ?? '';
