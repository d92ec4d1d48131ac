// Network fault matrix: every data element against every way a feed request goes wrong, served
// by the test server (test/server/test-routes.mjs), in Finnish, Swedish and English.
// <seutu-city-list> already has 404, 500, HTML-with-200, timeout, refused connection and retry in
// city-list-states.test.ts; here it gets only the faults that suite does not cover.
import { expect } from '@open-wc/testing';
import { captureWarnings, cleanup, mount } from './helpers.js';
import { loaderLimits } from '../src/core/feed-loader.js';
import { ELEMENTS, LANGS, errorText, route, tick, uid, type Lang } from './fixtures/elements.js';
import { REASON_TEXT, httpText } from './fixtures/reason-texts.js';

interface Fault {
  readonly name: string;
  readonly path: () => string;
  /** null: the request succeeds in the end and the feed shows. */
  readonly reason: 'http' | 'timeout' | 'network' | 'parse' | 'invalid' | null;
  readonly status?: number;
  readonly text?: Readonly<Record<Lang, string>>;
  readonly setup?: () => void;
  /** Covered for <seutu-city-list> by city-list-states.test.ts. */
  readonly coveredForCityList?: boolean;
}

const FAULTS: readonly Fault[] = [
  { name: '404', path: () => '/test-api/status/404', reason: 'http', status: 404, text: httpText(404), coveredForCityList: true },
  {
    name: '500 on both tries',
    path: () => `/test-api/always-500/${uid()}`,
    reason: 'http',
    status: 500,
    text: httpText(500),
    coveredForCityList: true,
  },
  { name: '500, then 200 on the retry', path: () => `/test-api/flaky/${uid()}`, reason: null, coveredForCityList: true },
  {
    name: 'no answer before the timeout',
    path: () => '/test-api/slow/4000',
    setup: () => (loaderLimits.timeoutMs = 200),
    reason: 'timeout',
    text: REASON_TEXT.timeout,
    coveredForCityList: true,
  },
  {
    name: 'a body that stops coming before the timeout',
    path: () => `/test-api/stalled-body/${uid()}`,
    setup: () => (loaderLimits.timeoutMs = 300),
    reason: 'timeout',
    text: REASON_TEXT.timeout,
  },
  {
    name: 'a refused connection',
    path: () => 'http://127.0.0.1:9/feed.json',
    reason: 'network',
    text: REASON_TEXT.network,
    coveredForCityList: true,
  },
  { name: 'a body that is not JSON (cut short)', path: () => '/test-api/truncated', reason: 'parse', text: REASON_TEXT.parse },
  {
    name: 'an HTML error page with status 200',
    path: () => '/test-api/html',
    reason: 'parse',
    text: REASON_TEXT.parse,
    coveredForCityList: true,
  },
  { name: 'an empty body', path: () => '/test-api/empty', reason: 'parse', text: REASON_TEXT.parse },
  { name: 'a body over 5 MB (with Content-Length)', path: () => '/test-api/big', reason: 'invalid', text: REASON_TEXT.invalid },
  {
    name: 'a body over 5 MB once unpacked (compressed, with its small length)',
    path: () => '/test-api/big-gzip',
    reason: 'invalid',
    text: REASON_TEXT.invalid,
  },
  { name: 'a body over 5 MB (streamed, no length)', path: () => '/test-api/big-stream', reason: 'invalid', text: REASON_TEXT.invalid },
  { name: 'a JSON array instead of an object', path: () => '/test-api/array', reason: 'invalid', text: REASON_TEXT.invalid },
];

describe('reliability: network faults', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);

  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // The retry waits 250 ms by default; the behaviour under test is the same with less.
    loaderLimits.retryDelayMs = 10;
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });

  for (const element of ELEMENTS) {
    describe(`<${element.tag}>`, () => {
      for (const fault of FAULTS) {
        if (fault.coveredForCityList && element.tag === 'seutu-city-list') continue;
        const langs = fault.reason === null ? (['fi'] as const) : LANGS;
        for (const lang of langs) {
          it(`${fault.name} (${lang})`, async function () {
            this.timeout(20000);
            fault.setup?.();
            const path = fault.path();
            const src = /^https?:/.test(path) ? path : route(element, path);
            const url = new URL(src, location.href).href;
            const { result, warnings } = await captureWarnings(async () => {
              const mounted = await mount(element.render(src, { lang }));
              await tick();
              return mounted;
            });
            const { el, outcome } = result;

            if (fault.reason === null) {
              expect(outcome?.type).to.equal('seutu-load');
              expect(outcome?.detail).to.deep.include({ url });
              expect(outcome?.detail).not.to.have.property('stale');
              expect(el.shadowRoot!.querySelectorAll(element.entries).length).to.be.greaterThan(0);
              expect(errorText(el)).to.equal('');
              expect(warnings).to.deep.equal([]);
            } else {
              const detail: Record<string, unknown> = { url, reason: fault.reason };
              if (fault.status !== undefined) detail['status'] = fault.status;
              expect(outcome).to.deep.equal({ type: 'seutu-error', detail });
              expect(errorText(el)).to.equal(`${element.headline[lang]} ${fault.text![lang]}`);
              // Nothing of a feed is shown, and the host's fallback is.
              expect(el.shadowRoot!.querySelectorAll(element.entries)).to.have.length(0);
              const fallback = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])');
              expect(fallback?.assignedElements()[0]?.textContent).to.equal('Fallback');
              // One warning, naming the URL.
              expect(warnings).to.have.length(1);
              expect(warnings[0]).to.include(url);
            }
            expect(uncaught).to.deep.equal([]);
          });
        }
      }
    });
  }
});
