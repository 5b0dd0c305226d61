// esbuild plugins shared by the library build (tsup.config.ts) and the bundle budget (scripts/bench/bundle.mjs), so the
// budget measures what dist holds.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/**
 * chardet's entry requires `./fs/node`, which calls `require('fs')` (only for its detectFile helper, which decruft
 * never uses). Bundled as is, that puts a Node built-in into the core's import graph and breaks edge bundlers, so
 * chardet is bundled with its browser stub in that file's place.
 */
export const chardetWithoutFs = {
  name: 'chardet-without-fs',
  setup(build) {
    build.onResolve({ filter: /^\.\/fs\/node$/ }, (args) => (/[\\/]chardet[\\/]/.test(args.importer) ? { path: args.importer.replace(/index\.js$/, 'fs/browser.js') } : undefined));
  },
};

/**
 * decruft imports `Parser`, `Tokenizer`, `QuoteType` and `parseDocument` from htmlparser2. Its entry also re-exports
 * domutils (`DomUtils`, `getFeed`), which esbuild keeps with dom-serializer and that package's own copy of `entities`
 * (entities 4: a second HTML entity table and an encoder, about 78 KB minified at import; issue 9 bundle budget).
 * This entry gives the same four from htmlparser2's own modules; `parseDocument` is htmlparser2's, line for line.
 * Only decruft's own imports are redirected (no bundled package imports htmlparser2).
 */
export function htmlparser2Core(root) {
  // The package's CommonJS entry is dist/commonjs/index.js; its ES modules are beside it in dist/esm.
  const dist = join(dirname(dirname(createRequire(join(root, 'package.json')).resolve('htmlparser2'))), 'esm');
  return {
    name: 'htmlparser2-core',
    setup(build) {
      build.onResolve({ filter: /^htmlparser2$/ }, (args) => (/[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: 'htmlparser2', namespace: 'htmlparser2-core' }));
      build.onLoad({ filter: /.*/, namespace: 'htmlparser2-core' }, () => ({
        resolveDir: dist,
        loader: 'js',
        contents: [
          "import { Parser } from './Parser.js';",
          "import { DomHandler } from 'domhandler';",
          'export { Parser };',
          "export { default as Tokenizer, QuoteType } from './Tokenizer.js';",
          'export function parseDocument(data, options) {',
          '  const handler = new DomHandler(undefined, options);',
          '  new Parser(handler, options).end(data);',
          '  return handler.root;',
          '}',
        ].join('\n'),
      }));
    },
  };
}
