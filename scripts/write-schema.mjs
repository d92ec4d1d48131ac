#!/usr/bin/env node
// Writes schema/seutu-feed.schema.json from the very schema the runtime validates with
// (the tsc output in dist/lib), so the published JSON Schema cannot drift from the code.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { NetworkFeedSchema } = await import(
  pathToFileURL(path.join(root, 'dist/lib/core/network-feed-schema.js')).href
);
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...toJsonSchema(NetworkFeedSchema, { target: 'draft-2020-12', errorMode: 'throw' }),
  $id: 'https://unpkg.com/seutu-widgets/schema/seutu-feed.schema.json',
  title: 'seutu-feed version 1',
  description:
    'The network feed of the Network of Regional Cities (Seutukaupunkiverkosto): member towns and network projects.',
};
await mkdir(path.join(root, 'schema'), { recursive: true });
await writeFile(path.join(root, 'schema/seutu-feed.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote schema/seutu-feed.schema.json');
