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
      // Globs come back in file-system order, which differs between machines; a stable order
      // keeps the committed manifest and README identical to what any checkout generates.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
