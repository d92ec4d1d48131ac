// Storybook for designers (issue #7): every element, every state, in fi / sv / en, with the
// a11y addon. Docs come from custom-elements.json (see preview.ts), never retyped here.
import { mergeConfig, type Plugin } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/**
 * Vite must lower Lit's standard decorators and `accessor` fields: no browser runs them yet.
 * ES2022 keeps everything else (class fields, top-level await) as written.
 */
const TARGET = 'es2022';

/**
 * package.json's `sideEffects` names the built `dist/` files only, so for a production build
 * Rollup would treat `src/elements/<name>/define.ts` as free of side effects and drop the
 * stories' `import '…/define.js'`, leaving every element undefined. The define files (and
 * `src/index.ts`) register elements: keep them.
 */
const keepDefineSideEffects: Plugin = {
  name: 'seutu-keep-define-side-effects',
  transform(_code, id) {
    return /[\\/]src[\\/](index|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id.split('?')[0]!)
      ? { moduleSideEffects: true }
      : null;
  },
};

/**
 * Lit is plain ESM: served as it is in `storybook dev`, never pre-bundled. Pre-bundling gave two
 * copies of lit-html (the web-components renderer imports `lit/directive-helpers.js` from its own
 * un-bundled chunk), and Lit's "multiple versions loaded" warning.
 */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Pictures for fixtures: served from the Storybook itself so no story touches the network.
  staticDirs: [{ from: '../stories/assets', to: '/seutu-assets' }],
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      esbuild: { target: TARGET },
      optimizeDeps: {
        esbuildOptions: { target: TARGET },
        exclude: LIT_PACKAGES,
      },
      build: { target: TARGET, chunkSizeWarningLimit: 2048 },
      plugins: [keepDefineSideEffects],
    });
  },
};

export default config;
