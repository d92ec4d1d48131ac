// The four pages of the cold-load comparison: the same list of member towns in Finnish, shown by
// <seutu-city-list>, by Preact, by React 19, and written into the HTML as a static site would.

import { sortedTowns } from './towns.mjs';

const head = (title, extra = '') => `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${extra}
</head>`;

/**
 * What a city's own stylesheet would do for its hand-built list, as the widget's styles do for
 * its: columns of towns with room to tap each link. The pages differ in how the list is built,
 * not in what the browser lays out.
 */
const LIST_STYLES = `<style>
.towns { margin: 0; padding: 0; list-style: none; columns: 11em; column-gap: 1.5em; }
.towns li { break-inside: avoid; padding-block: 0.125em; }
.towns a { color: #0a58a8; text-underline-offset: 0.15em; }
.loading { min-height: 20em; }
</style>`;

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for `variant`, or undefined for an unknown one; `feed` is the network feed's text. */
export function coldPage(variant, feed) {
  const src = '/dist/data/seutu-feed.json';
  switch (variant) {
    case 'widget':
    case 'widget-all':
      // As the README's embed snippet, with the space reserved before the element is defined:
      // the list's own bundle, or the one with every element.
      return `${head(
        'seutu-widgets',
        `<script type="module" src="/dist/${variant === 'widget' ? 'seutu-city-list' : 'seutu-widgets'}.js"></script>
<style>seutu-city-list:not(:defined) { display: block; min-height: 20em; }</style>`,
      )}
<body><main><h1>Jäsenkaupungit</h1><seutu-city-list></seutu-city-list></main></body></html>`;
    case 'preact':
    case 'react':
      return `${head(variant, `<script type="module" src="/dist/bench/${variant}.js"></script>\n${LIST_STYLES}`)}
<body><main><h1>Jäsenkaupungit</h1><div id="app" data-src="${src}"></div></main></body></html>`;
    case 'static': {
      const items = sortedTowns(JSON.parse(feed), 'fi').map((t) => `<li><a class="name" href="${escape(t.url)}">${escape(t.name)}</a></li>`).join('');
      return `${head('static HTML', LIST_STYLES)}
<body><main><h1>Jäsenkaupungit</h1><div class="root"><ul class="towns">${items}</ul></div></main></body></html>`;
    }
    default:
      return undefined;
  }
}
