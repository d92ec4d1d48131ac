#!/usr/bin/env node
// Writes the README's API section from custom-elements.json (run `cem analyze` first).
import { readFile, writeFile } from 'node:fs/promises';
import { API_END, API_START, renderApi } from './api-docs.mjs';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const readme = await readFile('README.md', 'utf8');
const start = readme.indexOf(API_START);
const end = readme.indexOf(API_END);
if (start < 0 || end < start) throw new Error(`README.md needs ${API_START} … ${API_END}`);
const next = `${readme.slice(0, start + API_START.length)}\n${renderApi(manifest)}\n${readme.slice(end)}`;
if (next !== readme) {
  await writeFile('README.md', next);
  console.log('README.md API section updated');
}
