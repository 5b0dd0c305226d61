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

/**
 * mdast-util-to-markdown reaches character-entities (the HTML named references as one object: about 12 KB gzip) through
 * micromark-util-decode-string and decode-named-character-reference, to compare the labels of definitions and link or
 * image references. decruft's trees never hold those nodes, so the table is never read; this module answers the same
 * for every name in it from the decoding table of `entities`, which the core loads at import anyway (issue 9 bundle
 * budget). Numeric references never reach it (micromark-util-decode-string decodes them itself).
 */
export const namedReferencesFromEntities = {
  name: 'named-references-from-entities',
  setup(build) {
    build.onResolve({ filter: /^decode-named-character-reference$/ }, () => ({ path: 'decode-named-character-reference', namespace: 'named-references-from-entities' }));
    build.onLoad({ filter: /.*/, namespace: 'named-references-from-entities' }, () => ({
      resolveDir: process.cwd(),
      loader: 'js',
      contents: [
        "import { decodeHTMLStrict } from 'entities';",
        'const NAME = /^[A-Za-z][A-Za-z\\d]*$/;',
        'export function decodeNamedCharacterReference(value) {',
        "  if (!NAME.test(value)) return false;",
        "  const reference = '&' + value + ';';",
        '  const decoded = decodeHTMLStrict(reference);',
        '  return decoded === reference ? false : decoded;',
        '}',
      ].join('\n'),
    }));
  },
};

/**
 * decruft decodes character references with entities 9 (its own decoding, and parse5's, which depends on it). htmlparser2
 * 10 imports entities 7's streaming decoder instead: bundled as is, that is a second entity table and decoder (issue 9
 * bundle budget: 8.5 KiB gzip) and a different decoder on each parsing path, with entities 7's bug on references with
 * no semicolon that are not legacy names (`&Gdot ` decoded as `Â`, not left as text as the HTML Standard says). This
 * module gives htmlparser2 what it imports from `entities/decode` built on entities 9: its decoder takes the decode tree
 * first, then the same callback, with the same `startEntity`/`write`/`end` contract and `DecodingMode` values.
 * `scripts/dev/entities-9.mjs` compares the two on every named reference. Only htmlparser2's own imports are redirected.
 */
export const HTMLPARSER2_ENTITIES_SHIM = [
  "import { DecodingMode, HtmlEntityDecoder, XmlEntityDecoder } from 'entities/decode';",
  'export { DecodingMode };',
  "export const htmlDecodeTree = 'html';",
  "export const xmlDecodeTree = 'xml';",
  'export class EntityDecoder {',
  '  constructor(decodeTree, emitCodePoint, errors) {',
  '    return decodeTree === xmlDecodeTree ? new XmlEntityDecoder(emitCodePoint, errors) : new HtmlEntityDecoder(emitCodePoint, errors);',
  '  }',
  '}',
  'export const fromCodePoint = String.fromCodePoint;',
].join('\n');
/** Whether `importer` is one of htmlparser2's own modules. */
export const fromHtmlparser2 = (importer) => /[\\/]node_modules[\\/]htmlparser2[\\/]dist[\\/]/.test(importer ?? '');

export const htmlparser2EntitiesFrom9 = {
  name: 'htmlparser2-entities-from-9',
  setup(build) {
    build.onResolve({ filter: /^entities\/decode$/ }, (args) => (fromHtmlparser2(args.importer) ? { path: 'entities/decode', namespace: 'htmlparser2-entities' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'htmlparser2-entities' }, () => ({ resolveDir: process.cwd(), loader: 'js', contents: HTMLPARSER2_ENTITIES_SHIM }));
  },
};

/** The same redirection for Vite (vitest runs src, with htmlparser2 inlined so that its imports go through this). */
export const htmlparser2EntitiesFrom9Vite = {
  name: 'htmlparser2-entities-from-9',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === 'entities/decode' && fromHtmlparser2(importer) ? '\0htmlparser2-entities' : null;
  },
  load(id) {
    return id === '\0htmlparser2-entities' ? HTMLPARSER2_ENTITIES_SHIM : null;
  },
};
