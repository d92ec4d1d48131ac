#!/usr/bin/env node
// seutu-widgets validate FILE_OR_URL [--blog]
// Checks a network feed (or, with --blog, a JSON Feed) with the very schema the widgets use.
// Exit codes: 0 valid, 1 invalid, 2 unreadable or wrong usage.
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: seutu-widgets validate <file-or-url> [--blog]

Checks a seutu-feed version 1 document (the network's member towns and projects), or with
--blog a JSON Feed 1.0/1.1 blog feed, and prints each problem with its JSON path.

Exit codes: 0 valid, 1 invalid, 2 could not be read (or wrong usage).`;

const MAX_BYTES = 5 * 1024 * 1024;

async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP status ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

async function main(args) {
  const [command, source, ...rest] = args;
  const blog = rest.includes('--blog') || args.includes('--blog');
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || !source || source.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  let text;
  try {
    text = await read(source);
  } catch (error) {
    console.error(`✗ ${source}: cannot be read (${error.message})`);
    return 2;
  }
  const label = blog ? 'JSON Feed' : 'seutu-feed version 1';
  if (Buffer.byteLength(text) > MAX_BYTES) {
    console.error(`✗ ${source}: larger than 5 MB; the widgets refuse feeds this large.`);
    return 1;
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`✗ ${source}: not JSON (${error.message})`);
    return 1;
  }
  const check = blog
    ? (await import('../dist/lib/core/json-feed-check.js')).checkJsonFeed
    : (await import('../dist/lib/core/network-feed-check.js')).checkNetworkFeed;
  const problems = check(json);
  if (problems.length === 0) {
    console.log(`✓ ${source} is a valid ${label}.`);
    return 0;
  }
  console.error(`✗ ${source} is not a valid ${label}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem.path}: ${problem.message}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`✗ ${error?.stack ?? error}`);
    process.exitCode = 2;
  },
);
