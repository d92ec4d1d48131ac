/**
 * Feed dates in every form the widgets read: RFC 3339, in its usual form and the less usual
 * ones, and RFC 2822 as feeds converted from RSS write. Only the full reading loads this, and the
 * quick one once it meets a date not in the usual form of RFC 3339 (`rfc3339-date.ts`).
 */
import { dateText, instant, parseRfc3339, timestamp, utc, type FeedDate } from './rfc3339-date.js';

// RFC 3339 (JSON Feed's format). Leniencies seen in real feeds: a space for "T", no seconds,
// an offset without a colon or minutes, a missing offset (read as UTC), a bare date.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

// RFC 2822 (RSS's format, found in feeds converted from RSS): "Fri, 31 May 2019 12:17:58 -0700".
const RFC2822 =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*(?:\([^)]*\))?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone names RFC 2822 allows (obsolete syntax); military letters mean "unknown", read as UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

/**
 * Reads a feed date: RFC 3339 as JSON Feed requires, or RFC 2822 as some converters write.
 * Anything else, and impossible values such as 31 February or 25:00, give `undefined`, so no
 * element ever shows "Invalid Date". `Date.parse` is not used: it accepts almost anything, and
 * differently in each browser.
 */
export function parseFeedDate(raw: unknown): FeedDate | undefined {
  const text = dateText(raw);
  return text === undefined ? undefined : (parseRfc3339(text) ?? parseAnyRfc3339(text) ?? parseRfc2822(text));
}

/** RFC 3339 in any of its forms, the usual one included. */
function parseAnyRfc3339(text: string): FeedDate | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, , sign, hours, minutes] = m;
  if (h === undefined) {
    const time = utc(+y!, +mo!, +d!, 0, 0, 0, 0);
    return time === undefined ? undefined : { time, datetime: `${y}-${mo}-${d}`, dateOnly: true };
  }
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  // No sign (Z, or no offset at all) is UTC.
  return instant(+y!, +mo!, +d!, +h, +mi!, s === undefined ? 0 : +s, ms, sign, +(hours ?? 0), +(minutes ?? 0));
}

function parseRfc2822(text: string): FeedDate | undefined {
  const m = RFC2822.exec(text);
  if (!m) return undefined;
  const [, d, monthName, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = +y!;
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (y!.length === 3) year += 1900;
  let offset = 0;
  if (zone) {
    if (/^[+-]\d{4}$/.test(zone)) {
      const hours = +zone.slice(1, 3);
      const minutes = +zone.slice(3);
      if (hours > 23 || minutes > 59) return undefined;
      offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
    } else {
      const upper = zone.toUpperCase();
      if (upper in ZONES) offset = ZONES[upper]! * 60;
      else if (!/^[A-IK-Z]$/.test(upper)) return undefined;
    }
  }
  return timestamp(utc(year, month, +d!, +h!, +mi!, s === undefined ? 0 : +s, 0), offset);
}

