import { cleanChecks, NOT_RFC3339, UNCLEAN } from './clean-json-feed.js';
import { htmlReaderReady } from './html-to-text.js';
import { readJsonFeed, type BlogFeed, type JsonFeedChecks } from './json-feed-read.js';

/**
 * How the blog teaser reads a JSON Feed: at once with the quick checks when the schema would
 * find nothing wrong (the rule), else with the full reading, loaded then, which leaves out what
 * is wrong and explains it in the console with JSON paths.
 */
export function readBlogFeed(json: unknown, url: string | undefined): BlogFeed | Promise<BlogFeed> {
  // Where the HTML parser cannot be used (Trusted Types without our policy), the reader that
  // does without it is loaded first: the posts' text is read later, when they are shown.
  const ready = htmlReaderReady();
  if (ready) return ready.then(() => readBlogFeed(json, url));
  return readQuickly(json, url, cleanChecks);
}

function readQuickly(json: unknown, url: string | undefined, checks: JsonFeedChecks): BlogFeed | Promise<BlogFeed> {
  try {
    return readJsonFeed(json, url, checks);
  } catch (error) {
    if (error === NOT_RFC3339) {
      // A date in another form, or a wrong one: read again with the reader of every form.
      return import('./feed-dates.js').then(({ parseFeedDate }) =>
        readQuickly(json, url, { ...checks, date: parseFeedDate }),
      );
    }
    if (error !== UNCLEAN) throw error;
  }
  return import('./json-feed.js').then((full) => full.interpretJsonFeed(json, url));
}
