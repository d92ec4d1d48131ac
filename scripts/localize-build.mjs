#!/usr/bin/env node
// Regenerates src/locales/ from xliff/. lit-localize (runtime mode) writes one table per locale
// with every string of every element, into a scratch folder; this script splits those tables by
// id prefix into one module per string group, so each element's entry carries only its own
// strings:
//
//   src/locales/<element>.ts  ids `<element>.*`, for each folder in src/elements/
//   src/locales/<element>-<feature>.ts  ids `<element>-<feature>.*`: the strings of a feature
//                             that only some pages use, loaded with its code (city-list-search)
//   src/locales/error.ts      ids `error.*`: what an element says when its feed fails, loaded
//                             only when one does (src/ui/failure-texts.ts)
//
// An id with any other prefix stops the build: it would belong to no module.
//
// Each module exports `strings = { fi: {…}, sv: {…} }` (a TemplateMap per target locale) and
// imports `str` from our own tag (src/core/str-tag.ts): importing @lit/localize's entry would
// pull its global runtime into every bundle. src/locales/locale-codes.ts is lit-localize's own.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.join(root, 'lit-localize.json');
const config = JSON.parse(await readFile(configFile, 'utf8'));
const outputDir = path.resolve(root, config.output.outputDir);

/** The first line of every module this script writes; it removes such modules it no longer writes. */
const HEADER = '// Do not modify this file by hand!';
/** Groups that are not an element's: what is said when a feed fails (src/ui/failure-texts.ts). */
const OWN_GROUPS = ['error'];
const elementNames = (await readdir(path.join(root, 'src/elements'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
for (const name of OWN_GROUPS) {
  if (elementNames.includes(name)) throw new Error(`an element may not be called "${name}"`);
}
const groupNames = new Set([...elementNames, ...OWN_GROUPS]);

/** `city-list.empty` → `city-list`, `city-list-search.label` → `city-list-search`. */
const groupOf = (id) => {
  const prefix = id.slice(0, id.indexOf('.'));
  if (groupNames.has(prefix) || elementNames.some((name) => prefix.startsWith(`${name}-`))) return prefix;
  throw new Error(`message id "${id}": its prefix names no element, element feature or group (${OWN_GROUPS.join(', ')})`);
};

// lit-localize, as configured, but writing its per-locale modules to a scratch folder.
const scratch = await mkdtemp(path.join(tmpdir(), 'seutu-localize-'));
try {
  const abs = (file) => path.resolve(root, file);
  const scratchConfig = {
    ...config,
    $schema: abs(config.$schema ?? 'node_modules/@lit/localize-tools/config.schema.json'),
    ...(config.tsConfig && { tsConfig: abs(config.tsConfig) }),
    ...(config.inputFiles && { inputFiles: config.inputFiles.map(abs) }),
    output: {
      ...config.output,
      outputDir: scratch,
      ...(config.output.localeCodesModule && { localeCodesModule: abs(config.output.localeCodesModule) }),
    },
    interchange: { ...config.interchange, xliffDir: abs(config.interchange.xliffDir) },
  };
  const scratchConfigFile = path.join(scratch, 'lit-localize.json');
  await writeFile(scratchConfigFile, JSON.stringify(scratchConfig));
  execFileSync(path.join(root, 'node_modules/.bin/lit-localize'), ['build', `--config=${scratchConfigFile}`], {
    cwd: root,
    stdio: 'inherit',
  });

  /** group → locale → [id, source text of the template]; every group has a table per locale. */
  const groups = new Map();
  const groupFor = (name) => {
    if (!groups.has(name)) groups.set(name, new Map(config.targetLocales.map((locale) => [locale, []])));
    return groups.get(name);
  };
  for (const name of groupNames) groupFor(name);
  for (const locale of config.targetLocales) {
    for (const [id, template] of readTemplates(path.join(scratch, `${locale}.ts`))) {
      groupFor(groupOf(id)).get(locale).push([id, template]);
    }
  }

  const written = new Set();
  for (const [name, byLocale] of groups) {
    const file = `${name}.ts`;
    await writeFile(path.join(outputDir, file), groupModule(name, byLocale));
    written.add(file);
  }
  // Modules of elements that are gone, and the old one-table-per-locale modules (fi.ts, sv.ts).
  for (const file of await readdir(outputDir)) {
    if (written.has(file) || !file.endsWith('.ts')) continue;
    const source = await readFile(path.join(outputDir, file), 'utf8');
    const generated = source.trimStart().startsWith(HEADER);
    const localeCodes = config.output.localeCodesModule && path.join(outputDir, file) === abs(config.output.localeCodesModule);
    if (generated && !localeCodes) await rm(path.join(outputDir, file));
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

/**
 * The `[id, template]` pairs of lit-localize's `export const templates = {…}`, each template as
 * lit-localize wrote it (escaping and placeholder order included).
 */
function readTemplates(file) {
  const source = ts.createSourceFile(file, ts.sys.readFile(file), ts.ScriptTarget.Latest, true);
  let object;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const decl of node.declarationList.declarations) {
      if (decl.name.getText(source) === 'templates' && decl.initializer && ts.isObjectLiteralExpression(decl.initializer)) {
        object = decl.initializer;
      }
    }
  });
  if (!object) throw new Error(`unexpected lit-localize output in ${file}: no templates object`);
  return object.properties.map((property) => {
    if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
      throw new Error(`unexpected lit-localize output in ${file}: ${property.getText(source)}`);
    }
    const value = property.initializer;
    const plain = ts.isNoSubstitutionTemplateLiteral(value) || ts.isStringLiteral(value);
    const tagged = ts.isTaggedTemplateExpression(value) && value.tag.getText(source) === 'str';
    if (!plain && !tagged) {
      // msgFor (src/core/message-lookup.ts) translates plain strings and `str` templates only.
      throw new Error(`${property.name.text}: only plain and str\`…\` messages are supported, not ${value.getText(source)}`);
    }
    return [property.name.text, value.getText(source)];
  });
}

function groupModule(name, byLocale) {
  const quote = (id) => `'${id.replace(/[\\']/g, '\\$&')}'`;
  // Code-unit order: the same on every machine, whatever its locale.
  const byId = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const tables = [...byLocale].map(([locale, entries]) => {
    const lines = [...entries].sort(byId).map(([id, template]) => `    ${quote(id)}: ${template},\n`);
    return `  ${locale}: {\n${lines.join('')}  },\n`;
  });
  const usesStr = [...byLocale.values()].some((entries) => entries.some(([, template]) => template.startsWith('str`')));
  const what = `The ${name} strings (ids ${name}.*).`;
  return [
    HEADER,
    '// Re-generate this file by running npm run localize:build (lit-localize, then',
    '// scripts/localize-build.mjs splits its tables by id prefix).',
    `// ${what}`,
    '',
    ...(usesStr ? ["import { str } from '../core/str-tag.js';", ''] : []),
    '/* eslint-disable no-irregular-whitespace */',
    '',
    'export const strings = {',
    ...tables.map((table) => table.trimEnd()),
    '};',
    '',
  ].join('\n');
}
