import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/blog-teaser/define.js';
import { renderWidget } from './support/widget';
import { HOLD_OPEN_SRC, HTTP_503_SRC, NOT_JSON_SRC } from './support/feed-stubs';
import { narrow } from './support/layout';
import {
  blogFeed,
  blogFeedWithImages,
  emptyBlogFeed,
  invalidBlogFeed,
  longTitlesBlogFeed,
  manyPostsBlogFeed,
} from './fixtures/blog';

// Feeds come through the `feed` property: data/blog-example.json (six made-up posts, in Finnish
// and Swedish) or a variant of it. No story needs the network.
// (A line comment, not JSDoc: the Docs page's description comes from custom-elements.json.)
const meta = {
  title: 'Elements/Blog teaser',
  component: 'seutu-blog-teaser',
  tags: ['autodocs'],
  render: renderWidget('seutu-blog-teaser', {
    children: '<a href="https://example.org/sujuvan-elaman-seutukaupungit/">Sujuvan elämän seutukaupungit -blogi</a>',
  }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The newest three posts of the example feed as a list. */
export const Default: Story = { args: { feed: blogFeed } };

export const List: Story = { args: { feed: blogFeedWithImages(), limit: 4 } };

export const Cards: Story = { args: { feed: blogFeedWithImages(), layout: 'cards', limit: 6 } };

/** One linked line per post. */
export const Compact: Story = { args: { feed: blogFeed, layout: 'compact', limit: 6 } };

/** The feed's title as a heading, linked to the blog; post titles one level deeper. */
export const WithFeedTitle: Story = { args: { feed: blogFeed, showTitle: true, headingLevel: 2 } };

/** Dates as "3 days ago"; the full date stays in the `<time>` element's title. */
export const RelativeDates: Story = { args: { feed: blogFeed, relative: true } };

/** Only posts in the page's language (switch the Locale toolbar: fi and sv differ). */
export const LanguageMatch: Story = { args: { feed: blogFeed, feedLanguage: 'match', limit: 6 } };

/** Filter: a tag. */
export const FilterByTag: Story = { args: { feed: blogFeed, tag: 'business', limit: 6 } };

export const ShortExcerpts: Story = { args: { feed: blogFeed, excerptLength: 60 } };

/** Loading, held open: the feed's URL never answers (see stories/support/feed-stubs.ts). */
export const Loading: Story = { args: { src: HOLD_OPEN_SRC }, tags: ['state-loading'] };

export const LoadingCards: Story = { args: { src: HOLD_OPEN_SRC, layout: 'cards' }, tags: ['state-loading'] };

/** A valid feed with no posts. */
export const Empty: Story = { args: { feed: emptyBlogFeed } };

/** A tag no post has gives the empty state too, here with the host's own message. */
export const EmptyWithOwnMessage: Story = {
  args: { feed: blogFeed, tag: 'ei-tallaista', 'slot:empty': '<p>Ei uusia kirjoituksia juuri nyt.</p>' },
};

/** No `src` and no `feed`: the `missing-src` error and the fallback link. */
export const ErrorNoSource: Story = { args: {} };

/** Data that is not a JSON Feed: the `invalid` error, with the `error` slot. */
export const ErrorInvalidData: Story = {
  args: { feed: invalidBlogFeed, 'slot:error': '<p>Lue blogia sen omilla sivuilla.</p>' },
};

/** The server answers 503 twice (one retry): the `http` error with its status. */
export const ErrorServer: Story = { args: { src: HTTP_503_SRC } };

/** An HTML page where the feed should be: the `parse` error. */
export const ErrorNotJson: Story = { args: { src: NOT_JSON_SRC } };

/** Long Finnish and Swedish titles, words and author names, and a post with no title, at 320 px. */
export const LongTitles: Story = { args: { feed: longTitlesBlogFeed }, decorators: [narrow] };

export const LongTitlesCards: Story = { args: { feed: longTitlesBlogFeed, layout: 'cards' } };

export const LongTitlesCompact: Story = { args: { feed: longTitlesBlogFeed, layout: 'compact' }, decorators: [narrow] };

/** 40 made-up posts, 20 shown. */
export const ManyPosts: Story = { args: { feed: manyPostsBlogFeed, limit: 20, layout: 'compact' } };

export const ManyPostsCards: Story = { args: { feed: manyPostsBlogFeed, limit: 12, layout: 'cards' } };

/**
 * Custom properties as args (tune them in Controls), with `light-dark()` values so the theme
 * also works on a dark page, and `::part()` rules.
 */
export const Themed: Story = {
  args: {
    feed: blogFeedWithImages(),
    layout: 'cards',
    '--seutu-accent': 'light-dark(#00594f, #7fd1c1)',
    '--seutu-surface': 'light-dark(#eef6f4, #12312c)',
    '--seutu-border': 'light-dark(#7fb5ab, #3f7a70)',
    '--seutu-radius': '0.75em',
    '--seutu-card-width': '14em',
    '--seutu-image-aspect-ratio': '4 / 3',
  },
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = `seutu-blog-teaser::part(date) { font-variant-numeric: tabular-nums; font-weight: 600; }`;
    const holder = document.createElement('div');
    holder.append(style, meta.render(args));
    return holder;
  },
};

/** The toolbar's "Dark page" theme, pinned: a page with `color-scheme: dark` and light text. */
export const DarkPage: Story = { args: { feed: blogFeedWithImages(), layout: 'cards', showTitle: true, headingLevel: 2 }, globals: { theme: 'dark' } };

/** The toolbar's "City brand" theme, pinned: only `--seutu-*` custom properties change. */
export const CityBrand: Story = { args: { feed: blogFeedWithImages(), layout: 'cards', showTitle: true, headingLevel: 2 }, globals: { theme: 'brand' } };
