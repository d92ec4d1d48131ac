// What npm publishes, and CDNs such as jsDelivr and unpkg serve from it: every file the bundles
// load, the chunks they load only when needed included, or a feature fails on a CDN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = new Set(
  JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0].files.map(
    (file) => file.path,
  ),
);

test('the package holds every file its bundles import, chunks loaded on demand included', () => {
  const bundles = [...packed].filter((file) => /^dist\/[^/]+\.js$/.test(file));
  assert.ok(bundles.includes('dist/seutu-widgets.js'), 'dist/seutu-widgets.js is published');
  const missing = [];
  for (const bundle of bundles) {
    const code = readFileSync(path.join(root, bundle), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\/[^"']+)["']/g)) {
      const file = path.posix.join(path.posix.dirname(bundle), specifier);
      if (!packed.has(file)) missing.push(`${bundle} → ${file}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(bundles.length > 2, `the chunks are published too (${bundles.length} files)`);
});

test('the package holds the feed the bundles find beside themselves', () => {
  assert.ok(packed.has('dist/data/seutu-feed.json'));
});

// The full readings, loaded only for a feed with something wrong in it, share larger parts (the
// date reader, the schema's explanations) through chunks of their own: a broken feed may wait a
// round trip longer, rather than every copy carrying those parts.
const FULL_READINGS = /\.(json-feed|network-feed|project-data)\.js$/;

test('a feature loaded on demand arrives in one request: its chunk imports nothing but its bundle', () => {
  const chunks = [...packed].filter((file) => /^dist\/seutu-[a-z-]+\.[a-z0-9-]+\.js$/.test(file) && !FULL_READINGS.test(file));
  assert.ok(chunks.length > 10, `chunks found (${chunks.length})`);
  const chained = [];
  for (const chunk of chunks) {
    const bundle = `${chunk.slice(0, chunk.indexOf('.'))}.js`;
    const code = readFileSync(path.join(root, chunk), 'utf8');
    // Static imports only: a dynamic import() is a later request by design, not part of this one.
    for (const [, specifier] of code.matchAll(/\bfrom\s*["'](\.\/[^"']+)["']/g)) {
      const file = path.posix.join('dist', specifier);
      if (file !== bundle) chained.push(`${chunk} → ${file}`);
    }
  }
  assert.deepEqual(chained, []);
});
