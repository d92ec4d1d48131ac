/** The primary language subtag, lower-cased: `fi-FI` → `fi`, `sv_SE` → `sv`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
