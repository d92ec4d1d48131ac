import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { manifest } from './manifest';
import { extractArgTypes, extractComponentDescription } from './arg-types';
import { installFeedStubs } from '../stories/support/feed-stubs';
import { THEMES, installThemeStyles } from './themes';

// custom-elements.json (from the classes' JSDoc) drives the docs: descriptions, args, controls.
setCustomElementsManifest(manifest);
installThemeStyles();

/** Answers the stories' `__seutu-storybook__/…` feed URLs (held open, HTTP 503, not JSON). */
const withFeedStubs: Decorator = (story) => {
  installFeedStubs();
  return story();
};

/**
 * The host page around every story: its language (`lang`, which the widgets read from their
 * closest ancestor) and its theme. "Default" is a plain light page; "Dark" a page with
 * `color-scheme: dark` and light text (the widgets follow `light-dark()` and inherited colour);
 * "City brand" changes nothing but `--seutu-*` custom properties. See themes.ts.
 */
const withHostPage: Decorator = (story, { globals, viewMode }) => html`<div
  class="seutu-stage"
  lang=${globals.locale ?? 'fi'}
  data-theme=${globals.theme ?? 'default'}
  data-view=${viewMode}
>
  ${story()}
</div>`;

const preview: Preview = {
  decorators: [withHostPage, withFeedStubs],
  globalTypes: {
    locale: {
      description: 'Language of the page around the story (its lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'fi', right: 'fi', title: 'Suomi' },
          { value: 'sv', right: 'sv', title: 'Svenska' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fi', theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    // Violations fail the story's a11y check (panel, sidebar status, test runs).
    a11y: { test: 'error' },
    controls: {
      expanded: true,
      sort: 'none',
    },
    docs: {
      extractArgTypes,
      extractComponentDescription,
      // The snippet is the element as a page would write it, without the story's host page.
      source: { excludeDecorators: true },
    },
    options: {
      storySort: { order: ['Guides', ['Theming', 'Embedding'], 'Elements'] },
    },
  },
};

export default preview;
