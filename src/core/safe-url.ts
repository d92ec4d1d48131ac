const WEB_SCHEMES = new Set(['http:', 'https:']);
const AUTHOR_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

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
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  return (allowMailto ? AUTHOR_SCHEMES : WEB_SCHEMES).has(url.protocol) ? url.href : undefined;
}
