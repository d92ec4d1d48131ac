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
 * broken image is never painted. Lit calls a template's listeners on the element that rendered
 * it (its `host`), which is `this`.
 */
export function leaveOutBroken(this: ReactiveControllerHost, event: Event): void {
  const broken = brokenImages.get(this) ?? new Set();
  brokenImages.set(this, broken.add((event.currentTarget as HTMLImageElement).src));
  this.requestUpdate();
}
