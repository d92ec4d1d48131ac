/** Default length of an excerpt, in characters, the ellipsis included. */
export const DEFAULT_EXCERPT_LENGTH = 160;

const ELLIPSIS = '…';

let segmenter: Intl.Segmenter | undefined;

/**
 * The first `count` user-perceived characters (or fewer), so an emoji or a letter with a
 * combining mark is never cut in two. Stops there: a post's text can be thousands of characters.
 */
function graphemes(text: string, count: number): string[] {
  const chars: string[] = [];
  // Code points where the platform cannot segment: still never half a surrogate pair.
  const parts: Iterable<string | Intl.SegmentData> =
    typeof Intl.Segmenter === 'function'
      ? (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)
      : text;
  for (const part of parts) {
    if (chars.push(typeof part === 'string' ? part : part.segment) >= count) break;
  }
  return chars;
}

/**
 * Shortens plain text to at most `maxLength` characters (the "…" included), cutting at the last
 * word boundary that fits and dropping punctuation left dangling there. Text that fits is
 * returned as it is. A single word longer than half the room (a long URL, say) is cut mid-word
 * rather than leaving almost nothing.
 */
export function excerpt(text: string, maxLength: number = DEFAULT_EXCERPT_LENGTH): string {
  const max = Number.isFinite(maxLength) && maxLength >= 1 ? Math.floor(maxLength) : DEFAULT_EXCERPT_LENGTH;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const chars = graphemes(clean, max + 1);
  if (chars.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  if (room <= 0) return ELLIPSIS;
  // A space at index `room` means the text up to it ends with a whole word.
  let cut = room;
  while (cut > 0 && chars[cut] !== ' ') cut--;
  if (cut < room / 2) cut = room;
  // White space and punctuation left dangling at the cut go.
  const head = chars.slice(0, cut).join('').replace(/[\s,;:.\-–—(\[{"'“‘«]+$/u, '');
  return (head || chars.slice(0, room).join('')) + ELLIPSIS;
}
