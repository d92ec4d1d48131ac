#!/usr/bin/env node
// Build: regenerate locale modules from XLIFF, emit JS + .d.ts with tsc, generate the published
// JSON Schema from the runtime schema, bundle with rollup, write the custom-elements manifest and
// the README's API tables, and copy the shipped feeds beside the bundles.
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (name, args) => execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });

await rm(path.join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'scripts/localize-build.mjs')], { cwd: root, stdio: 'inherit' });
// Finland's outline for the map, projected from Natural Earth data at build time.
execFileSync(process.execPath, [path.join(root, 'scripts/finland-outline.mjs')], { cwd: root, stdio: 'inherit' });
run('tsc', ['-p', 'tsconfig.json']);
execFileSync(process.execPath, [path.join(root, 'scripts/write-schema.mjs')], { cwd: root, stdio: 'inherit' });
run('rollup', ['-c', '--silent']);
// The manifest and the README's API tables come from the element classes' JSDoc.
run('cem', ['analyze']);
execFileSync(process.execPath, [path.join(root, 'scripts/docs.mjs')], { cwd: root, stdio: 'inherit' });
// The bundles look for data/ beside themselves, so dist/ can be copied to any host as it is.
await cp(path.join(root, 'data'), path.join(root, 'dist/data'), { recursive: true });
console.log('built dist/seutu-widgets.js and dist/data/');
