import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MsgFn } from '@lit/localize';
import { resolveLocale, type ResolvedLocale } from './locale.js';
import { observeLang } from './lang-observer.js';
import { msgFor, type LocaleStrings } from './message-lookup.js';
/**
 * Keeps a host element's language in step with the page: resolves it on connect and on every
 * update, and asks for a re-render when any `lang` attribute on the page changes the result.
 * Each element resolves its own strings, so two widgets in different languages can share a page
 * without touching @lit/localize's one global locale (which the host page may be using).
 *
 * The element passes the string groups it renders (`src/locales/<group>.ts`), so its entry
 * bundle carries only those: `new LocaleController(this, cityListStrings)`.
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & Element;
  #current: ResolvedLocale = { tag: 'fi', ui: 'fi' };
  #unobserve: (() => void) | undefined;
  #tables: readonly LocaleStrings[];
  /** One `msg()` per language, made on first use: none per render. */
  #msg: { [L in ResolvedLocale['ui']]?: MsgFn } = {};

  /** `tables`: the element's string groups, searched in order. */
  constructor(host: ReactiveControllerHost & Element, ...tables: [LocaleStrings, ...LocaleStrings[]]) {
    this.#host = host;
    this.#tables = tables;
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
    const { ui } = this.#current;
    return (this.#msg[ui] ??= msgFor(ui, this.#tables));
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
