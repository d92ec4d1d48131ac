/**
 * Dates in the form of RFC 3339 that JSON Feed's own examples and nearly every feed write
 * (`2024-05-17T15:02:12Z`, `2024-05-17T15:02:12.000+03:00`): all the quick reading of a feed
 * needs. Other forms, RFC 3339's less usual ones (a bare date, no seconds, a space for "T") and
 * RFC 2822, are read by `feed-dates.ts`, loaded only for a feed that has them.
 */

/** A date from a feed, checked and normalised. */
export interface FeedDate {
  /** Milliseconds since the epoch (UTC midnight for a date without a time). */
  readonly time: number;
  /** A valid HTML `datetime` value: `2024-05-17T15:02:12.000Z`, or `2024-05-17` for a date. */
  readonly datetime: string;
  /** True when the feed gave a calendar date without a time of day. */
  readonly dateOnly: boolean;
}

/** A date field's text as the readers take it: trimmed, or undefined when it cannot be a date. */
export function dateText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  return text.length > 64 ? undefined : text;
}

const USUAL_FORM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * A date in the usual form of RFC 3339 (see `dateText`), or undefined for any other form and for
 * impossible values. Read by the positions of its digits, without a pattern's captures: a teaser
 * reads a thousand dates to show ten posts.
 */
export function parseRfc3339(text: string): FeedDate | undefined {
  if (!USUAL_FORM.test(text)) return undefined;
  const at = (i: number) => text.charCodeAt(i) * 10 + text.charCodeAt(i + 1) - 528; // 528: "0" × 11
  const end = text.length;
  const inUtc = text[end - 1] === 'Z';
  const zone = inUtc ? end - 1 : end - 6;
  // The fraction of a second, if any, is what lies between the seconds and the zone.
  const ms = Math.floor(Number(`0${text.slice(19, zone)}`) * 1000);
  const y = at(0) * 100 + at(2);
  return instant(y, at(5), at(8), at(11), at(14), at(17), ms, text[zone], inUtc ? 0 : at(end - 5), inUtc ? 0 : at(end - 2));
}

/** A time of day at an offset from UTC of `sign` `hours`:`minutes`; undefined when out of range. */
export function instant(
  y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number,
  sign: string | undefined, hours: number, minutes: number,
): FeedDate | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  return timestamp(utc(y, mo, d, h, mi, s, ms), (sign === '-' ? -1 : 1) * (hours * 60 + minutes));
}

/** Epoch milliseconds of a UTC wall-clock time, or undefined when any field is out of range. */
export function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return undefined;
  let time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms); // a leap second is shown as :59
  // A day past the month's end (31 April) rolls over into the next month. Asked only for a day
  // that can be past it: a teaser reads the date of every post in a feed.
  if (d > 28 && new Date(time).getUTCDate() !== d) return undefined;
  // Date.UTC reads a year below 100 as 19xx (a year with the same leap day): put back as written.
  if (y < 100) time = new Date(time).setUTCFullYear(y);
  return Number.isFinite(time) ? time : undefined;
}

export function timestamp(local: number | undefined, offsetMinutes: number): FeedDate | undefined {
  if (local === undefined) return undefined;
  const time = local - offsetMinutes * 60_000;
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) return undefined;
  return new Instant(time);
}

/** A date with a time of day. Its ISO form is made when read: most of a feed's posts are only sorted. */
class Instant implements FeedDate {
  readonly dateOnly = false;
  constructor(readonly time: number) {}

  get datetime(): string {
    return new Date(this.time).toISOString();
  }
}
