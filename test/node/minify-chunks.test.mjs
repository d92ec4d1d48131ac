// The build's minifier names what a chunk shares with the others after the name it is shared
// under, so a bundle writes `export{b}` rather than `export{nt as b}`, and a chunk that imports
// it `import{b}` rather than `import{b as t}`. It must not take the name of a global the code
// reads, or that code would read the shared variable instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { minifyChunks } from '../../scripts/rollup/minify-chunks.mjs';

const SOURCES = {
  // `zoo` reads a global `z`; rollup exports `zoo` to the lazy chunk under its first letter.
  'shared.js': `
    export function zoo() { return typeof z === 'undefined' ? 'no global z' : z; }
    export function yak() { return 'yak'; }
  `,
  'entry.js': `
    import { zoo, yak } from './shared.js';
    export const main = async () => [zoo(), yak(), ...(await import('./lazy.js')).both()];
  `,
  // It reads the global `z` too.
  'lazy.js': `
    import { zoo, yak } from './shared.js';
    export const both = () => [zoo(), yak(), z];
  `,
};

test('shared variables take the names they are shared under, but never the name of a global the code reads', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minify-chunks-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, code] of Object.entries(SOURCES)) writeFileSync(path.join(dir, 'src-' + name), code.replaceAll("'./", "'./src-"));
  const bundle = await rollup({
    input: { entry: path.join(dir, 'src-entry.js') },
    preserveEntrySignatures: 'allow-extension',
    plugins: [minifyChunks({ ecma: 2022, module: true, compress: { passes: 3 } })],
  });
  const { output } = await bundle.write({ dir: path.join(dir, 'out'), format: 'es', chunkFileNames: 'entry.[name].js' });
  const entry = output.find((chunk) => chunk.isEntry);
  const shared = entry.exports.filter((name) => name !== 'main');
  assert.deepEqual(shared.toSorted(), ['y', 'z'], 'rollup shares zoo and yak as z and y');
  // yak is written once; zoo keeps a name of its own, since `z` is the global it reads.
  assert.match(entry.code, /export\{[^}]*(?<![\w$] as )\by\b[^}]*\}/);
  assert.match(entry.code, /[\w$]+ as z\b/);
  const lazy = output.find((chunk) => chunk.fileName === 'entry.src-lazy.js');
  assert.match(lazy.code, /import\{[^}]*(?<! as )\by\b[^}]*\}from/);
  assert.match(lazy.code, /\bz as [\w$]+/);

  globalThis.z = 'global z';
  t.after(() => delete globalThis.z);
  const { main } = await import(pathToFileURL(path.join(dir, 'out', entry.fileName)).href);
  assert.deepEqual(await main(), ['global z', 'yak', 'global z', 'yak', 'global z']);
});
