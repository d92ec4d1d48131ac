import { render, type TemplateResult } from 'lit';
import { clearFeedCache, loaderLimits } from '../src/core/feed-loader.js';
import type { SeutuErrorDetail, SeutuLoadDetail } from '../src/core/events.js';
import '../src/index.js';

const mounted: HTMLElement[] = [];
const defaults = { ...loaderLimits };

export type Outcome =
  | { type: 'seutu-load'; detail: SeutuLoadDetail }
  | { type: 'seutu-error'; detail: SeutuErrorDetail };

/**
 * Renders a template into a fresh wrapper (optionally with a `lang`) and waits for the element's
 * first `seutu-load` or `seutu-error`, listening before it is connected so no event is missed.
 */
export async function mount<T extends HTMLElement>(
  template: TemplateResult,
  { lang, settle = true }: { lang?: string; settle?: boolean } = {},
): Promise<{ el: T; outcome: Outcome | undefined; wrapper: HTMLElement }> {
  const wrapper = document.createElement('div');
  if (lang) wrapper.lang = lang;
  const outcome = new Promise<Outcome>((resolve) => {
    const done = (event: Event) =>
      resolve({ type: event.type, detail: (event as CustomEvent).detail } as Outcome);
    wrapper.addEventListener('seutu-load', done, { once: true });
    wrapper.addEventListener('seutu-error', done, { once: true });
  });
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(template, wrapper);
  const el = wrapper.firstElementChild as T;
  const result = settle ? await outcome : undefined;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, outcome: result, wrapper };
}

/** Waits for the next `seutu-load` / `seutu-error` from `el`. */
export function nextOutcome(el: Element): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('seutu-load', done);
      el.removeEventListener('seutu-error', done);
      resolve({ type: event.type, detail: (event as CustomEvent).detail } as Outcome);
    };
    el.addEventListener('seutu-load', done);
    el.addEventListener('seutu-error', done);
  });
}

/** Removes what `mount` added, restores loader limits and forgets cached feeds. */
export function cleanup(): void {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
  Object.assign(loaderLimits, defaults);
  clearFeedCache();
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Texts of the elements matching `selector` in the shadow root, in document order. */
export function texts(el: Element, selector: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** A blob: URL serving `data` as JSON; lets a test feed any document through the real loader. */
export function jsonUrl(data: unknown): string {
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

let shipped: unknown;
/** The network feed shipped in `data/`, parsed. */
export async function shippedFeed(): Promise<any> {
  shipped ??= await (await fetch('/data/seutu-feed.json')).json();
  return structuredClone(shipped);
}
