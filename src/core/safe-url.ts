const WEB_SCHEME = /^https?:$/;
const AUTHOR_SCHEME = /^(?:https?|mailto):$/;
/** An absolute web URL, which resolves to itself against any base. */
const ABSOLUTE = /^https?:\/\//i;

/**
 * Resolves a URL from a feed against the feed's own address (as feed readers do, so one central
 * feed works on every city's site) and returns it only when it is http(s) — or mailto, where
 * `allowMailto` is set. `javascript:`, `data:`, `vbscript:` and anything unparsable give
 * `undefined`; the URL parser already folds case, whitespace and control-character tricks.
 */
export function safeUrl(
  raw: unknown,
  base: string | undefined,
  { allowMailto = false }: { allowMailto?: boolean } = {},
): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let url: URL;
  try {
    // Most feed URLs are absolute: parsed alone, the base is not parsed again for every link.
    url = base && !ABSOLUTE.test(raw) ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  return (allowMailto ? AUTHOR_SCHEME : WEB_SCHEME).test(url.protocol) ? url.href : undefined;
}

/**
 * `http(s)://host.name/…` with an ordinary host name: a URL that the URL parser always accepts,
 * as http(s), against any base. Lets a feed reader check thousands of links without parsing
 * each one; anything less plain (user info, IP addresses, ports above 9999, punycode, spaces or
 * control characters) gets the full `safeUrl` check instead.
 */
export function isPlainWebUrl(raw: string): boolean {
  return PLAIN_WEB_URL.test(raw) && !/xn--/i.test(raw);
}

const PLAIN_WEB_URL =
  /^https?:\/\/(?:[a-z\d-]+\.)+[a-z][a-z\d-]*(?::\d{1,4})?(?:[/?#][^\s\\<>"^`{|}\x00-\x1f\x7f]*)?$/i;
