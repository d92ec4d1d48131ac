// The files a page's script tag loads open with V8's compile hint, so that Chrome compiles them
// as they stream in rather than function by function during the first render; the build must
// keep their source maps true to the line the hint adds. Reads the build of `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_HINT } from '../../scripts/rollup/compile-hint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const elements = readdirSync(path.join(dist, 'lib/elements'));
const firstLine = (file) => readFileSync(path.join(dist, file), 'utf8').split('\n', 1)[0];

test('every bundle a page loads by its script tag opens with the compile hint', () => {
  const entries = ['seutu-widgets.js', 'seutu-widgets.iife.js', ...elements.map((name) => `seutu-${name}.js`)];
  assert.equal(entries.filter((file) => existsSync(path.join(dist, file))).length, elements.length + 2);
  assert.deepEqual(
    entries.filter((file) => firstLine(file) !== COMPILE_HINT),
    [],
    'entries without the hint on their first line',
  );
});

test('code loaded on demand and the npm modules leave compiling to the browser', () => {
  const chunks = readdirSync(dist).filter((file) => /^seutu-[a-z-]+\.[a-z0-9-]+\.js$/.test(file) && file !== 'seutu-widgets.iife.js');
  assert.ok(chunks.length > 10, `chunks found: ${chunks.length}`);
  const npmEntries = elements.map((name) => `lib/elements/${name}/define.js`);
  assert.deepEqual([...chunks, ...npmEntries].filter((file) => readFileSync(path.join(dist, file), 'utf8').includes(COMPILE_HINT)), []);
});

test('the source maps still point at the line each piece of code came from', () => {
  for (const file of ['seutu-city-list.js', 'seutu-widgets.iife.js']) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(path.join(dist, `${file}.map`), 'utf8')));
    // Strings from the loader, the controller and the element: the hint moved every line down.
    const lines = code.split('\n');
    const probes = ['the feed is larger than', 'no src attribute', 'Loading member towns'];
    for (const probe of probes) {
      const line = lines.findIndex((text) => text.includes(probe));
      assert.ok(line > 0, `${file}: "${probe}" found below the hint`);
      const entry = map.findEntry(line, lines[line].indexOf(probe));
      const source = entry.originalSource && path.resolve(path.dirname(path.join(dist, file)), entry.originalSource);
      assert.ok(source && existsSync(source), `${file}: "${probe}" maps to a file (${entry.originalSource})`);
      const original = readFileSync(source, 'utf8').split('\n')[entry.originalLine];
      assert.ok(original?.includes(probe), `${file}: "${probe}" maps to its source line, not: ${original}`);
    }
  }
});
