import { html, type TemplateResult } from 'lit';
import type { FeedDate } from '../../core/rfc3339-date.js';
import { formatDateTime, formatRelative } from '../../core/relative-date.js';

export { MinuteClock } from '../../core/minute-clock.js';

/**
 * A post's date as its distance from now ("3 days ago"), the full date and time in its title.
 * Loaded only by teasers with `relative`.
 */
export function relativeDateView(date: FeedDate, locale: string): TemplateResult {
  return html`<time part="date" datetime=${date.datetime} title=${formatDateTime(date, locale)}
    >${formatRelative(date, locale, Date.now())}</time
  >`;
}
