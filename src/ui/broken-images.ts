import type { ReactiveControllerHost } from 'lit';

/** Image addresses that failed to load, by the element that showed them: it leaves them out. */
const brokenImages = new WeakMap<object, Set<string>>();

/**
 * Whether `url` failed to load in `host` before. An image that failed is left out of the next
 * render rather than shown as a broken-image icon or an empty frame; because it is left out, not
 * hidden, Lit never hands its element to another address (another post or project at the same
 * place in the list), which then gets a new, visible one.
 */
export const isBroken = (host: object, url: string): boolean | undefined => brokenImages.get(host)?.has(url);

/**
 * An image's `error` handler: its element renders again without it, in a microtask, so the
 * broken image is never painted.
 */
export function leaveOutBroken(event: Event): void {
  const image = event.currentTarget as HTMLImageElement;
  // An image whose element has gone since has no host left to update.
  const host = (image.getRootNode() as Partial<ShadowRoot>).host as (Element & Partial<ReactiveControllerHost>) | undefined;
  if (!host) return;
  const broken = brokenImages.get(host) ?? new Set();
  brokenImages.set(host, broken.add(image.src));
  host.requestUpdate?.();
}
