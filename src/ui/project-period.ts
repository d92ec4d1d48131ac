import type { ReactiveControllerHost } from 'lit';
import type { UiLocale } from '../core/locale.js';
import { formatMonth, formatMonthRange, parseIsoDate } from '../core/project-dates.js';
import { rareParts } from './rare-card-parts-loader.js';

/**
 * A project's period in words, or `undefined` when it has none to state: a closed range as
 * the locale writes it ("March 2024 – December 2026"), an open one as a translated phrase
 * ("from March 2024", "maaliskuusta 2024 alkaen", "från mars 2024"), whose words few cards
 * need (`rare-card-parts.ts`). Until those are at hand, an open range with a dash ("March 2024 –").
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
  return (
    rareParts(host)?.openPeriodText(from, until, locale) ??
    (from ? `${formatMonth(from, locale)} –` : `– ${formatMonth(until!, locale)}`)
  );
}
