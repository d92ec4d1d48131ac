// The host page around every story (see withHostPage in preview.ts), one stylesheet for the
// preview and the Theming docs page, which shows the brand theme's source from here.

/** A city's brand, set through `--seutu-*` custom properties and nothing else. */
export const BRAND_THEME_CSS = `.seutu-stage[data-theme='brand'] {
  --seutu-accent: #7a1f5c;
  --seutu-text: #2a1822;
  --seutu-muted: #5c4553;
  --seutu-surface: #fbf1f6;
  --seutu-border: #c493b0;
  --seutu-radius: 0;
  --seutu-gap: 0.75em;
  --seutu-font-family: Georgia, 'Times New Roman', serif;
  --seutu-focus-ring: 0.2em dashed #7a1f5c;
  --seutu-line-height: 1.6;
  --seutu-card-padding: 1.25em;
  --seutu-status-planned: #a15c00;
  --seutu-status-ongoing: #1d7a3c;
  --seutu-status-completed: #6b5d66;
}`;

/** A dark host page: what a dark city site sets on its own elements. */
export const DARK_THEME_CSS = `.seutu-stage[data-theme='dark'] {
  color-scheme: dark;
  background: #16191d;
  color: #e7e9ec;
}`;

/** The page itself: a plain system font stands in for a city site's, so inheritance shows. */
const STAGE_CSS = `.seutu-stage {
  box-sizing: border-box;
  padding: 1rem 1.25rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.seutu-stage[data-view='story'] {
  min-block-size: 100vh;
}`;

export const THEMES = [
  { value: 'default', title: 'Default (light page)' },
  { value: 'dark', title: 'Dark page' },
  { value: 'brand', title: 'City brand (--seutu-* only)' },
] as const;

/** Adds the stage and theme styles to the preview document, once. */
export function installThemeStyles(doc: Document = document): void {
  if (doc.getElementById('seutu-storybook-themes')) return;
  const style = doc.createElement('style');
  style.id = 'seutu-storybook-themes';
  style.textContent = [STAGE_CSS, DARK_THEME_CSS, BRAND_THEME_CSS].join('\n');
  doc.head.append(style);
}
