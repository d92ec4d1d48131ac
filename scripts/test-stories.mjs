#!/usr/bin/env node
// Runs every story of the built Storybook (storybook-static/) in system Chromium, in every
// locale (fi, sv, en, set through the toolbar global), and checks each with axe-core.
//
// A story fails when it does not render (Storybook's error display, a render phase that errors,
// no seutu-* element, an element never defined or never done loading), when the page logs an
// error or throws, when it asks for anything outside the Storybook (stories use fixture data),
// or when axe finds a violation in #storybook-root (the addon-a11y rules: axe's defaults without
// `region`). Stories tagged `state-loading` must instead stay busy (aria-busy) for the whole
// check. Content wider than a story's 320 px column is reported as a warning (reflow), not a
// failure. One browser, a few pages at once, 20 s per check and an overall time budget.
//
//   npx storybook build -o storybook-static && node scripts/test-stories.mjs
//
// Environment: STORYBOOK_STATIC (directory, default storybook-static), SEUTU_STORY_LOCALES
// (default fi,sv,en), SEUTU_STORY_THEMES (default "default"; add dark,brand to check every story
// on those host themes too), SEUTU_STORY_FILTER (only story ids containing it),
// SEUTU_STORY_CONCURRENCY (pages at once, default 3), SEUTU_STORY_BUDGET_S (overall limit,
// default 1800; checks not started by then fail), SEUTU_STORY_SUMMARY (write {"passed","failed"}
// JSON there). Exits 1 on any failure.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { CONTENT_TYPES } from './content-types.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STATIC_DIR = resolve(ROOT, process.env.STORYBOOK_STATIC ?? 'storybook-static');
const list = (value, fallback) =>
  (value ?? fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const LOCALES = list(process.env.SEUTU_STORY_LOCALES, 'fi,sv,en');
const THEMES = list(process.env.SEUTU_STORY_THEMES, 'default');
const FILTER = process.env.SEUTU_STORY_FILTER ?? '';
const CONCURRENCY = Math.max(1, Number(process.env.SEUTU_STORY_CONCURRENCY ?? 3) || 3);
const STORY_TIMEOUT_MS = 20_000;
const BUDGET_MS = Math.max(60, Number(process.env.SEUTU_STORY_BUDGET_S ?? 1800) || 1800) * 1000;
const LOADING_TAG = 'state-loading';
/** How long a loading story must stay busy. */
const HOLD_MS = 750;


/** A small static server for storybook-static/ on a free localhost port. */
function serve(dir) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname === AXE_PATH) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'max-age=3600' });
      createReadStream(AXE_FILE).pipe(response);
      return;
    }
    let file = normalize(join(dir, pathname));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && pathname === '/favicon.ico') {
      // The browser asks for it on its own; Storybook ships favicon.svg.
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Cacheable, so each page reuses the scripts already parsed (V8's code cache) instead of
    // compiling Storybook's bundle again for every story.
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

function storiesFrom(dir) {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} is missing: build Storybook first (npx storybook build -o storybook-static).`);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => !FILTER || entry.id.includes(FILTER))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** In the page: has the story rendered, and are its widgets done (or, for loading, busy)? */
function renderState(expectLoading) {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim() ?? '';
    return { done: true, error: `Storybook error display: ${message}`.slice(0, 400) };
  }
  if (render?.phase === 'errored' || render?.phase === 'aborted') {
    return { done: true, error: `story render ${render.phase}` };
  }
  if (render?.phase !== 'finished') return { done: false, why: `render phase ${render?.phase ?? 'none'}` };
  const root = document.querySelector('#storybook-root');
  const widgets = root ? [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('seutu-')) : [];
  if (widgets.length === 0) return { done: false, why: 'no seutu-* element in #storybook-root' };
  const undefinedTag = widgets.find((el) => !customElements.get(el.localName));
  if (undefinedTag) return { done: false, why: `<${undefinedTag.localName}> is not defined` };
  if (widgets.some((el) => el.isUpdatePending !== false || !el.shadowRoot)) return { done: false, why: 'update pending' };
  const busy = widgets.filter((el) => el.shadowRoot.querySelector('[aria-busy="true"]')).length;
  if (expectLoading) return busy === widgets.length ? { done: true } : { done: false, why: 'not loading' };
  return busy === 0 ? { done: true, count: widgets.length } : { done: false, why: `${busy} element(s) still loading` };
}

async function waitForRender(page, expectLoading) {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  let last = { done: false, why: 'not started' };
  while (Date.now() < deadline) {
    last = await page.evaluate(renderState, expectLoading);
    if (last.done) return last;
    await page.waitForTimeout(100);
  }
  return { done: true, error: `did not render within ${STORY_TIMEOUT_MS / 1000} s: ${last.why}` };
}

/** axe-core, served beside the Storybook so every page loads it from the browser's cache. */
const AXE_FILE = require.resolve('axe-core/axe.min.js');
const AXE_PATH = '/__test-stories__/axe.min.js';

/** The same rules as the a11y addon: axe's defaults without `region` (a story is no page). */
async function runAxe(page, origin) {
  await page.addScriptTag({ url: origin + AXE_PATH });
  return page.evaluate(async () => {
    const axe = window.axe;
    axe.configure({ rules: [{ id: 'region', enabled: false }] });
    const results = await axe.run('#storybook-root', { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

async function checkStory(context, origin, story, locale, theme) {
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`.slice(0, 500));
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`network request outside the Storybook: ${url}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const expectLoading = (story.tags ?? []).includes(LOADING_TAG);
  // a11y.manual: the addon's own axe run (the same check, in the panel) is skipped; this runs it.
  const globals = [`locale:${locale}`, ...(theme === 'default' ? [] : [`theme:${theme}`]), 'a11y.manual:!true'].join(';');
  const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`;
  let violations = [];
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    const state = await waitForRender(page, expectLoading);
    if (state.error) {
      problems.push(state.error);
    } else {
      if (expectLoading) {
        await page.waitForTimeout(HOLD_MS);
        const still = await page.evaluate(renderState, true);
        if (!still.done || still.error) problems.push('the loading state did not hold');
      }
      const lang = await page.evaluate(() => document.querySelector('#storybook-root [lang]')?.getAttribute('lang'));
      if (lang !== locale) problems.push(`the story is not in locale ${locale} (lang="${lang}")`);
      violations = await runAxe(page, origin);
      // Reflow at 320 px: reported, not failed (the elements' own CSS decides it).
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('[data-seutu-narrow]')]
          .filter((column) => column.scrollWidth > column.clientWidth + 1)
          .map((column) => `${column.scrollWidth - column.clientWidth} px wider than its ${column.clientWidth} px column`),
      );
      warnings.push(...overflow.map((text) => `reflow: content ${text}`));
    }
  } catch (error) {
    problems.push(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await page.close().catch(() => undefined);
  }
  return { problems, violations, warnings };
}

async function main() {
  const stories = storiesFrom(STATIC_DIR);
  if (stories.length === 0) throw new Error('no stories found in index.json');
  const server = await serve(STATIC_DIR);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const stop = () => {
    browser.close().finally(() => server.close(() => process.exit(130)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const started = Date.now();
  const tasks = stories.flatMap((story) =>
    THEMES.flatMap((theme) => LOCALES.map((locale) => ({ story, locale, theme }))),
  );
  console.log(
    `${stories.length} stories × ${LOCALES.length} locales${THEMES.length > 1 ? ` × ${THEMES.length} themes` : ''} = ${tasks.length} checks`,
  );
  let passed = 0;
  let failed = 0;
  let violationCount = 0;
  let warned = 0;
  const failures = [];
  let next = 0;
  async function worker() {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-US' });
    try {
      while (next < tasks.length) {
        const { story, locale, theme } = tasks[next++];
        const name = `${story.id} [${locale}${theme === 'default' ? '' : `, ${theme}`}]`;
        if (Date.now() - started > BUDGET_MS) {
          failed++;
          failures.push(name);
          console.log(`FAIL  ${name}: not run, over the ${BUDGET_MS / 1000} s budget`);
          continue;
        }
        const result = await checkStory(context, origin, story, locale, theme);
        const nodeCount = result.violations.reduce((sum, v) => sum + v.nodes.length, 0);
        violationCount += result.violations.length;
        if (result.warnings.length > 0) {
          warned++;
          for (const warning of result.warnings) console.log(`warn  ${name}: ${warning}`);
        }
        if (result.problems.length === 0 && result.violations.length === 0) {
          passed++;
          console.log(`ok    ${name}`);
        } else {
          failed++;
          const lines = [
            ...result.problems,
            ...result.violations.flatMap((v) => [
              `axe ${v.id} (${v.impact}): ${v.help}`,
              ...v.nodes.slice(0, 5).map((n) => `    at ${n.target}: ${n.summary}`.slice(0, 400)),
            ]),
          ];
          console.log(`FAIL  ${name}: ${result.violations.length} violation(s) on ${nodeCount} node(s), ${result.problems.length} problem(s)`);
          for (const line of lines) console.log(`      ${line}`);
          failures.push(name);
        }
      }
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
  } finally {
    await browser.close().catch(() => undefined);
    await new Promise((done) => server.close(done));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) console.log(`\nFailed:\n${failures.sort().map((name) => `  ${name}`).join('\n')}`);
  console.log(
    `\n${passed} passed, ${failed} failed (${stories.length} stories × ${LOCALES.length} locales` +
      `${THEMES.length > 1 ? ` × ${THEMES.length} themes` : ''}, ${violationCount} axe violations) in ${seconds} s` +
      (warned ? `; ${warned} with warnings (not failures)` : ''),
  );
  if (process.env.SEUTU_STORY_SUMMARY) {
    writeFileSync(process.env.SEUTU_STORY_SUMMARY, JSON.stringify({ passed, failed }) + '\n');
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    if (process.env.SEUTU_STORY_SUMMARY) {
      writeFileSync(process.env.SEUTU_STORY_SUMMARY, JSON.stringify({ passed: 0, failed: 1 }) + '\n');
    }
    process.exit(1);
  },
);
