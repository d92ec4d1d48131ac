import type { FeedErrorReason } from './feed-error.js';

/**
 * `detail` of `seutu-load`: the feed's address (null for data set as a property) and entry count;
 * `stale` is set when loading failed and the last good copy stored by `cache="local"` is shown.
 */
export interface SeutuLoadDetail {
  readonly url: string | null;
  readonly count: number;
  readonly stale?: true;
}

/** `detail` of `seutu-error`. `status` is set for HTTP errors. */
export interface SeutuErrorDetail {
  readonly url: string | null;
  readonly reason: FeedErrorReason;
  readonly status?: number;
}

export interface SeutuEventMap {
  'seutu-load': CustomEvent<SeutuLoadDetail>;
  'seutu-error': CustomEvent<SeutuErrorDetail>;
}

export function seutuEvent<K extends keyof SeutuEventMap>(
  type: K,
  detail: SeutuEventMap[K]['detail'],
): SeutuEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as SeutuEventMap[K];
}
