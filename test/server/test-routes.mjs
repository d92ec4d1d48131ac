// Dev-server middleware for the browser tests: real HTTP answers for the loader's fault cases,
// and a request counter that proves elements share one fetch per URL.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

const networkFeed = () => readFileSync(new URL('../../data/seutu-feed.json', import.meta.url));
const blogFeed = () => readFileSync(new URL('../../data/blog-example.json', import.meta.url));
const counts = new Map();
const flaky = new Map();
const served = new Map();

export async function testRoutes(ctx, next) {
  const match = ctx.path.match(/^\/test-api\/([a-z0-9-]+)(?:\/([\w.-]+))?$/);
  if (!match) return next();
  const [, route, arg = ''] = match;
  ctx.set('Cache-Control', 'no-store');
  // The feed-serving routes answer with the network feed, or with the example JSON Feed for `?feed=blog`.
  const feed = ctx.query.feed === 'blog' ? blogFeed : networkFeed;
  switch (route) {
    case 'status':
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    case 'flaky': {
      const seen = flaky.get(arg) ?? 0;
      flaky.set(arg, seen + 1);
      if (seen === 0) {
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = feed();
      return;
    }
    case 'always-500': {
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      ctx.status = 500;
      ctx.body = 'broken';
      return;
    }
    case 'slow-404':
      await new Promise((resolve) => setTimeout(resolve, Number(arg)));
      ctx.status = 404;
      ctx.body = 'gone';
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, Number(arg)));
      ctx.type = 'application/json';
      ctx.body = feed();
      return;
    case 'counted':
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      ctx.type = 'application/json';
      ctx.body = feed();
      return;
    case 'count':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(arg) ?? 0 });
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Error</title><h1>Something went wrong</h1>';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      ctx.status = 200;
      return;
    case 'big':
      ctx.type = 'application/json';
      ctx.body = `{"version":1,"cities":[],"padding":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`;
      return;
    case 'big-gzip':
      // A small compressed body that unpacks to over 5 MB: its declared length is the compressed one.
      ctx.type = 'application/json';
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = gzipSync(`{"version":1,"cities":[],"padding":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`);
      return;
    case 'array':
      ctx.type = 'application/json';
      ctx.body = '[]';
      return;
    case 'truncated':
      // JSON cut short: what a proxy or a failed deploy can leave behind, served as JSON.
      ctx.type = 'application/json';
      ctx.body = '{"version":1,"cities":[{"id":"salo","name":';
      return;
    case 'big-stream': {
      // Over 5 MB without a Content-Length: the loader must stop reading, not buffer it all.
      ctx.type = 'application/json';
      const chunk = 'x'.repeat(64 * 1024);
      const total = Math.ceil((5 * 1024 * 1024 + 10) / chunk.length) + 1;
      let sent = 0;
      ctx.body = Readable.from(
        (function* () {
          yield '{"version":1,"cities":[],"padding":"';
          while (sent++ < total) yield chunk;
          yield '"}';
        })(),
      );
      return;
    }
    case 'stalled-body': {
      // Headers and the start of a feed at once, then nothing for 4 s: the limit covers the body too.
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          yield '{"version":1,"cities":[';
          await new Promise((resolve) => setTimeout(resolve, 4000));
          yield ']}';
        })(),
      );
      return;
    }
    case 'ok-then-500': {
      // A feed that loads once, then fails: the "last good copy" case.
      const seen = served.get(arg) ?? 0;
      served.set(arg, seen + 1);
      if (seen > 0) {
        ctx.status = 500;
        ctx.body = 'down';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = feed();
      return;
    }
    case 'csp':
      // `/test-api/csp/page?policy=…` and the page's one script, `/test-api/csp/recorder.js`.
      if (arg === 'recorder.js') {
        ctx.type = 'text/javascript';
        ctx.body = CSP_RECORDER;
        return;
      }
      return cspPage(ctx);
    case 'hostile-blog':
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify(HOSTILE_BLOG);
      return;
    default:
      return next();
  }
}

// A page under a strict Content Security Policy with every element from the built bundle. The
// policy is `?policy=strict` (the product's: no inline script or style, Trusted Types required)
// or `?policy=documented` (the README's, which also limits connections, images and policy names).
const POLICIES = {
  strict: "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  documented:
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; " +
    "require-trusted-types-for 'script'; trusted-types lit-html seutu-widgets#html-to-text",
};

// Records, for the test in the parent page: CSP violations, errors, and each element's outcome.
// Served as a file: the policy refuses inline scripts.
const CSP_RECORDER = `
window.__violations = [];
window.__errors = [];
window.__outcomes = [];
document.addEventListener('securitypolicyviolation', (e) => {
  __violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});
addEventListener('error', (e) => __errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
for (const type of ['seutu-load', 'seutu-error']) {
  document.addEventListener(type, (e) => __outcomes.push({ type, tag: e.target.localName, detail: e.detail }));
}
`;

function cspPage(ctx) {
  const policy = POLICIES[ctx.query.policy] ?? POLICIES.strict;
  ctx.set('Content-Security-Policy', policy);
  ctx.type = 'text/html';
  // Fallback children with links and lists: the host's own markup under the same policy.
  ctx.body = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>CSP</title>
<script src="/test-api/csp/recorder.js"></script>
<script type="module" src="/dist/seutu-widgets.js"></script>
</head>
<body>
<seutu-city-list><a href="/kaupungit">Jäsenkaupungit</a></seutu-city-list>
<seutu-city-list layout="grid" group-by="region" searchable current="salo" lang="sv"></seutu-city-list>
<seutu-city-list layout="sentence" lang="en"></seutu-city-list>
<seutu-city-map current="ylivieska"></seutu-city-map>
<seutu-city-map labels no-links lang="sv"></seutu-city-map>
<seutu-project-card project="joustavat-koulutusmallit"></seutu-project-card>
<seutu-project-list layout="grid" lang="sv"></seutu-project-list>
<seutu-blog-teaser src="/dist/data/blog-example.json" show-title></seutu-blog-teaser>
<seutu-blog-teaser src="/dist/data/blog-example.json" layout="cards" lang="sv" relative></seutu-blog-teaser>
<seutu-blog-teaser src="/test-api/hostile-blog" layout="compact" lang="en"></seutu-blog-teaser>
<seutu-city-list src="/test-api/status/404"><a href="/kaupungit">Jäsenkaupungit</a></seutu-city-list>
</body>
</html>`;
}

// A JSON Feed whose HTML carries inline styles, scripts and handlers: read as text in an inert
// document, none of it may run, load or count as inline style under the page's policy.
const HOSTILE_BLOG = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '<style>body{display:none}</style>Feed',
  items: [
    {
      id: '1',
      title: '<img src=x onerror="window.__pwned=1">Title',
      content_html:
        '<p style="color:red">Styled <b style="font-size:9em">text</b></p><style>p{color:red}</style>' +
        '<script>window.__pwned=1</script><img src="/test-api/status/418" onerror="window.__pwned=1">' +
        '<svg onload="window.__pwned=1"><style>*{}</style></svg><a href="javascript:window.__pwned=1">link</a>',
      url: 'javascript:window.__pwned=1',
      date_published: '2024-05-01T10:00:00Z',
    },
    {
      id: '2',
      summary: '<b style="x">Summary</b> with &lt;script&gt;',
      content_html: '<div style="background:url(/test-api/status/418)">Background</div>',
      url: '/posts/2',
      image: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
    },
  ],
};
