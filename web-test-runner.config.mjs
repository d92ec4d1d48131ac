import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { testRoutes } from './test/server/test-routes.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const root = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(root, '../shared');

/** Serves `../shared/` (fixtures written by others, never copied here) under `/shared/`. */
async function sharedFixtures(ctx, next) {
  if (!ctx.path.startsWith('/shared/')) return next();
  const { readFile } = await import('node:fs/promises');
  const file = path.resolve(shared, `.${decodeURIComponent(ctx.path.slice('/shared'.length))}`);
  if (!file.startsWith(shared + path.sep)) return next();
  try {
    ctx.body = await readFile(file);
    ctx.type = path.extname(file);
  } catch {
    ctx.status = 404;
  }
}

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testRoutes, sharedFixtures],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
