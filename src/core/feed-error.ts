/** Why a feed could not be shown; the `reason` of a `seutu-error` event. */
export type FeedErrorReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'invalid'
  | 'missing-src'
  | 'not-found';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The message of anything thrown, for a log line or a `FeedError`. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
