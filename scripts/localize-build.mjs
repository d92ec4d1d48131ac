#!/usr/bin/env node
// Regenerates src/locales/ from xliff/ with lit-localize, then points the generated modules'
// `str` import at our own tag (src/core/str-tag.ts): importing @lit/localize's entry would pull
// its global runtime into every bundle.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(path.join(root, 'node_modules/.bin/lit-localize'), ['build'], { cwd: root, stdio: 'inherit' });
const config = JSON.parse(await readFile(path.join(root, 'lit-localize.json'), 'utf8'));
for (const locale of config.targetLocales) {
  const file = path.join(root, config.output.outputDir, `${locale}.ts`);
  const source = await readFile(file, 'utf8');
  const next = source.replace("import {str} from '@lit/localize';", "import {str} from '../core/str-tag.js';");
  if (!next.includes("from '../core/str-tag.js'")) throw new Error(`unexpected lit-localize output in ${file}`);
  await writeFile(file, next);
}
