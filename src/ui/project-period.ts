import type { ReactiveControllerHost } from 'lit';
import type { UiLocale } from '../core/locale.js';
import type { NetworkFeed, Project } from '../core/network-feed.js';
import { formatMonth, formatMonthRange, parseIsoDate } from '../core/project-dates.js';

type OpenPeriodWords = typeof import('./open-project-period.js');

/** The words for periods open at one end, once loaded: shared by every card on the page. */
let words: OpenPeriodWords | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the words for open periods, once; resolves when they are here or could not be loaded. */
function loadWords(): Promise<unknown> {
  return (loading ??= import('./open-project-period.js').then(
    (module) => (words = module),
    // A later call tries again.
    () => (loading = undefined),
  ));
}

const isOpen = (project: Project) => !project.start !== !project.end;

/**
 * The feed read for cards, once the words for its open periods ("from March 2024") are at hand,
 * so its cards are first shown complete. Only feeds with such a period load them; whichever
 * card or list reads a feed first loads them for all.
 */
export function withPeriodWords(read: NetworkFeed | Promise<NetworkFeed>): NetworkFeed | Promise<NetworkFeed> {
  if (read instanceof Promise) return read.then(withPeriodWords);
  return !words && read.projects.some(isOpen) ? loadWords().then(() => read) : read;
}

/**
 * A project's period in words, or `undefined` when it has none to state: a closed range as
 * the locale writes it ("March 2024 – December 2026"), an open one as a translated phrase
 * ("from March 2024", "maaliskuusta 2024 alkaen", "från mars 2024"). Should the phrase's words
 * be missing (their module failed to load), the open range is written with a dash ("March
 * 2024 –") and `host` renders again if they arrive.
 */
export function projectPeriodText(
  start: string | undefined,
  end: string | undefined,
  locale: UiLocale,
  host: ReactiveControllerHost,
): string | undefined {
  // The feed's reading keeps only real calendar days, and an end no earlier than the start.
  const from = parseIsoDate(start);
  const until = parseIsoDate(end);
  if (from && until) return formatMonthRange(from, until, locale);
  if (!from && !until) return undefined;
  if (words) return words.openPeriodText(from, until, locale);
  void loadWords().then(() => words && host.requestUpdate());
  return from ? `${formatMonth(from, locale)} –` : `– ${formatMonth(until!, locale)}`;
}
