import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/project-card/define.js';
import { renderWidget } from './support/widget';
import { HOLD_OPEN_SRC, HTTP_503_SRC } from './support/feed-stubs';
import { cardColumn, narrow } from './support/layout';
import { invalidNetworkFeed, networkFeed } from './fixtures/network';
import { exampleProject, longProjectsFeed, projectsFeed } from './fixtures/projects';

// A card takes a project id (attribute `project`) and a feed (`feed` property, here the
// shipped feed or a fixture), or a project object through the `project` property (with `feed`
// to name its towns). No story needs the network.
// (A line comment, not JSDoc: the Docs page's description comes from custom-elements.json.)
const meta = {
  title: 'Elements/Project card',
  component: 'seutu-project-card',
  tags: ['autodocs'],
  decorators: [cardColumn],
  render: renderWidget('seutu-project-card', {
    children: '<a href="https://www.seutukaupunkiosaajat.fi">Seutukaupunkiverkoston hankkeet</a>',
  }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A project of the shipped feed, by its id. */
export const Default: Story = { args: { feed: networkFeed, project: 'joustavat-koulutusmallit' } };

/** A project with a summary in every language. */
export const WithSummary: Story = { args: { feed: networkFeed, project: 'osaavan-tyovoiman-saatavuus' } };

/**
 * Every part: status, period, summary, lead town, eight towns ("and 2 more"), link and image
 * (with alt text). An example project, given as an object through the `project` property.
 */
export const FullProject: Story = {
  args: { feed: networkFeed, project: exampleProject() },
  argTypes: { project: { control: 'object' } },
};

export const Planned: Story = { args: { feed: projectsFeed, project: 'esimerkki-liikkuvuuspalvelu' } };

/** Completed, with a decorative image (no alt text in the feed). */
export const Completed: Story = { args: { feed: projectsFeed, project: 'esimerkki-keskustojen-elinvoima' } };

/** Ongoing, with a start date only and no link. */
export const Ongoing: Story = { args: { feed: projectsFeed, project: 'esimerkki-etatyopisteet' } };

/** Heading level 2, for a page where the card sits right under the page title. */
export const HeadingLevel2: Story = { args: { feed: projectsFeed, project: 'esimerkki-etatyopisteet', headingLevel: 2 } };

/** A project object without `feed`: its towns cannot be named, so they are left out. */
export const ProjectObjectAlone: Story = {
  args: { project: { ...exampleProject(), image: undefined } },
  argTypes: { project: { control: 'object' } },
};

/** Loading, held open: the feed's URL never answers (see stories/support/feed-stubs.ts). */
export const Loading: Story = { args: { src: HOLD_OPEN_SRC, project: 'joustavat-koulutusmallit' }, tags: ['state-loading'] };

/** An id that is not in the feed: the `not-found` error and the fallback link. */
export const ErrorNotFound: Story = {
  args: { feed: networkFeed, project: 'ei-tallaista-hanketta', 'slot:error': '<p>Katso kaikki hankkeet verkoston sivuilta.</p>' },
};

/** No project asked for. */
export const ErrorNoProject: Story = { args: { feed: networkFeed } };

/** Data that is not a version 1 feed: the `invalid` error. */
export const ErrorInvalidData: Story = { args: { feed: invalidNetworkFeed, project: 'joustavat-koulutusmallit' } };

/** A project object missing its required title and status: `invalid`. */
export const ErrorInvalidProject: Story = {
  args: { project: { id: 'puolikas-hanke' } },
  argTypes: { project: { control: 'object' } },
};

/** The server answers 503: the `http` error with its status. */
export const ErrorServer: Story = { args: { src: HTTP_503_SRC, project: 'joustavat-koulutusmallit' } };

/** Long Finnish and Swedish title, words and town names, in a 320 px column. */
export const LongNames: Story = { args: { feed: longProjectsFeed, project: 'esimerkki-pitka-nimi' }, decorators: [narrow] };

/** A narrow card with an image. */
export const Narrow: Story = { args: { feed: projectsFeed, project: 'esimerkki-liikkuvuuspalvelu' }, decorators: [narrow] };

/**
 * Custom properties as args (tune them in Controls), with `light-dark()` values so the theme
 * also works on a dark page, and a `::part(badge)` rule.
 */
export const Themed: Story = {
  args: {
    feed: projectsFeed,
    project: 'esimerkki-liikkuvuuspalvelu',
    '--seutu-accent': 'light-dark(#00594f, #7fd1c1)',
    '--seutu-surface': 'light-dark(#eef6f4, #12312c)',
    '--seutu-border': 'light-dark(#7fb5ab, #3f7a70)',
    '--seutu-radius': '1em',
    '--seutu-card-padding': '1.5em',
    '--seutu-image-aspect-ratio': '3 / 1',
  },
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = `seutu-project-card::part(badge) { text-transform: uppercase; letter-spacing: 0.05em; }`;
    const holder = document.createElement('div');
    holder.append(style, meta.render(args));
    return holder;
  },
};

/** The toolbar's "Dark page" theme, pinned: a page with `color-scheme: dark` and light text. */
export const DarkPage: Story = { args: { feed: projectsFeed, project: 'esimerkki-liikkuvuuspalvelu' }, globals: { theme: 'dark' } };

/** The toolbar's "City brand" theme, pinned: only `--seutu-*` custom properties change. */
export const CityBrand: Story = { args: { feed: projectsFeed, project: 'esimerkki-liikkuvuuspalvelu' }, globals: { theme: 'brand' } };
