import MagicString from 'magic-string';

/** V8's explicit compile hint (Chrome 136+): compile every function of this file eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Opens each entry file a page loads directly with V8's compile hint. Without it, V8 only
 * pre-parses a script and compiles each function on the main thread the first time it is
 * called; an element's first render calls nearly all of its bundle's functions, so that compile
 * lands between the feed's arrival and the towns on screen. With the hint the whole file is
 * compiled as it streams in, off the main thread. Entry files only: the code loaded on demand
 * (the full reading of a broken feed, say) is left to compile lazily, as most of it never runs.
 * Other browsers read the line as a comment. The hint must be the file's first line, so this
 * runs after the minifier, which drops comments.
 */
export function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk(code, chunk, outputOptions) {
      if (!chunk.isEntry) return null;
      const out = new MagicString(code).prepend(`${COMPILE_HINT}\n`);
      return { code: out.toString(), map: outputOptions.sourcemap ? out.generateMap({ hires: true }) : null };
    },
  };
}
