import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/city-list/define.js';
import { renderWidget } from './support/widget';
import { HOLD_OPEN_SRC, HTTP_503_SRC, NOT_JSON_SRC } from './support/feed-stubs';
import { narrow } from './support/layout';
import { emptyNetworkFeed, invalidNetworkFeed, longNamesFeed, manyTownsFeed, networkFeed } from './fixtures/network';

// Every story passes its feed through the `feed` property (the shipped `data/seutu-feed.json`
// unless it says otherwise), so none needs the network. The fallback link is the element's
// no-JS content: it shows again under the error message.
// (A line comment, not JSDoc: the Docs page's description comes from custom-elements.json.)
const meta = {
  title: 'Elements/City list',
  component: 'seutu-city-list',
  tags: ['autodocs'],
  render: renderWidget('seutu-city-list', {
    children: '<a href="https://www.seutukaupungit.fi">Seutukaupunkiverkoston jäsenkaupungit</a>',
  }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The shipped feed's 56 towns as a list, sorted in the reader's language. */
export const Default: Story = { args: { feed: networkFeed } };

export const Grid: Story = { args: { feed: networkFeed, layout: 'grid' } };

/** One sentence, as the member cities' sites print it: "A, B ja C" / "A, B och C". */
export const Sentence: Story = { args: { feed: networkFeed, layout: 'sentence' } };

/** A heading per region, here at level 2. */
export const GroupedByRegion: Story = { args: { feed: networkFeed, groupBy: 'region', headingLevel: 2 } };

export const GroupedGrid: Story = { args: { feed: networkFeed, groupBy: 'region', layout: 'grid', headingLevel: 2 } };

/** A labelled search box that filters by Finnish, Swedish or English name. */
export const Searchable: Story = { args: { feed: networkFeed, searchable: true } };

/** A town's own site: its name marked with `aria-current` (part `current`). */
export const CurrentTown: Story = { args: { feed: networkFeed, current: 'ylivieska' } };

export const CurrentTownInGrid: Story = { args: { feed: networkFeed, current: 'pietarsaari', layout: 'grid' } };

export const CurrentTownInSentence: Story = { args: { feed: networkFeed, current: 'pietarsaari', layout: 'sentence' } };

/** Filter: one region, written in any language. */
export const RegionFilter: Story = { args: { feed: networkFeed, region: 'Pohjanmaa', layout: 'grid' } };

/** Filter: several regions, comma-separated, in Swedish. */
export const SeveralRegions: Story = { args: { feed: networkFeed, region: 'Österbotten, Södra Österbotten' } };

export const NoLinks: Story = { args: { feed: networkFeed, noLinks: true, layout: 'sentence' } };

/** Loading, held open: the feed's URL never answers (see stories/support/feed-stubs.ts). */
export const Loading: Story = { args: { src: HOLD_OPEN_SRC }, tags: ['state-loading'] };

export const LoadingSentence: Story = { args: { src: HOLD_OPEN_SRC, layout: 'sentence' }, tags: ['state-loading'] };

/** A valid feed with no towns. */
export const Empty: Story = { args: { feed: emptyNetworkFeed } };

/** A region filter that matches no town gives the empty state too. */
export const EmptyRegion: Story = { args: { feed: networkFeed, region: 'Ahvenanmaa' } };

/** The host's own message in the `empty` slot. */
export const EmptyWithOwnMessage: Story = {
  args: { feed: emptyNetworkFeed, 'slot:empty': '<p>Jäsenkaupunkeja ei juuri nyt voida näyttää.</p>' },
};

/** Data that is not a version 1 feed: the `invalid` error, the `error` slot and the fallback link. */
export const ErrorInvalidData: Story = {
  args: {
    feed: invalidNetworkFeed,
    'slot:error': '<p>Kysy lisää: <a href="mailto:info@example.org">info@example.org</a></p>',
  },
};

/** The server answers 503 twice (one retry): the `http` error with its status. */
export const ErrorServer: Story = { args: { src: HTTP_503_SRC } };

/** An HTML page where the feed should be: the `parse` error. */
export const ErrorNotJson: Story = { args: { src: NOT_JSON_SRC } };

/** The longest real names and made-up longer ones (marked fictional), in a 320 px column. */
export const LongNames: Story = { args: { feed: longNamesFeed, layout: 'grid' }, decorators: [narrow] };

export const LongNamesList: Story = { args: { feed: longNamesFeed, groupBy: 'region' }, decorators: [narrow] };

export const LongNamesSentence: Story = { args: { feed: longNamesFeed, layout: 'sentence' }, decorators: [narrow] };

/** 240 made-up towns in six regions. */
export const ManyTowns: Story = { args: { feed: manyTownsFeed, layout: 'grid' } };

export const ManyTownsGrouped: Story = { args: { feed: manyTownsFeed, groupBy: 'region', searchable: true } };

/**
 * A city's brand through custom properties (set here as args, so they can be tuned in the
 * Controls panel) and `::part()` rules; `light-dark()` values keep it readable on a dark page.
 */
export const Themed: Story = {
  args: {
    feed: networkFeed,
    layout: 'grid',
    current: 'kalajoki',
    region: 'Pohjois-Pohjanmaa, Keski-Pohjanmaa, Pohjanmaa',
    '--seutu-accent': 'light-dark(#00594f, #7fd1c1)',
    '--seutu-surface': 'light-dark(#eef6f4, #12312c)',
    '--seutu-border': 'light-dark(#7fb5ab, #3f7a70)',
    '--seutu-radius': '0',
    '--seutu-column-width': '13em',
  },
  render: (args) => {
    const element = meta.render(args);
    const style = document.createElement('style');
    style.textContent = `seutu-city-list::part(current) { background: light-dark(#fff3c4, #4a3d00); outline: 2px solid light-dark(#00594f, #7fd1c1); }
seutu-city-list::part(region) { font-style: italic; }`;
    const holder = document.createElement('div');
    holder.append(style, element);
    return holder;
  },
};

/** The toolbar's "Dark page" theme, pinned: a page with `color-scheme: dark` and light text. */
export const DarkPage: Story = { args: { feed: networkFeed, layout: 'grid', current: 'kalajoki', region: 'Pohjois-Pohjanmaa, Pohjanmaa' }, globals: { theme: 'dark' } };

/** The toolbar's "City brand" theme, pinned: only `--seutu-*` custom properties change. */
export const CityBrand: Story = { args: { feed: networkFeed, layout: 'grid', current: 'kalajoki', region: 'Pohjois-Pohjanmaa, Pohjanmaa' }, globals: { theme: 'brand' } };
