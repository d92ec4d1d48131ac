/**
 * The patterns of the feeds' fields, shared by the schemas (with valibot) and the quick readings
 * of clean feeds (`clean-network-feed.ts`, `clean-json-feed.ts`, without it).
 */

/** A BCP 47 language tag as feeds write them: `fi`, `sv`, `en-GB`, `se-FI`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A lowercase ASCII slug such as `mantta-vilppula`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A three-digit Finnish municipality number such as `977`. */
export const MUNICIPALITY_CODE = /^\d{3}$/;

/** Text with something other than white space in it. */
export const NOT_BLANK = /\S/;

/** `YYYY-MM-DD` with a month 01–12 and a day 01–31: the same pattern as valibot's `isoDate`. */
export const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;

/**
 * JSON Feed's `version`: the specification's URL (http or https, with or without `www.` and a
 * final slash) or a bare "1", "1.0", "1.1" as some generators write.
 */
export const JSON_FEED_VERSION = /^(?:https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1(?:\.\d+)?\/?|1(?:\.\d+)?)$/i;
