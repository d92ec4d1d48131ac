// Budgets (min + gzip), checked in CI by `npm run size`; sizes are deterministic.
const fs = require('node:fs');

const elements = fs.existsSync('dist/lib/elements') ? fs.readdirSync('dist/lib/elements') : [];
const sizeFiles = fs.existsSync('dist/size') ? fs.readdirSync('dist/size') : [];

/**
 * What an entry loads only when needed: the full reading of a feed with problems, the last good
 * copy, the sentences for a failed feed, dates not in RFC 3339's usual form, HTML without the
 * browser's parser.
 */
const lazy = (name) => {
  const files = sizeFiles.filter((file) => file.startsWith(`${name}.lazy-`)).map((file) => `dist/size/${file}`);
  return files.length === 0 ? [] : [{ name: `${name}: loaded only when needed`, path: files, gzip: true }];
};
const entryLimit = (name) => (name === 'city-map' ? '12 KB' : '6 KB');

module.exports = [
  {
    name: 'All-in-one ESM bundle, every element but the map (Lit and 3 locales included)',
    path: 'dist/size/all-but-map.js',
    limit: '20 KB',
    gzip: true,
  },
  ...lazy('all-but-map'),
  { name: 'dist/seutu-widgets.js (everything)', path: 'dist/seutu-widgets.js', gzip: true },
  { name: 'dist/seutu-widgets.iife.js (everything)', path: 'dist/seutu-widgets.iife.js', gzip: true },
  // One element with Lit, for a page with only that element.
  ...elements.map((name) => ({ name: `dist/seutu-${name}.js (one element, Lit included)`, path: `dist/seutu-${name}.js`, gzip: true })),
  ...elements.flatMap((name) => [
    {
      name: `${name} entry without Lit`,
      path: `dist/size/${name}.js`,
      limit: entryLimit(name),
      gzip: true,
    },
    ...lazy(name),
  ]),
  { name: 'Lit itself (the floor)', path: 'dist/size/lit.js', gzip: true },
];
