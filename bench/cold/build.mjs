// Bundles the Preact and React pages of the cold-load comparison into dist/bench/, minified as a
// city's production build would be (React in its production mode).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds both; resolves to each page's script path under the server root. */
export async function buildComparisonApps(root) {
  const scripts = {};
  for (const name of ['preact', 'react']) {
    await build({
      entryPoints: [path.join(here, `${name}-app.mjs`)],
      outfile: path.join(root, `dist/bench/${name}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    scripts[name] = `/dist/bench/${name}.js`;
  }
  return scripts;
}
