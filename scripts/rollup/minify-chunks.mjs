import { minify } from 'terser';

/**
 * Minifies each chunk with terser, giving each variable that a chunk exports to the build's other
 * chunks the name it is exported under. Rollup names such an export with a letter or two
 * (`export { html as b }`) so that importers stay short; terser then gives the variable a short
 * name of its own, and the exporting chunk spells out both: `export{nt as b}`. Named alike, the
 * pair is written once: `export{b}`, about 60 bytes off a bundle's gzip. Terser keeps a given
 * name off every other variable; only a global (a name the code reads but never declares) could
 * clash, so a name the code reads as a global is left to terser. The names an entry module
 * exports itself (its public signature) are left alone: they are its API.
 */
export function minifyChunks(options) {
  return {
    name: 'minify-chunks',
    async renderChunk(code, chunk, outputOptions) {
      const own = new Set(chunk.facadeModuleId ? (this.getModuleInfo(chunk.facadeModuleId)?.exports ?? []) : []);
      const internal = this.parse(code)
        .body.filter((node) => node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration)
        .flatMap((node) => node.specifiers)
        .filter(({ exported }) => !own.has(exported.name));
      const pinned = {};
      if (internal.length > 0) {
        const { ast } = await minify(code, { module: true, compress: false, mangle: false, format: { ast: true, code: false } });
        ast.figure_out_scope({ module: true });
        for (const { local, exported } of internal) {
          // terser's name cache: `$`-prefixed original names to the names they are given.
          if (!ast.globals.has(exported.name)) pinned[`$${local.name}`] = exported.name;
        }
      }
      const result = await minify(code, {
        ...options,
        sourceMap: outputOptions.sourcemap ? { asObject: true } : false,
        nameCache: { vars: { props: pinned } },
      });
      return { code: result.code, map: result.map };
    },
  };
}
