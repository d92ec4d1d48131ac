import * as v from 'valibot';
import { FeedError } from './feed-error.js';
import { describeProblem, problemSummary, type FeedProblem } from './feed-problem.js';
import { problemsFromIssues } from './schema-issues.js';
import { warnFeed } from './feed-loader.js';
import { jsonPath } from './json-path.js';
import { parseFeedDate } from './feed-dates.js';
import { readJsonFeed, type BlogFeed, type JsonFeedChecks, type LeftOut } from './json-feed-read.js';
import {
  JsonFeedAuthorSchema,
  JsonFeedItemSchema,
  JsonFeedMetaSchema,
  JsonFeedOutlineSchema,
} from './json-feed-schema.js';

export type { BlogAuthor, BlogFeed, BlogItem } from './json-feed-read.js';

/**
 * The full reading of a JSON Feed, with the schema (valibot): whatever is wrong is left out and
 * explained with its JSON path, and the rest is shown. Elements load it only for a feed that the
 * quick reading (`clean-json-feed.ts`) finds anything wrong with; `seutu-widgets validate --blog`
 * uses it directly. All problems go into one `report`.
 */
export function interpretJsonFeed(
  json: unknown,
  feedUrl?: string,
  report: (url: string | undefined, message: string) => void = warnFeed,
): BlogFeed {
  const feed = readJsonFeed(json, feedUrl, schemaChecks);
  if (feed.problems.length > 0) report(feedUrl, problemSummary(feed.problems.map(describeProblem)));
  return feed;
}

const LEFT_OUT: Record<LeftOut, string> = {
  link: 'not an http(s) or relative URL',
  date: 'is not an RFC 3339 date',
  empty: 'has nothing to show (no title, text, link, date, image or author)',
};

export const schemaChecks: JsonFeedChecks = {
  items(json) {
    const outline = v.safeParse(JsonFeedOutlineSchema, json);
    if (!outline.success) {
      const first = problemsFromIssues(outline.issues)[0]!;
      throw new FeedError('invalid', `not a JSON Feed: ${describeProblem(first)}`);
    }
    return outline.output.items;
  },
  meta: (json, problems) => lenient(JsonFeedMetaSchema, json, [], problems) ?? {},
  item: (raw, index, problems) => lenient(JsonFeedItemSchema, raw, ['items', index], problems),
  author(raw) {
    const parsed = v.safeParse(JsonFeedAuthorSchema, raw);
    return parsed.success ? parsed.output : { problem: parsed.issues[0].message };
  },
  date: parseFeedDate,
  leftOut(problems, path, why, raw) {
    problems.push({ path, message: `${raw === undefined ? '' : `"${raw.slice(0, 40)}" `}${LEFT_OUT[why]}; left out` });
  },
};

/**
 * Validates an object field by field: a field of the wrong type is noted and left out, and the
 * rest is kept. Returns undefined only when `value` is not an object at all.
 */
function lenient<S extends typeof JsonFeedItemSchema | typeof JsonFeedMetaSchema>(
  schema: S,
  value: unknown,
  prefix: readonly (string | number)[],
  problems: FeedProblem[],
): v.InferOutput<S> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: jsonPath(prefix), message: 'is not an object; left out' });
    return undefined;
  }
  let current: Record<string, unknown> = value as Record<string, unknown>;
  for (;;) {
    const parsed = v.safeParse(schema, current);
    if (parsed.success) return parsed.output as v.InferOutput<S>;
    const fields = new Set<string>();
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      if (typeof key === 'string' && key in current) fields.add(key);
    }
    if (fields.size === 0) return undefined; // cannot happen with all-optional schemas
    for (const problem of problemsFromIssues(parsed.issues, prefix)) {
      problems.push({ path: problem.path, message: `${problem.message}; left out` });
    }
    current = { ...current };
    for (const key of fields) delete current[key];
  }
}

