
/** One thing wrong in a feed, located by JSON path, e.g. `$.cities[3].lat: should be a number`. */
export interface FeedProblem {
  readonly path: string;
  readonly message: string;
}

export function describeProblem(problem: FeedProblem): string {
  return `${problem.path}: ${problem.message}`;
}
