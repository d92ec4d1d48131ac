import { nodeResolve } from '@rollup/plugin-node-resolve';
import MagicString from 'magic-string';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileHint } from './scripts/rollup/compile-hint.mjs';
import { minifyChunks } from './scripts/rollup/minify-chunks.mjs';

/**
 * The module that finds the shipped feed looks two folders up from itself in the npm layout
 * (`dist/lib/core/`); in a single-file bundle the feed sits right beside the bundle.
 */
function feedBesideBundle() {
  return {
    name: 'feed-beside-bundle',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/core/default-feed-url.js')) return null;
      const next = code.replace("'../../data/seutu-feed.json'", "'./data/seutu-feed.json'");
      if (next === code) this.error('default feed path not found in default-feed-url.js');
      return { code: next, map: null };
    },
  };
}

/** Minified literals by module source: the same modules go into several bundles in one run. */
const minified = new Map();

/**
 * Minifies the CSS in `css` literals (Lightning CSS) and the markup in `html` and `svg` literals,
 * leaving every `${…}` binding where it was. Runs of white space in markup become one space,
 * never none: a space can be content (" · " between a date and its authors). Only our own
 * modules: Lit ships minified. A style sheet built with `unsafeCSS()` is left as written (the
 * minifier cannot see into it); its markup is still minified.
 */
function minifyLiterals() {
  return {
    name: 'minify-literals',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.m?js$/.test(id) || !/\b(?:html|css|svg)\s*`/.test(code)) return null;
      let result = minified.get(code);
      if (!result) {
        result = minifyHTMLLiterals(code, {
          fileName: id,
          html: { conservativeCollapse: true },
          ...(code.includes('unsafeCSS') ? { css: false } : {}),
        });
        minified.set(code, result);
      }
      return await result;
    },
  };
}

/**
 * Drops `desc` from the options of `msg()` calls (`{ id: '…', desc: '…' }`): a description is
 * for translators, read by `lit-localize extract` from the sources into the XLIFF files, and
 * unused at run time, so it need not travel to every visitor.
 */
function dropMessageDescriptions() {
  return {
    name: 'drop-message-descriptions',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('desc:')) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ObjectExpression') {
          const key = (p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value);
          const desc = node.properties.findIndex((p) => key(p) === 'desc');
          if (desc > 0 && node.properties.some((p) => key(p) === 'id')) {
            // From the end of the property before it, so the separating comma goes too.
            out.remove(node.properties[desc - 1].end, node.properties[desc].end);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * Gives every message a one- or two-letter id in the bundles. An id such as
 * `project-card.status-completed` names a message for translators (the XLIFF files and the
 * generated string tables keep it); in a bundle it only has to match between the `msg()` call and
 * the tables, and each appears three times (the call, the Finnish and the Swedish table). The
 * short ids follow the sorted list of the XLIFF file's ids, so every bundle and chunk of one build
 * agrees. An id missing from the XLIFF (a message not yet extracted) keeps its long form.
 */
function shortMessageIds() {
  const ids = [...readFileSync('xliff/fi.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => (i < letters.length ? '' : short(Math.floor(i / letters.length) - 1)) + letters[i % letters.length];
  const shortIds = new Map(ids.map((id, i) => [id, short(i)]));
  const quoted = new RegExp(`(['"\`])(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\1`, 'g');
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (id.includes('/node_modules/') || ids.length === 0) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(quoted)) {
        out.overwrite(match.index, match.index + match[0].length, `'${shortIds.get(match[2])}'`);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * Gives each module that imports one of these tiny helpers a copy of its own. Without it, code
 * loaded on demand (a search box, the sentences for a failed feed) that shares a helper of a few
 * dozen bytes gets it from a third chunk, which the browser requests only once the first has
 * arrived: a request in series, a round trip later on a slow network. Only for helpers that
 * hold no state: two copies of one must not disagree.
 */
function copyTinyHelpers(files) {
  const COPY = '?copy-for=';
  return {
    name: 'copy-tiny-helpers',
    async resolveId(source, importer) {
      if (!importer || !files.some((file) => source.endsWith(`/${file}`))) return null;
      const resolved = await this.resolve(source, importer.split(COPY)[0], { skipSelf: true });
      return resolved && `${resolved.id}${COPY}${importer}`;
    },
    load(id) {
      const at = id.indexOf(COPY);
      return at < 0 ? null : readFileSync(id.slice(0, at), 'utf8');
    },
  };
}

/**
 * `chunks`: false for a bundle with everything in one file, which has no chunk to spare a request
 * for. `loadedByPages`: true for the files a page's script tag loads as they are (and for the
 * measurement of one), which open with V8's compile hint; an app's bundler makes its own files.
 */
const plugins = ({ chunks = true, loadedByPages = true } = {}) => [
  feedBesideBundle(),
  ...(chunks ? [copyTinyHelpers(['str-tag.js', 'adopt-sheet.js'])] : []),
  dropMessageDescriptions(),
  shortMessageIds(),
  minifyLiterals(),
  nodeResolve({ exportConditions: ['production'] }),
  // `module` lets terser mangle and drop top-level names; a third pass finds a little more.
  minifyChunks({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3 } }),
  ...(loadedByPages ? [compileHint()] : []),
];

/** Lit as a page that already uses it would have it: left out of the per-element size bundles. */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/**
 * Measurement bundles for `npm run size` (not shipped): each element's entry as an app that
 * already has Lit would pay for it, the bundle without the map, and Lit itself as the floor.
 */
const elements = existsSync('dist/lib/elements') ? readdirSync('dist/lib/elements') : [];

/** An entry module that exists only in memory. */
function virtualEntry(id, code) {
  return {
    name: 'virtual-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? code : null),
  };
}

const allButMap = elements
  .filter((name) => name !== 'city-map')
  .map((name) => `import ${JSON.stringify(path.resolve(`dist/lib/elements/${name}/define.js`))};`)
  .join('\n');

/**
 * One measurement bundle in `dist/size/`. Code loaded only when needed (the full reading that
 * explains a feed's problems, the last good copy, the sentences for a failed feed, …) becomes
 * `NAME.lazy-*.js` beside it: `npm run size` reports it apart.
 */
const sizeBundle = (name, input, { loadedByPages = false, ...options } = {}) => ({
  input: { [name]: input },
  // The lazy chunk imports what it shares from the entry, instead of both importing a third chunk.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist/size', format: 'es', chunkFileNames: `${name}.lazy-[name].js` },
  ...options,
  plugins: [...(options.plugins ?? []), ...plugins({ loadedByPages })],
});

const sizeBundles = [
  // The all-in-one bundle as shipped, compile hint included; the entries as an app's bundler has them.
  sizeBundle('all-but-map', 'all-but-map', { loadedByPages: true, plugins: [virtualEntry('all-but-map', allButMap)] }),
  ...elements.map((name) => sizeBundle(name, `dist/lib/elements/${name}/define.js`, { external: isLit })),
  sizeBundle('lit', 'scripts/size/lit-floor.js'),
];

export default [
  {
    // Code needed only sometimes (the full reading of a feed with problems, the last good copy, …)
    // is in chunks beside the bundle, loaded only then.
    input: { 'seutu-widgets': 'dist/lib/index.js' },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'seutu-widgets.[name].js' },
    plugins: plugins(),
  },
  // One element with Lit, for a page that shows only that one (a city's list of member towns,
  // say): it loads that element's code and no other's. Its chunks are its own, named after it.
  ...elements.map((name) => ({
    input: { [`seutu-${name}`]: `dist/lib/elements/${name}/define.js` },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: `seutu-${name}.[name].js` },
    plugins: plugins(),
  })),
  {
    // For a classic <script> tag (CMS templates, file:// pages); exposes window.SeutuWidgets.
    // A classic script cannot load a chunk, so everything is in the one file.
    input: 'dist/lib/index.js',
    output: {
      file: 'dist/seutu-widgets.iife.js',
      format: 'iife',
      name: 'SeutuWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins({ chunks: false }),
  },
  ...sizeBundles,
];
