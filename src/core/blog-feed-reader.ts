import { cleanChecks, UNCLEAN } from './clean-json-feed.js';
import { warnFeed } from './feed-loader.js';
import { readJsonFeed, type BlogFeed } from './json-feed-read.js';

/**
 * How the blog teaser reads a JSON Feed: at once with the quick checks when the schema would
 * find nothing wrong (the rule), else with the full reading, loaded then, which leaves out what
 * is wrong and explains it in the console with JSON paths.
 */
export function readBlogFeed(json: unknown, url: string | undefined): BlogFeed | Promise<BlogFeed> {
  try {
    return readJsonFeed(json, url, cleanChecks, warnFeed);
  } catch (error) {
    if (error !== UNCLEAN) throw error;
  }
  return import('./json-feed.js').then((full) => full.interpretJsonFeed(json, url));
}
