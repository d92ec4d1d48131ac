// The benchmark's own static server: the project folder (built `dist/`, `demo/`, `bench/`) on a
// free port of 127.0.0.1, a generated 1,000-post JSON Feed, feeds that count their requests, a
// page of 50 elements sharing one `src`, and optional delays that stand in for a slow network.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { blogFeed } from './blog-feed.mjs';
import { coldPage } from './cold/pages.mjs';
import { CONTENT_TYPES } from '../scripts/content-types.mjs';


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the server; resolves to `{ origin, counts, setDelays, close }`.
 * `counts` maps a counted feed's id to the number of requests it received.
 */
export async function startServer(root) {
  const counts = new Map();
  const blogText = JSON.stringify(blogFeed(1000));
  const networkFeed = await readFile(path.join(root, 'data/seutu-feed.json'), 'utf8');
  const projects = JSON.parse(networkFeed).projects?.map((p) => p.id) ?? [];
  let delays = { script: 0, json: 0 };
  // A static host or CDN compresses a file once, not at every request (7 ms for React's bundle):
  // each body's compressed form, by its hash.
  const compressed = new Map();
  const gzipOnce = (body) => {
    const key = createHash('sha1').update(body).digest('base64');
    let gzipped = compressed.get(key);
    if (!gzipped) compressed.set(key, (gzipped = gzipSync(body)));
    return gzipped;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body, extra = {}) => {
      // Compressed and with its length, as a static host or CDN serves text.
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type) && body.length > 1024) {
        body = gzipOnce(body);
        extra = { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...extra };
      }
      res.writeHead(status, {
        'Content-Length': Buffer.byteLength(body),
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Cross-Origin-Resource-Policy': 'same-origin',
        // Cross-origin isolation gives performance.now() its full resolution on the timing page.
        ...(url.pathname === '/bench/page.html'
          ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
          : {}),
        ...extra,
      });
      res.end(body);
    };
    try {
      if (url.pathname === '/bench/blog-1000.json') return send(200, CONTENT_TYPES['.json'], blogText);
      const counted = /^\/bench\/counted\/([\w-]+)\.json$/.exec(url.pathname);
      if (counted) {
        counts.set(counted[1], (counts.get(counted[1]) ?? 0) + 1);
        await sleep(50); // an answer that takes a moment, as over a network: requests overlap
        return send(200, CONTENT_TYPES['.json'], networkFeed);
      }
      const cold = /^\/bench\/cold\/([\w-]+)\.html$/.exec(url.pathname);
      if (cold) {
        const page = coldPage(cold[1], networkFeed);
        return page ? send(200, CONTENT_TYPES['.html'], page) : send(404, 'text/plain', 'not found');
      }
      if (url.pathname === '/bench/requests.html') {
        return send(200, CONTENT_TYPES['.html'], requestsPage(url.searchParams.get('id') ?? 'x', projects));
      }
      const file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root + path.sep) || file.includes(`${path.sep}node_modules${path.sep}`)) {
        return send(403, 'text/plain', 'forbidden');
      }
      const ext = path.extname(file);
      let body;
      try {
        body = await readFile(file);
      } catch {
        return send(404, 'text/plain', 'not found');
      }
      if (ext === '.json' && delays.json) await sleep(delays.json);
      if (ext === '.js' && delays.script) await sleep(delays.script);
      return send(200, CONTENT_TYPES[ext] ?? 'application/octet-stream', body);
    } catch (error) {
      if (!res.headersSent) send(500, 'text/plain', String(error));
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    setDelays(next) {
      delays = { script: 0, json: 0, ...next };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * 50 elements of every kind that reads the network feed, all with one `src`: 20 city lists in
 * three layouts and languages, 10 maps, 10 project lists and 10 project cards.
 */
function requestsPage(id, projects) {
  const src = `/bench/counted/${id}.json`;
  const langs = ['fi', 'sv', 'en'];
  const layouts = ['list', 'grid', 'sentence'];
  const tags = [];
  for (let i = 0; i < 20; i++) {
    tags.push(`<seutu-city-list src="${src}" lang="${langs[i % 3]}" layout="${layouts[i % 3]}"></seutu-city-list>`);
  }
  for (let i = 0; i < 10; i++) tags.push(`<seutu-city-map src="${src}" lang="${langs[i % 3]}"></seutu-city-map>`);
  for (let i = 0; i < 10; i++) tags.push(`<seutu-project-list src="${src}" lang="${langs[i % 3]}"></seutu-project-list>`);
  for (let i = 0; i < 10; i++) {
    const project = projects[i % Math.max(projects.length, 1)] ?? 'none';
    tags.push(`<seutu-project-card src="${src}" project="${project}" lang="${langs[i % 3]}"></seutu-project-card>`);
  }
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>50 elements, one src</title>
<script>
  window.__settled = 0;
  for (const type of ['seutu-load', 'seutu-error']) {
    document.addEventListener(type, () => { window.__settled++; });
  }
</script>
<script type="module" src="/dist/seutu-widgets.js"></script></head>
<body>${tags.join('\n')}</body></html>`;
}
