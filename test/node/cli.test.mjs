// The feed validator as network staff run it: a real process, real files, a real HTTP server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/seutu-widgets.mjs');
const shipped = path.join(root, 'data/seutu-feed.json');

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let dir;
let server;
let base;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seutu-cli-'));
  const feed = await readFile(shipped);
  server = createServer((req, res) => {
    if (req.url === '/feed.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(feed);
    else res.writeHead(404).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

async function feedFile(name, mutate) {
  const feed = JSON.parse(await readFile(shipped, 'utf8'));
  mutate(feed);
  const file = path.join(dir, name);
  await writeFile(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return file;
}

test('the shipped feed is valid: exit 0', async () => {
  const { code, stdout } = await run('validate', shipped);
  assert.equal(code, 0);
  assert.match(stdout, /is a valid seutu-feed version 1/);
});

test('a feed from a URL is fetched and checked: exit 0', async () => {
  const { code, stdout } = await run('validate', `${base}/feed.json`);
  assert.equal(code, 0, stdout);
});

test('every problem is printed with its JSON path and a plain explanation: exit 1', async () => {
  const file = await feedFile('bad.json', (feed) => {
    feed.cities[3].lat = 'north';
    delete feed.cities[4].name;
    feed.cities[5].url = 'javascript:alert(1)';
    feed.cities[7].code = feed.cities[6].code;
    feed.projects[0].cities.push('helsinki');
    feed.projects[1].status = 'done';
  });
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(stderr, /6 problem\(s\)/);
  assert.match(stderr, /\$\.cities\[3\]\.lat: should be a number, but is "north"/);
  assert.match(stderr, /\$\.cities\[4\]\.name: is required but missing/);
  assert.match(stderr, /\$\.cities\[5\]\.url: "javascript:alert\(1\)" is not an http\(s\) or relative URL/);
  assert.match(stderr, /\$\.cities\[7\]\.code: repeats code/);
  assert.match(stderr, /\$\.projects\[0\]\.cities\[1\]: names "helsinki", which is not a town in this feed/);
  assert.match(stderr, /\$\.projects\[1\]\.status: should be one of "planned", "ongoing", "completed", but is "done"/);
});

test('a document of another version is invalid: exit 1', async () => {
  const file = path.join(dir, 'v2.json');
  await writeFile(file, JSON.stringify({ version: 2, cities: [] }));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(stderr, /\$\.version: should be 1, but is 2/);
});

test('a file that is not JSON is invalid: exit 1', async () => {
  const file = path.join(dir, 'page.html');
  await writeFile(file, '<!doctype html><title>404</title>');
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(stderr, /not JSON/);
});

test('a missing file or an HTTP error is unreadable: exit 2', async () => {
  const missing = await run('validate', path.join(dir, 'nope.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot be read/);
  const http = await run('validate', `${base}/missing.json`);
  assert.equal(http.code, 2);
  assert.match(http.stderr, /HTTP status 404/);
});

test('wrong usage prints the usage: exit 2', async () => {
  const { code, stderr } = await run('check');
  assert.equal(code, 2);
  assert.match(stderr, /Usage: seutu-widgets validate/);
});

test('--blog checks a real-world JSON Feed from ../shared: exit 0', async () => {
  const fixture = path.resolve(root, '../shared/fixtures/jsonfeed/rsparser_3960.json');
  const { code, stdout } = await run('validate', fixture, '--blog');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /is a valid JSON Feed/);
});

test('--blog reports what the teaser would drop, with JSON paths: exit 1', async () => {
  const file = path.join(dir, 'blog.json');
  await writeFile(
    file,
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Blogi',
      items: [
        { id: '1', title: 'Hyvä', date_published: '2026-05-01T10:00:00+03:00' },
        { id: '2', title: 'Päiväys', date_published: 'eilen' },
        { id: '3', title: 'Linkki', url: 'javascript:alert(1)' },
        'not an item',
        { id: '5', content_html: '<p>Vain &amp; teksti</p>' },
        { id: '6', content_html: '<script>alert(1)</script><!-- ei tekstiä -->' },
      ],
    }),
  );
  const { code, stderr } = await run('validate', file, '--blog');
  assert.equal(code, 1);
  assert.match(stderr, /\$\.items\[1\]\.date_published: "eilen" is not an RFC 3339 date/);
  assert.match(stderr, /\$\.items\[2\]\.url: not an http\(s\) or relative URL/);
  assert.match(stderr, /\$\.items\[3\]: is not an object/);
  // Node has no HTML parser: a post's HTML is still read for its text, as a browser reads it.
  assert.doesNotMatch(stderr, /\$\.items\[4\]/);
  assert.match(stderr, /\$\.items\[5\]: has nothing to show/);
  const wrong = path.join(dir, 'not-a-feed.json');
  await writeFile(wrong, JSON.stringify({ version: 'https://jsonfeed.org/version/2', items: {} }));
  const outline = await run('validate', wrong, '--blog');
  assert.equal(outline.code, 1);
  assert.match(outline.stderr, /\$\.version: must be a JSON Feed version 1 URL/);
  assert.match(outline.stderr, /\$\.items: must be an array of items/);
});
