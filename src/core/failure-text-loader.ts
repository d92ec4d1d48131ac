import { nothing } from 'lit';
import type { FeedError } from './feed-error.js';
import type { UiLocale } from './locale.js';

let texts: typeof import('../ui/failure-texts.js') | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads what elements say when a feed fails (why it failed, seven reasons, and that a stored
 * copy may be out of date, in three languages) when the first feed fails, so the pages where
 * nothing fails, nearly all, never download it. Resolves even when it cannot be loaded (offline,
 * say): an error then shows the element's own headline and fallback content, a stored copy no
 * note; a later failure tries again. What it loads is the elements' words and the note's view, so
 * it lives in `src/ui/`; the loader is here because `FeedController` waits for it before it shows
 * an error or a stored copy, so that what is shown is whole when the element's event fires.
 */
export function loadFailureTexts(): Promise<void> {
  return (loading ??= import('../ui/failure-texts.js').then(
    (module) => {
      texts = module;
    },
    () => {
      loading = undefined;
    },
  ));
}

/** Why `error` happened, in `ui`; empty until `loadFailureTexts` has loaded the texts. */
export const reasonTextFor = (ui: UiLocale, error: FeedError): string => texts?.reasonText(ui, error) ?? '';

/**
 * The note that a stored copy may be out of date, in `ui`, styled in `root`; nothing until
 * `loadFailureTexts` has loaded the texts.
 */
export const staleNoticeFor = (ui: UiLocale, root: ShadowRoot): unknown => texts?.staleNotice(ui, root) ?? nothing;
