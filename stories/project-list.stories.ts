import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/project-list/define.js';
import { renderWidget } from './support/widget';
import { HOLD_OPEN_SRC, HTTP_503_SRC, NOT_JSON_SRC } from './support/feed-stubs';
import { narrow } from './support/layout';
import { emptyNetworkFeed, invalidNetworkFeed, networkFeed } from './fixtures/network';
import { longProjectsFeed, manyProjectsFeed, projectsFeed } from './fixtures/projects';

// Feeds come through the `feed` property: the shipped feed, or `projectsFeed` (the shipped
// projects plus made-up examples with every field). No story needs the network.
// (A line comment, not JSDoc: the Docs page's description comes from custom-elements.json.)
const meta = {
  title: 'Elements/Project list',
  component: 'seutu-project-list',
  tags: ['autodocs'],
  render: renderWidget('seutu-project-list', {
    children: '<a href="https://www.seutukaupunkiosaajat.fi">Seutukaupunkiverkoston hankkeet</a>',
  }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The shipped feed's projects: ongoing first, then planned, then completed. */
export const Default: Story = { args: { feed: networkFeed } };

/** The shipped projects and the examples, one card under another. */
export const List: Story = { args: { feed: projectsFeed } };

/** Cards side by side where they fit. */
export const Grid: Story = { args: { feed: projectsFeed, layout: 'grid' } };

/** Filter: status (comma-separated for several). */
export const FilterByStatus: Story = { args: { feed: projectsFeed, status: 'planned,completed', layout: 'grid' } };

/** Filter: a member town's own "our projects" list, by id or municipality code. */
export const FilterByTown: Story = { args: { feed: projectsFeed, city: 'ylivieska' } };

export const FilterByTownCode: Story = { args: { feed: projectsFeed, city: '684' } };

/** Filter: a tag. */
export const FilterByTag: Story = { args: { feed: projectsFeed, tag: 'business' } };

/** At most two, after filtering and ordering. */
export const Limit: Story = { args: { feed: projectsFeed, limit: 2 } };

/** Card titles at level 2. */
export const HeadingLevel2: Story = { args: { feed: projectsFeed, headingLevel: 2, limit: 3 } };

/** Loading, held open: the feed's URL never answers (see stories/support/feed-stubs.ts). */
export const Loading: Story = { args: { src: HOLD_OPEN_SRC }, tags: ['state-loading'] };

export const LoadingGrid: Story = { args: { src: HOLD_OPEN_SRC, layout: 'grid' }, tags: ['state-loading'] };

/** A valid feed with no projects. */
export const Empty: Story = { args: { feed: emptyNetworkFeed } };

/** A filter that matches nothing gives the empty state too (never a wrong list). */
export const EmptyFilter: Story = { args: { feed: projectsFeed, city: 'tornio', status: 'completed' } };

/** The host's own message in the `empty` slot. */
export const EmptyWithOwnMessage: Story = {
  args: { feed: emptyNetworkFeed, 'slot:empty': '<p>Kaupungilla ei ole juuri nyt verkoston hankkeita.</p>' },
};

/** Data that is not a version 1 feed: the `invalid` error, the `error` slot and the fallback link. */
export const ErrorInvalidData: Story = {
  args: { feed: invalidNetworkFeed, 'slot:error': '<p>Kysy lisää: <a href="mailto:info@example.org">info@example.org</a></p>' },
};

/** The server answers 503 twice (one retry): the `http` error with its status. */
export const ErrorServer: Story = { args: { src: HTTP_503_SRC } };

/** An HTML page where the feed should be: the `parse` error. */
export const ErrorNotJson: Story = { args: { src: NOT_JSON_SRC } };

/** Long Finnish and Swedish titles, words and town names, in a 320 px column. */
export const LongNames: Story = { args: { feed: longProjectsFeed }, decorators: [narrow] };

export const LongNamesGrid: Story = { args: { feed: longProjectsFeed, layout: 'grid' } };

/** 30 made-up projects. */
export const ManyProjects: Story = { args: { feed: manyProjectsFeed, layout: 'grid' } };

/**
 * Custom properties as args (tune them in Controls), with `light-dark()` values so the theme
 * also works on a dark page, and `::part()` rules.
 */
export const Themed: Story = {
  args: {
    feed: projectsFeed,
    layout: 'grid',
    '--seutu-accent': 'light-dark(#00594f, #7fd1c1)',
    '--seutu-surface': 'light-dark(#eef6f4, #12312c)',
    '--seutu-border': 'light-dark(#7fb5ab, #3f7a70)',
    '--seutu-radius': '0',
    '--seutu-column-width': '16em',
    '--seutu-status-ongoing': 'light-dark(#00594f, #7fd1c1)',
  },
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = `seutu-project-list::part(card) { box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.08); }`;
    const holder = document.createElement('div');
    holder.append(style, meta.render(args));
    return holder;
  },
};

/** The toolbar's "Dark page" theme, pinned: a page with `color-scheme: dark` and light text. */
export const DarkPage: Story = { args: { feed: projectsFeed, layout: 'grid', limit: 4 }, globals: { theme: 'dark' } };

/** The toolbar's "City brand" theme, pinned: only `--seutu-*` custom properties change. */
export const CityBrand: Story = { args: { feed: projectsFeed, layout: 'grid', limit: 4 }, globals: { theme: 'brand' } };
