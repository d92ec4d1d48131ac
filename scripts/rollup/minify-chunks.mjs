import { minify } from 'terser';

/**
 * Minifies each chunk with terser, giving each variable that a chunk shares with the build's
 * other chunks the name it is shared under. Rollup names such an export with a letter or two
 * (`export { html as b }`) so that importers stay short; terser then gives the variable a short
 * name of its own, and the exporting chunk spells out both: `export{nt as b}`. Named alike, the
 * pair is written once: `export{b}`, about 60 bytes off a bundle's gzip; a chunk that imports it
 * writes `import{b}` rather than `import{b as t}`. Terser keeps a given name off every other
 * variable; only a global (a name the code reads but never declares) could clash, so a name the
 * code reads as a global is left to terser, as is a second variable given the same name. The
 * names an entry module exports itself (its public signature) are its API, left alone.
 */
export function minifyChunks(options) {
  return {
    name: 'minify-chunks',
    async renderChunk(code, chunk, outputOptions) {
      const own = new Set(chunk.facadeModuleId ? (this.getModuleInfo(chunk.facadeModuleId)?.exports ?? []) : []);
      const body = this.parse(code).body;
      // [local variable, the name it is shared under]: what the chunk exports to other chunks…
      const shared = body
        .filter((node) => node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration)
        .flatMap((node) => node.specifiers.map((spec) => [spec.local.name, spec.exported.name]))
        .filter(([, name]) => !own.has(name));
      // …and what it imports from them (other imports, Lit's say, have long names of their own).
      for (const node of body) {
        if (node.type !== 'ImportDeclaration' || !node.source.value.startsWith('./')) continue;
        for (const spec of node.specifiers) {
          if (spec.type === 'ImportSpecifier' && spec.imported.type === 'Identifier') shared.push([spec.local.name, spec.imported.name]);
        }
      }
      const pinned = {};
      if (shared.length > 0) {
        const { ast } = await minify(code, { module: true, compress: false, mangle: false, format: { ast: true, code: false } });
        ast.figure_out_scope({ module: true });
        const taken = new Set(ast.globals.keys());
        for (const [local, name] of shared) {
          if (taken.has(name)) continue;
          taken.add(name);
          // terser's name cache: `$`-prefixed original names to the names they are given.
          pinned[`$${local}`] = name;
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
