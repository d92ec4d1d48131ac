import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MsgFn } from '@lit/localize';
import { resolveLocale, type ResolvedLocale } from './locale.js';
import { observeLang } from './lang-observer.js';
import { msgFor } from './message-lookup.js';

/**
 * Keeps a host element's language in step with the page: resolves it on connect and on every
 * update, and asks for a re-render when any `lang` attribute on the page changes the result.
 * Each element resolves its own strings, so two widgets in different languages can share a page
 * without touching @lit/localize's one global locale (which the host page may be using).
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & Element;
  #current: ResolvedLocale = { tag: 'fi', ui: 'fi' };
  #unobserve: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  get tag(): string {
    return this.#current.tag;
  }

  get ui(): ResolvedLocale['ui'] {
    return this.#current.ui;
  }

  /** `msg()` bound to this element's language; call it with an explicit `id`. */
  get msg(): MsgFn {
    return msgFor(this.#current.ui);
  }

  hostConnected(): void {
    this.#refresh();
    this.#unobserve = observeLang(() => {
      if (this.#refresh()) this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unobserve?.();
    this.#unobserve = undefined;
  }

  hostUpdate(): void {
    this.#refresh();
  }

  /** Returns whether the language changed. */
  #refresh(): boolean {
    const next = resolveLocale(this.#host);
    const changed = next.tag !== this.#current.tag;
    this.#current = next;
    return changed;
  }
}
