// Dev-server middleware for the browser tests: real HTTP answers for the loader's fault cases,
// and a request counter that proves elements share one fetch per URL.
import { readFileSync } from 'node:fs';

const feed = () => readFileSync(new URL('../../data/seutu-feed.json', import.meta.url));
const counts = new Map();
const flaky = new Map();

export async function testRoutes(ctx, next) {
  const match = ctx.path.match(/^\/test-api\/([a-z0-9-]+)(?:\/([\w.-]+))?$/);
  if (!match) return next();
  const [, route, arg = ''] = match;
  ctx.set('Cache-Control', 'no-store');
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
    case 'array':
      ctx.type = 'application/json';
      ctx.body = '[]';
      return;
    default:
      return next();
  }
}
