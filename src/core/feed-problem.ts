
/** One thing wrong in a feed, located by JSON path, e.g. `$.cities[3].lat: should be a number`. */
export interface FeedProblem {
  readonly path: string;
  readonly message: string;
}

export function describeProblem(problem: FeedProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** The console line for a feed read with problems: how many, and the first ten, described. */
export function problemSummary(described: readonly string[]): string {
  return `${described.length} problem(s); the rest of the feed is shown. ${described.slice(0, 10).join('; ')}`;
}
