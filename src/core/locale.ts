/** The languages the widgets' own interface text is written in. */
export type UiLocale = 'fi' | 'sv' | 'en';

export const UI_LOCALES: readonly UiLocale[] = ['fi', 'sv', 'en'];

/** What an element renders in: its full language tag (for feed text) and the UI locale. */
export interface ResolvedLocale {
  /** The BCP 47 tag found on the page, lower-cased, e.g. `sv-fi`; `fi` when none is set. */
  readonly tag: string;
  readonly ui: UiLocale;
}

/** Maps any BCP 47 tag to a UI locale: `sv-FI` → `sv`; languages we have no strings for → `en`. */
export function toUiLocale(tag: string): UiLocale {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fi' || primary === 'sv' ? primary : 'en';
}

/**
 * The element's language as the page declares it: its own `lang`, else the closest ancestor's,
 * crossing shadow-root boundaries (a widget inside another component's shadow DOM still follows
 * the page), else `<html lang>`, else Finnish, the network's working language.
 * An empty `lang=""` means "unknown" in HTML, so the search goes on past it.
 */
export function resolveLocale(element: Element): ResolvedLocale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return { tag: lang.toLowerCase(), ui: toUiLocale(lang) };
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return { tag: 'fi', ui: 'fi' };
}
