/**
 * `noopener` for links to other sites; none for the page's own or for mail. Every URL here is
 * already a parsed, normalised http(s) or mailto `href` (see `safeUrl`), so its origin is how it
 * begins.
 */
export function rel(url: string): string | undefined {
  return url.startsWith((ownOrigin ??= `${location.origin}/`)) || url.startsWith('mailto:') ? undefined : 'noopener';
}

// A document's origin never changes, and reading `location` is slow (a few µs per link).
let ownOrigin: string | undefined;
