import * as v from 'valibot';
import { JSON_FEED_VERSION } from './feed-patterns.js';

/**
 * JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/) as the blog teaser reads it.
 *
 * Tolerant where real feeds differ from the specification, strict where it matters:
 * - `version` is the specification's URL (http or https, with or without `www.` and a final
 *   slash) or a bare "1", "1.0", "1.1" as some generators write; any other version is refused.
 * - Unknown keys, extensions (`_rss`, `_geo`, …) and fields the teaser does not use are ignored.
 * - `null` counts as absent; CMSs often write it for empty fields.
 * - v1's single `author` and 1.1's `authors` are both read; an author may be a bare name string.
 * - `id` may be a number. Items need no `id`, `title` or content: what they have is shown.
 * - A field of the wrong type is left out and reported; it does not cost the whole item.
 */

export const JsonFeedVersionSchema = v.pipe(
  v.string('must be a string such as "https://jsonfeed.org/version/1.1"'),
  v.trim(),
  v.regex(JSON_FEED_VERSION, 'must be a JSON Feed version 1 URL such as "https://jsonfeed.org/version/1.1"'),
);

const OptionalText = v.nullish(v.string('must be a string'));

export const JsonFeedAuthorSchema = v.union(
  [
    v.string(),
    v.object({
      name: OptionalText,
      url: OptionalText,
      avatar: OptionalText,
    }),
  ],
  'must be an object with a name',
);

const AuthorList = v.nullish(v.array(v.unknown(), 'must be an array of authors'));

/** One item. Each entry of `authors` and `tags` is checked on its own later. */
export const JsonFeedItemSchema = v.object({
  id: v.nullish(v.union([v.string(), v.number()], 'must be a string')),
  url: OptionalText,
  external_url: OptionalText,
  title: OptionalText,
  content_html: OptionalText,
  content_text: OptionalText,
  summary: OptionalText,
  image: OptionalText,
  banner_image: OptionalText,
  date_published: OptionalText,
  date_modified: OptionalText,
  author: v.nullish(v.unknown()),
  authors: AuthorList,
  tags: v.nullish(v.array(v.unknown(), 'must be an array of strings')),
  language: OptionalText,
});

/** The feed's own fields that the teaser shows or uses. */
export const JsonFeedMetaSchema = v.object({
  title: OptionalText,
  home_page_url: OptionalText,
  feed_url: OptionalText,
  language: OptionalText,
  author: v.nullish(v.unknown()),
  authors: AuthorList,
});

/**
 * The document's outline: a JSON Feed version and an array of items. Checked first; then the
 * feed's fields and each item on their own, so one bad item never hides the others.
 */
export const JsonFeedOutlineSchema = v.object({
  version: JsonFeedVersionSchema,
  items: v.array(v.unknown(), 'must be an array of items'),
});

export type JsonFeedItemData = v.InferOutput<typeof JsonFeedItemSchema>;
export type JsonFeedMetaData = v.InferOutput<typeof JsonFeedMetaSchema>;
export type JsonFeedAuthorData = v.InferOutput<typeof JsonFeedAuthorSchema>;
