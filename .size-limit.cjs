// Budgets (min + gzip), checked in CI by `npm run size`; sizes are deterministic.
const fs = require('node:fs');

const elements = fs.existsSync('dist/lib/elements') ? fs.readdirSync('dist/lib/elements') : [];
const entryLimit = (name) => (name === 'city-map' ? '12 KB' : '6 KB');

module.exports = [
  {
    name: 'All-in-one ESM bundle, every element but the map (Lit and 3 locales included)',
    path: 'dist/size/all-but-map.js',
    limit: '20 KB',
    gzip: true,
  },
  { name: 'dist/seutu-widgets.js (everything)', path: 'dist/seutu-widgets.js', gzip: true },
  { name: 'dist/seutu-widgets.iife.js (everything)', path: 'dist/seutu-widgets.iife.js', gzip: true },
  ...elements.map((name) => ({
    name: `${name} entry without Lit`,
    path: `dist/size/${name}.js`,
    limit: entryLimit(name),
    gzip: true,
  })),
  { name: 'Lit itself (the floor)', path: 'dist/size/lit.js', gzip: true },
];
