import type { CSSResult } from 'lit';

/**
 * Adds the styles of a module loaded on demand to an element's shadow root, once, after the
 * element's own. A constructed sheet, as Lit adopts the element's own: no `<style>` element that
 * a strict CSP would refuse.
 */
export function adoptSheet(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
