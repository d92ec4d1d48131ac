import type * as v from 'valibot';
import type { FeedProblem } from './feed-problem.js';
import { jsonPath } from './json-path.js';

/** Valibot's issues as problems for feed editors: JSON path and a plain explanation. */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly (string | number)[] = [],
): FeedProblem[] {
  return issues.map((issue) => ({
    path: jsonPath([...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)]),
    message: explainIssue(issue),
  }));
}

const KINDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
  '(string | Object)': 'a text, or an object of texts keyed by language tag ({ "fi": "…", "sv": "…" })',
};

/**
 * Valibot's messages speak to programmers ("Invalid type: Expected Object but received null");
 * feed editors get the plain version. Messages the schema wrote itself are kept as they are.
 */
export function explainIssue(issue: v.BaseIssue<unknown>): string {
  const { kind, type, expected, received, message } = issue;
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (kind === 'schema' && received === 'undefined' && expected?.startsWith('"')) {
    return `is required but missing`;
  }
  if (!message.startsWith('Invalid ')) return message;
  if (kind === 'schema') {
    const wanted =
      KINDS[expected ?? ''] ??
      (type === 'picklist' || type === 'union'
        ? `one of ${(expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ')}`
        : expected);
    return `should be ${wanted}, but is ${received}`;
  }
  switch (type) {
    case 'min_value':
      return `should be at least ${String(requirement)}, but is ${received}`;
    case 'max_value':
      return `should be at most ${String(requirement)}, but is ${received}`;
    case 'non_empty':
      return 'must not be empty';
    case 'min_entries':
      return `needs at least ${String(requirement)} entry`;
    case 'iso_date':
      return `should be a date as YYYY-MM-DD, but is ${received}`;
    case 'regex':
      return `has an unexpected form (${received})`;
    default:
      return message;
  }
}
