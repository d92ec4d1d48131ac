// Custom Elements Manifest: the element classes' JSDoc is the one source for the manifest,
// the README's API tables (npm run docs) and Storybook's docs.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/elements/city-map/finland-outline.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer leaves out a member whose JSDoc says `@internal` (or `@ignore`), but its Lit
      // plugin then adds every entry of `static properties` back, internal reactive state
      // (`query: { state: true }`) included, as a public field and even an attribute. Take them
      // out again, so the JSDoc tag alone decides what is public API, as it did for decorators.
      name: 'internal-static-properties',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const doc = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
        if (!doc) return;
        const internal = new Set(
          node.members
            .filter((m) => m.name && ts.getJSDocTags(m).some((t) => ['internal', 'ignore'].includes(t.tagName.text)))
            .map((m) => m.name.getText()),
        );
        if (internal.size === 0) return;
        doc.members = doc.members?.filter((m) => !internal.has(m.name));
        doc.attributes = doc.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
      },
    },
    {
      // Globs come back in file-system order, which differs between machines; a stable order
      // keeps the committed manifest and README identical to what any checkout generates.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
