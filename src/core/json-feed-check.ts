import * as v from 'valibot';
import type { FeedProblem } from './feed-problem.js';
import { problemsFromIssues } from './schema-issues.js';
import { JsonFeedOutlineSchema } from './json-feed-schema.js';
import { interpretJsonFeed } from './json-feed.js';
import { useTextWithoutDom } from './html-to-text.js';
import * as textWithoutDom from './html-to-text-without-dom.js';

// The validator runs in Node, which has no HTML parser: posts' HTML is read without one.
useTextWithoutDom(textWithoutDom);

// Any absolute base will do: relative URLs are fine, only the scheme of the result matters.
const PROBE_BASE = 'https://feed.invalid/feed.json';

/**
 * Everything the blog teaser would refuse or leave out of a JSON Feed, for the command-line
 * validator: every problem of the outline, else every item and field the teaser drops.
 */
export function checkJsonFeed(json: unknown): FeedProblem[] {
  const outline = v.safeParse(JsonFeedOutlineSchema, json);
  if (!outline.success) return problemsFromIssues(outline.issues);
  return [...interpretJsonFeed(json, PROBE_BASE, () => undefined).problems];
}
