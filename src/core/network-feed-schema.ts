import * as v from 'valibot';
import { LANGUAGE_TAG, MUNICIPALITY_CODE, NOT_BLANK, SLUG } from './feed-patterns.js';

/**
 * The network feed (`seutu-feed` version 1), as one schema: the runtime validates with it and
 * the build generates `schema/seutu-feed.schema.json` from it, so the two never drift apart.
 */

export const LocalizedTextSchema = v.pipe(
  v.union([
    v.pipe(v.string(), v.regex(NOT_BLANK, 'must not be blank')),
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(LANGUAGE_TAG)), v.pipe(v.string(), v.regex(NOT_BLANK, 'must not be blank'))),
      v.minEntries(1),
    ),
  ]),
  v.description('A text in one language for all, or an object keyed by language tag (fi, sv, en…).'),
);

const SlugSchema = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be a lowercase ASCII slug such as "mantta-vilppula"'),
);

const WebUrlSchema = v.pipe(v.string(), v.nonEmpty(), v.description('An http(s) or relative URL.'));

const IsoDateSchema = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));

export const CitySchema = v.object({
  id: v.pipe(SlugSchema, v.description('Slug of the Finnish name, e.g. "mantta-vilppula".')),
  code: v.optional(
    v.pipe(v.string(), v.regex(MUNICIPALITY_CODE, 'must be a three-digit municipality number such as "977"')),
  ),
  name: LocalizedTextSchema,
  region: v.optional(LocalizedTextSchema),
  languages: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag such as "fi"'))),
      v.description("Official languages, majority first: ['sv', 'fi'] for a Swedish-majority town."),
    ),
  ),
  url: v.optional(WebUrlSchema),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
});

export const ProjectStatusSchema = v.picklist(['planned', 'ongoing', 'completed']);

export const ProjectSchema = v.object({
  id: SlugSchema,
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  status: ProjectStatusSchema,
  start: v.optional(IsoDateSchema),
  end: v.optional(IsoDateSchema),
  url: v.optional(WebUrlSchema),
  image: v.optional(v.object({ url: WebUrlSchema, alt: v.optional(LocalizedTextSchema) })),
  lead: v.optional(SlugSchema),
  cities: v.optional(v.array(SlugSchema)),
  tags: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
});

export const NetworkSchema = v.object({
  name: LocalizedTextSchema,
  url: v.optional(WebUrlSchema),
});

/** The whole document, strictly: what the published JSON Schema describes. */
export const NetworkFeedSchema = v.object({
  version: v.literal(1),
  network: v.optional(NetworkSchema),
  cities: v.array(CitySchema),
  projects: v.optional(v.array(ProjectSchema)),
});

/**
 * The document's outline only. The runtime checks this first and then each entry on its own,
 * so one bad town is left out with a warning instead of hiding the other 55.
 */
export const NetworkFeedOutlineSchema = v.object({
  version: v.literal(1),
  network: v.optional(v.unknown()),
  cities: v.array(v.unknown()),
  projects: v.optional(v.array(v.unknown())),
});

export type CityData = v.InferOutput<typeof CitySchema>;
export type ProjectData = v.InferOutput<typeof ProjectSchema>;
export type NetworkData = v.InferOutput<typeof NetworkSchema>;
export type NetworkFeedData = v.InferOutput<typeof NetworkFeedSchema>;
export type ProjectStatus = v.InferOutput<typeof ProjectStatusSchema>;
