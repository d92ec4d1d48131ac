import type * as v from 'valibot';
import { jsonPath } from './json-path.js';

/** One thing wrong in a feed, located by JSON path, e.g. `$.cities[3].lat: Invalid type`. */
export interface FeedProblem {
  readonly path: string;
  readonly message: string;
}

export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly (string | number)[] = [],
): FeedProblem[] {
  return issues.map((issue) => ({
    path: jsonPath([...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)]),
    message: issue.message,
  }));
}

export function describeProblem(problem: FeedProblem): string {
  return `${problem.path}: ${problem.message}`;
}
