import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often the clock ticks; tests shorten it instead of waiting a minute. */
export const clockLimits = { tickMs: 60_000 };

/**
 * Re-renders its host every minute while `active()` says the host shows times relative to now
 * ("5 minutes ago"), so they stay true on a page left open; no timer runs otherwise, nor while
 * the host is out of the document.
 */
export class MinuteClock implements ReactiveController {
  #host: ReactiveControllerHost & Element;
  #active: () => boolean;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost & Element, active: () => boolean) {
    this.#host = host;
    this.#active = active;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdated(): void {
    if (!this.#host.isConnected || !this.#active()) this.#stop();
    else this.#timer ??= setInterval(() => this.#host.requestUpdate(), clockLimits.tickMs);
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
