import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/city-map/define.js';
import { renderWidget } from './support/widget';
import { HOLD_OPEN_SRC, HTTP_503_SRC, NOT_JSON_SRC } from './support/feed-stubs';
import { narrow } from './support/layout';
import { emptyNetworkFeed, invalidNetworkFeed, longNamesFeed, manyTownsFeed, networkFeed } from './fixtures/network';

// Every story passes its feed through the `feed` property (the shipped `data/seutu-feed.json`
// unless it says otherwise), so none needs the network. The fallback link is the element's
// no-JS content: it shows again under the error message.
// (A line comment, not JSDoc: the Docs page's description comes from custom-elements.json.)
const meta = {
  title: 'Elements/City map',
  component: 'seutu-city-map',
  tags: ['autodocs'],
  render: renderWidget('seutu-city-map', {
    children: '<a href="https://www.seutukaupungit.fi">Seutukaupunkiverkoston jäsenkaupungit</a>',
  }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The shipped feed's 56 towns; names show on hover and focus (Tab through the markers). */
export const Default: Story = { args: { feed: networkFeed } };

/** Every town's name beside its marker. */
export const Labels: Story = { args: { feed: networkFeed, labels: true, region: 'Pohjois-Pohjanmaa, Keski-Pohjanmaa, Pohjanmaa' } };

/**
 * All 56 names at rest: each beside, diagonally from, above or below its dot, wherever it covers
 * no other name or dot. Names with no room (the south-west) show on hover and focus; a wider
 * map has room for more.
 */
export const LabelsEverywhere: Story = { args: { feed: networkFeed, labels: true, current: 'salo' } };

export const LabelsWide: Story = { args: { feed: networkFeed, labels: true, '--seutu-map-width': '40em' } };

/** A town's own site: its marker stands out, is labelled and has `aria-current`. */
export const CurrentTown: Story = { args: { feed: networkFeed, current: 'ylivieska' } };

export const CurrentTownByCode: Story = { args: { feed: networkFeed, current: '598' } };

/** Filter: regions, written in any language. */
export const RegionFilter: Story = { args: { feed: networkFeed, region: 'Lappi, Lappland, Pohjois-Karjala' } };

/** Markers as toggle buttons that keep a name shown (touch screens have no hover). */
export const NoLinks: Story = { args: { feed: networkFeed, noLinks: true } };

/** A wider map. */
export const Wide: Story = { args: { feed: networkFeed, '--seutu-map-width': '36em', current: 'kristiinankaupunki' } };

/** Loading, held open: the outline is drawn and the box reserved; the feed never answers. */
export const Loading: Story = { args: { src: HOLD_OPEN_SRC }, tags: ['state-loading'] };

/** A valid feed with no towns. */
export const Empty: Story = { args: { feed: emptyNetworkFeed } };

/** A region with no member towns gives the empty state too, here with the host's own message. */
export const EmptyWithOwnMessage: Story = {
  args: { feed: networkFeed, region: 'Ahvenanmaa', 'slot:empty': '<p>Alueella ei ole verkoston jäsenkaupunkeja.</p>' },
};

/** Data that is not a version 1 feed: the `invalid` error, the `error` slot and the fallback link. */
export const ErrorInvalidData: Story = {
  args: { feed: invalidNetworkFeed, 'slot:error': '<p>Kysy lisää: <a href="mailto:info@example.org">info@example.org</a></p>' },
};

/** The server answers 503 twice (one retry): the `http` error with its status. */
export const ErrorServer: Story = { args: { src: HTTP_503_SRC } };

/** An HTML page where the feed should be: the `parse` error. */
export const ErrorNotJson: Story = { args: { src: NOT_JSON_SRC } };

/**
 * Long names, labelled, in a 320 px column: the real long ones on the map, the made-up ones
 * (no coordinates) in the "Not on the map" note.
 */
export const LongNames: Story = { args: { feed: longNamesFeed, labels: true }, decorators: [narrow] };

/** 240 made-up towns with made-up coordinates. */
export const ManyTowns: Story = { args: { feed: manyTownsFeed, '--seutu-map-width': '32em' } };

/**
 * Custom properties as args (tune them in Controls), with `light-dark()` values so the theme
 * also works on a dark page, and a `::part(label)` rule.
 */
export const Themed: Story = {
  args: {
    feed: networkFeed,
    current: 'kalajoki',
    '--seutu-map-land': 'light-dark(#e6efe9, #1f3a33)',
    '--seutu-map-border': 'light-dark(#4d7a63, #8fc4ac)',
    '--seutu-map-marker': 'light-dark(#00594f, #7fd1c1)',
    '--seutu-map-current': 'light-dark(#a4262c, #ff9b93)',
  },
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = `seutu-city-map::part(label) { font-weight: 600; }`;
    const holder = document.createElement('div');
    holder.append(style, meta.render(args));
    return holder;
  },
};

/** The toolbar's "Dark page" theme, pinned: a page with `color-scheme: dark` and light text. */
export const DarkPage: Story = { args: { feed: networkFeed, current: 'pietarsaari' }, globals: { theme: 'dark' } };

/** The toolbar's "City brand" theme, pinned: only `--seutu-*` custom properties change. */
export const CityBrand: Story = { args: { feed: networkFeed, current: 'pietarsaari' }, globals: { theme: 'brand' } };
