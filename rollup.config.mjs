import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The module that finds the shipped feed looks two folders up from itself in the npm layout
 * (`dist/lib/core/`); in a single-file bundle the feed sits right beside the bundle.
 */
function feedBesideBundle() {
  return {
    name: 'feed-beside-bundle',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/core/default-feed-url.js')) return null;
      const next = code.replace("'../../data/seutu-feed.json'", "'./data/seutu-feed.json'");
      if (next === code) this.error('default feed path not found in default-feed-url.js');
      return { code: next, map: null };
    },
  };
}

export default {
  input: 'dist/lib/index.js',
  output: {
    file: 'dist/seutu-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    feedBesideBundle(),
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
