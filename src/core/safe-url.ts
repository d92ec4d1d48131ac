const WEB_SCHEME = /^https?:$/;
const AUTHOR_SCHEME = /^(?:https?|mailto):$/;
/**
 * http(s) with a lower-case host of letters and digits (no IPv4, no punycode) and a path, if
 * any, of nothing the parser rewrites: such a URL's `href` is itself, with "/" for no path.
 */
const CANONICAL = /^https?:\/\/(?:[a-z\d]+\.)+[a-z]+(\/[\w/-]*)?$/;

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
  // A feed's usual link is already the URL parser's own output, bar the "/" of an empty path:
  // building a URL object for each of a feed's links cost a list's first render more than
  // everything but its DOM.
  const plain = CANONICAL.exec(raw);
  if (plain) return plain[1] ? raw : `${raw}/`;
  let url: URL;
  try {
    url = new URL(raw, base || undefined);
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
