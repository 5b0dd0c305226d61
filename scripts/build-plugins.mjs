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
 * chardet's recognizers hold their tables as hexadecimal array literals: in lib/encoding/sbcs.js a byte map of 256
 * entries per single-byte charset and, per language, 64 n-grams of three bytes; in lib/encoding/mbcs.js each multibyte
 * charset's common characters (ascending 16-bit codes). Minified, each entry is a decimal of up to 8 digits that gzip
 * can do little with (issue 9 bundle budget: 2.8 KiB gzip of the lazy charset chunk). This plugin writes each table as
 * a string, decoded where the literal was (so each call still returns a fresh array, equal to the literal entry for
 * entry): an n-gram is its three bytes as three characters, with the high bit of every byte but the space flipped in a
 * table of mostly non-Latin letters (they are then ASCII letters too); a byte map entry is its value's offset from the
 * byte itself (0 for a letter that maps to itself), or a space for the space; a common character is its distance from
 * the one before in base 91 (printable ASCII but the backslash), in two digits or, after a space, three. The build
 * fails if a table does not decode back to the literal it replaces.
 */
export function chardetCompactTables(source) {
  const used = new Set();
  const out = source.replace(/\[(\s*(?:0x[\da-f]+\s*,\s*)*0x[\da-f]+\s*,?\s*)\]/g, (literal, body) => {
    const values = body.split(',').filter((s) => s.trim() !== '').map(Number);
    let code;
    if (values.length === 256 && values.every((v) => v <= 0xff)) code = `chardetByteMap(${JSON.stringify(values.map((v, i) => (v === 0x20 ? ' ' : String.fromCharCode((v - i + 0x58) & 0xff))).join(''))})`;
    else if (values.every((v) => v > 0xffff && v <= 0xffffff)) {
      const bytes = values.flatMap((v) => [v >> 16, (v >> 8) & 0xff, v & 0xff]).filter((b) => b !== 0x20);
      const flip = bytes.filter((b) => b >= 0x80).length > bytes.length / 2 ? 0x80 : 0;
      const text = values.map((v) => String.fromCharCode(...[v >> 16, (v >> 8) & 0xff, v & 0xff].map((b) => (b === 0x20 ? b : b ^ flip)))).join('');
      code = `chardetNgrams(${JSON.stringify(text)}, ${flip})`;
    } else if (values.length >= 16 && values.every((v, i) => v <= 0xffff && v > (values[i - 1] ?? -1))) {
      const digit = (d) => String.fromCharCode(0x23 + d + (d >= 0x39 ? 1 : 0));
      const text = values.map((v, i) => v - (values[i - 1] ?? 0)).map((d) => (d < 91 * 91 ? '' : ` ${digit(Math.floor(d / (91 * 91)))}`) + digit(Math.floor(d / 91) % 91) + digit(d % 91));
      code = `chardetCommonChars(${JSON.stringify(text.join(''))})`;
    } else return literal;
    const decoded = new Function('chardetByteMap', 'chardetNgrams', 'chardetCommonChars', `return ${code}`)(chardetByteMap, chardetNgrams, chardetCommonChars);
    if (decoded.length !== values.length || decoded.some((v, i) => v !== values[i])) throw new Error(`chardet-compact-tables: a table does not decode back to its literal: ${literal.slice(0, 60)}`);
    used.add(code.slice(0, code.indexOf('(')));
    return code;
  });
  if (used.size === 0) throw new Error('chardet-compact-tables: no table found');
  const helpers = [chardetByteMap, chardetNgrams, chardetCommonChars].filter((helper) => used.has(helper.name));
  return out.replace(/^"use strict";\n/, (directive) => `${directive}${helpers.join('\n')}\n`);
}
/** A byte map from its string (see chardetCompactTables). */
function chardetByteMap(s) {
  return Array.from(s, (c, i) => (c === ' ' ? 32 : (c.charCodeAt(0) + i - 0x58) & 255));
}
/** N-grams from their string, three characters each (see chardetCompactTables). */
function chardetNgrams(s, flip) {
  const byte = (i) => (s.charCodeAt(i) === 32 ? 32 : s.charCodeAt(i) ^ flip);
  const ngrams = [];
  for (let i = 0; i < s.length; i += 3) ngrams.push((byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2));
  return ngrams;
}
/** Common characters from their string of distances (see chardetCompactTables). */
function chardetCommonChars(s) {
  const digit = (i) => s.charCodeAt(i) - (s.charCodeAt(i) > 0x5c ? 0x24 : 0x23);
  const codes = [];
  let code = 0;
  for (let i = 0; i < s.length; i += 2) {
    if (s.charCodeAt(i) === 32) {
      code += digit(i + 1) * 91 * 91;
      i += 2;
    }
    code += digit(i) * 91 + digit(i + 1);
    codes.push(code);
  }
  return codes;
}

export const chardetCompactTablesPlugin = {
  name: 'chardet-compact-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]chardet[\\/]lib[\\/]encoding[\\/][ms]bcs\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { loader: 'js', contents: chardetCompactTables(await readFile(args.path, 'utf8')) };
    });
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
 * decruft decodes character references with entities 9 (its own decoding). htmlparser2
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
/**
 * The library's shim: decruft's parser never sets `xmlMode` (src/html/parse.ts passes `decodeEntities` and its Tokenizer
 * only), so htmlparser2 only ever asks for the HTML decoder, and entities 9's XML decoder (with its own name matcher and
 * code point rules: about 0.4 KiB gzip at import, issue 9 bundle budget) is left out: asked for it, this one throws.
 */
export const HTMLPARSER2_ENTITIES_SHIM_HTML_ONLY = [
  "import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';",
  'export { DecodingMode };',
  "export const htmlDecodeTree = 'html';",
  "export const xmlDecodeTree = 'xml';",
  'export class EntityDecoder {',
  '  constructor(decodeTree, emitCodePoint, errors) {',
  "    if (decodeTree !== htmlDecodeTree) throw new Error('decruft: htmlparser2\\'s XML mode is not bundled (scripts/build-plugins.mjs)');",
  '    return new HtmlEntityDecoder(emitCodePoint, errors);',
  '  }',
  '}',
  'export const fromCodePoint = String.fromCodePoint;',
].join('\n');
/** Whether `importer` is one of htmlparser2's own modules. */
export const fromHtmlparser2 = (importer) => /[\\/]node_modules[\\/]htmlparser2[\\/]dist[\\/]/.test(importer ?? '');

/** The redirection (the CLI's build: `shim` HTMLPARSER2_ENTITIES_SHIM; the library's: the HTML-only one). */
export function htmlparser2EntitiesFrom9With(shim) {
  return {
    name: 'htmlparser2-entities-from-9',
    setup(build) {
      build.onResolve({ filter: /^entities\/decode$/ }, (args) => (fromHtmlparser2(args.importer) ? { path: 'entities/decode', namespace: 'htmlparser2-entities' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'htmlparser2-entities' }, () => ({ resolveDir: process.cwd(), loader: 'js', contents: shim }));
    },
  };
}
export const htmlparser2EntitiesFrom9 = htmlparser2EntitiesFrom9With(HTMLPARSER2_ENTITIES_SHIM);

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

/**
 * chrono-node's locale modules each build a casual parser (and English a second, British one) next to the strict one at
 * load: decruft reads only `strict`, but `new Chrono(…)` may have side effects as far as a bundler knows, so every
 * casual-only parser class stayed in the bundle (issue 9 bundle budget: about 5 KiB gzip). Marking those two calls pure
 * lets esbuild drop the unused `casual` and `GB` with what only they use; `strict` is built exactly as before.
 */
export const strictChronoOnly = {
  name: 'strict-chrono-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/].*[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      return { loader: 'js', contents: source.replace(/\bnew Chrono\(([\w.]+)\(/g, '/* @__PURE__ */ new Chrono(/* @__PURE__ */ $1(') };
    });
    // English and Italian build their configurations in a class's methods, which a bundler keeps whole: the casual
    // one's parsers and refiners stayed (about 3 KiB gzip). Nothing calls it once `casual` and `GB` are dropped.
    build.onLoad({ filter: /[\\/]node_modules[\\/]chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/](?:en|it)[\\/]configuration\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { loader: 'js', contents: withoutCasualConfiguration(await readFile(args.path, 'utf8')) };
    });
  },
};

/** A chrono-node locale configuration class's source without its `createCasualConfiguration` method (throws if none). */
export function withoutCasualConfiguration(source) {
  const method = /\n {4}createCasualConfiguration\([^)]*\) \{\n[\s\S]*?\n {4}\}(?=\n)/;
  if (!method.test(source)) throw new Error('chrono-node: no createCasualConfiguration method to leave out');
  return source.replace(method, '');
}

/**
 * The properties an element can still have when hast-util-to-html serializes it: those the sanitizer's allowlist lets
 * through (src/render/html.ts `schema`: its `attributes`, `*` included), each with its type in property-information's
 * `html` schema (null: a plain string). test/build-plugins.test.ts checks the list against the allowlist and each
 * property's information against the full schema's.
 */
export const SANITIZED_PROPERTIES = {
  alt: null, cite: null, className: 'spaceSeparated', colSpan: 'number', dateTime: null, dir: null, height: 'number', href: null,
  lang: null, reversed: 'boolean', rowSpan: 'number', scope: null, src: null, start: 'number', title: null, width: 'number',
};

/**
 * hast-util-to-html imports property-information's schemas to serialize attributes: `svg` (about 3 KiB gzip) for what
 * is inside an `<svg>`, and `html` (with aria, xlink, xml and xmlns: about 2 KiB) for every other element. decruft
 * serializes only trees its sanitizer made, whose allowlist has no `svg` (nor `math`) and only the properties of
 * SANITIZED_PROPERTIES, so the rest of both schemas is never read (issue 9 bundle budget). This module gives
 * hast-util-to-html `find` and `normalize` from the same files and an `html` schema made by the same `create` with those
 * properties only (the same information for each), and `html` in the place of `svg`. Only hast-util-to-html's imports
 * are redirected.
 */
export const propertyInformationWithoutSvg = {
  name: 'property-information-without-svg',
  setup(build) {
    build.onResolve({ filter: /^property-information$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]hast-util-to-html[\\/]/.test(args.importer)) return undefined;
      // The package (ES modules only, one export) as hast-util-to-html resolves it: its modules are read from there.
      // (The module's name is no path: scripts/notices.mjs reads package folders from the paths esbuild writes.)
      return { path: 'property-information', namespace: 'property-information-html', pluginData: dirname(createRequire(args.importer).resolve('property-information')) };
    });
    build.onLoad({ filter: /.*/, namespace: 'property-information-html' }, (args) => ({ resolveDir: args.pluginData, loader: 'js', contents: SANITIZED_HTML_SCHEMA_MODULE }));
  },
};

/** The module propertyInformationWithoutSvg gives (its imports are property-information's own files). */
const sanitizedTypes = [...new Set(Object.values(SANITIZED_PROPERTIES).filter((type) => type !== null))].sort();
export const SANITIZED_HTML_SCHEMA_MODULE = [
  // property-information's lib/html.js (its attribute names and transform), with only those properties.
  "import { caseInsensitiveTransform } from './lib/util/case-insensitive-transform.js';",
  "import { create } from './lib/util/create.js';",
  "import { merge } from './lib/util/merge.js';",
  `import { ${sanitizedTypes.join(', ')} } from './lib/util/types.js';`,
  "const htmlBase = create({ attributes: { acceptcharset: 'accept-charset', classname: 'class', htmlfor: 'for', httpequiv: 'http-equiv' },",
  `  properties: { ${Object.entries(SANITIZED_PROPERTIES).map(([name, type]) => `${name}: ${type}`).join(', ')} }, space: 'html', transform: caseInsensitiveTransform });`,
  "export const html = merge([htmlBase], 'html');",
  "export { find } from './lib/find.js';",
  "export { normalize } from './lib/normalize.js';",
  'export const svg = html;',
].join('\n');

/**
 * hast-util-to-html omits optional tags (`</p>`, `</li>`…) only with its `omitOptionalTags` option, which decruft never
 * passes (src/render/html.ts calls `toHtml(tree)`), so its omission rules (about 1.1 KiB gzip with
 * hast-util-whitespace) are never run: they are replaced by functions that throw if ever called.
 */
export const htmlWithoutOmission = {
  name: 'html-without-omission',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/omission\/(?:opening|closing)\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]hast-util-to-html[\\/]/.test(args.importer) ? { path: args.path, namespace: 'html-without-omission' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'html-without-omission' }, (args) => {
      const name = /opening/.test(args.path) ? 'opening' : 'closing';
      return { loader: 'js', contents: `export function ${name}() { throw new Error('decruft: optional tag omission is not bundled (scripts/build-plugins.mjs)'); }` };
    });
  },
};

/**
 * hast-util-sanitize spreads the schema it is given over its default schema (GitHub's allowlist: about 0.6 KiB gzip).
 * decruft always gives one (src/render/html.ts `schema`) with every key of the default's (test/build-plugins.test.ts
 * checks it), so none of the default's values is ever read. Its place takes an object with no keys whose values throw
 * if read (as they would be with no schema given).
 */
export const sanitizeWithoutDefaultSchema = {
  name: 'sanitize-without-default-schema',
  setup(build) {
    build.onResolve({ filter: /^\.\/schema\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]hast-util-sanitize[\\/]lib[\\/]/.test(args.importer) ? { path: 'schema', namespace: 'sanitize-without-default-schema' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'sanitize-without-default-schema' }, () => ({
      loader: 'js',
      contents: "export const defaultSchema = new Proxy({}, { get() { throw new Error('decruft: the default sanitize schema is not bundled (scripts/build-plugins.mjs)'); } });",
    }));
  },
};

/**
 * mdast-util-to-hast has handlers for every mdast node, footnotes' among them, and builds a footnote section after
 * every tree (its `footer`, which returns nothing when no footnote reference was handled). decruft's trees are built by
 * decruft only (src/segment, src/assemble.ts, src/render/budget.ts; an engine gives HTML, not a tree) and hold root,
 * paragraph, heading, list, listItem, blockquote, code, table, tableRow, tableCell, text, break, image, inlineCode,
 * link, strong, emphasis and delete nodes: never a footnote, a definition, a link or image reference, raw html, a
 * thematic break, yaml or toml. Their handlers and the footer (about 0.9 KiB gzip) are left out: those node types get a
 * handler that throws (not mdast-util-to-hast's fallback for unknown nodes), and the footer throws if a footnote was
 * ever referenced. Only mdast-util-to-hast's own imports are redirected.
 */
export const MDAST_TO_HAST_HANDLERS = [
  'blockquote', 'break', 'code', 'delete', 'emphasis', 'heading', 'image', 'inlineCode', 'link', 'listItem', 'list', 'paragraph', 'root', 'strong',
  'table', 'tableCell', 'tableRow', 'text',
];
const MDAST_TO_HAST_FILES = { break: 'break', delete: 'delete', inlineCode: 'inline-code', listItem: 'list-item', tableCell: 'table-cell', tableRow: 'table-row' };
const MDAST_TO_HAST_EXPORTS = { break: 'hardBreak', delete: 'strikethrough' };
export const hastWithoutFootnotes = {
  name: 'hast-without-footnotes',
  setup(build) {
    const own = (importer) => /[\\/]node_modules[\\/]mdast-util-to-hast[\\/]lib[\\/]/.test(importer);
    build.onResolve({ filter: /^\.\/(?:footer|handlers\/index)\.js$/ }, (args) =>
      own(args.importer) ? { path: args.path, namespace: 'hast-without-footnotes', pluginData: dirname(args.importer) } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'hast-without-footnotes' }, (args) => {
      const never = "() => { throw new Error('decruft: this mdast node type is not bundled (scripts/build-plugins.mjs)'); }";
      if (args.path === './footer.js') {
        return { loader: 'js', contents: "export function footer(state) { if (state.footnoteOrder.length > 0) throw new Error('decruft: footnotes are not bundled (scripts/build-plugins.mjs)'); }" };
      }
      const imports = MDAST_TO_HAST_HANDLERS.map((type) => `import { ${MDAST_TO_HAST_EXPORTS[type] ?? type} as ${type}_ } from './handlers/${MDAST_TO_HAST_FILES[type] ?? type}.js';`);
      const handlers = MDAST_TO_HAST_HANDLERS.map((type) => `${type}: ${type}_`);
      const dropped = ['footnoteReference', 'html', 'imageReference', 'linkReference', 'thematicBreak', 'toml', 'yaml', 'definition', 'footnoteDefinition'];
      return {
        resolveDir: args.pluginData,
        loader: 'js',
        contents: [...imports, `const never = ${never};`, `export const handlers = { ${handlers.join(', ')}, ${dropped.map((type) => `${type}: never`).join(', ')} };`].join('\n'),
      };
    });
  },
};

/**
 * mdast-util-to-markdown's handlers of the node types decruft's trees never hold (hastWithoutFootnotes): definition,
 * raw html, image and link references, thematic break, with what only they use (a label's association, the decoding
 * of its character references: about 0.8 KiB gzip). Left out of its handler table, such a node would meet
 * mdast-util-to-markdown's own error for unknown nodes. Its other handlers are its own.
 */
export const markdownWithoutReferences = {
  name: 'markdown-without-references',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:lib\/)?handle\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]mdast-util-to-markdown[\\/]/.test(args.importer) ? { path: 'handle', namespace: 'markdown-without-references', pluginData: join(dirname(createRequire(args.importer).resolve('mdast-util-to-markdown')), 'lib', 'handle') } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'markdown-without-references' }, (args) => ({
      resolveDir: args.pluginData,
      loader: 'js',
      contents: [
        "import { blockquote } from './blockquote.js';",
        "import { hardBreak } from './break.js';",
        "import { code } from './code.js';",
        "import { emphasis } from './emphasis.js';",
        "import { heading } from './heading.js';",
        "import { image } from './image.js';",
        "import { inlineCode } from './inline-code.js';",
        "import { link } from './link.js';",
        "import { list } from './list.js';",
        "import { listItem } from './list-item.js';",
        "import { paragraph } from './paragraph.js';",
        "import { root } from './root.js';",
        "import { strong } from './strong.js';",
        "import { text } from './text.js';",
        'export const handle = { blockquote, break: hardBreak, code, emphasis, hardBreak, heading, image, inlineCode, link, list, listItem, paragraph, root, strong, text };',
      ].join('\n'),
    }));
  },
};

/**
 * hast-util-to-html encodes characters through stringify-entities, whose named references (character-entities-html4 and
 * -legacy: about 1.3 KiB gzip) are used only with `useNamedReferences` or `useShortestReferences`, options decruft never
 * passes (it writes hexadecimal references, the default). Its `toNamed` is replaced by one that throws if ever called.
 */
export const stringifyEntitiesWithoutNames = {
  name: 'stringify-entities-without-names',
  setup(build) {
    build.onResolve({ filter: /^\.\/to-named\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]stringify-entities[\\/]/.test(args.importer) ? { path: 'to-named', namespace: 'stringify-entities-without-names' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stringify-entities-without-names' }, () => ({
      loader: 'js',
      contents: "export function toNamed() { throw new Error('decruft: named character references are not bundled (scripts/build-plugins.mjs)'); }",
    }));
  },
};

/**
 * @ungap/structured-clone, which the renderers' unified packages import, calls the platform's `structuredClone` when
 * there is one and no `json`/`lossy` option is given (none of them passes one): every runtime decruft supports (Node
 * 20, workers, browsers) has it, so its serializer and deserializer (about 1 KiB gzip) are never run.
 */
export const nativeStructuredClone = {
  name: 'native-structured-clone',
  setup(build) {
    build.onResolve({ filter: /^@ungap\/structured-clone$/ }, () => ({ path: 'structured-clone', namespace: 'native-structured-clone' }));
    build.onLoad({ filter: /.*/, namespace: 'native-structured-clone' }, () => ({
      loader: 'js',
      contents: 'export default function clone(value) { return structuredClone(value); }',
    }));
  },
};

/**
 * domhandler's `Node` has a `cloneNode` method, which keeps its deep-copy function (every node kind, with parse5's
 * extra fields) in the bundle: about 0.3 KiB gzip at import (issue 9 bundle budget). decruft never clones a node, and
 * its DOM never leaves it (an engine gets HTML as a string), so the library's build leaves the method out.
 */
export const domhandlerWithoutClone = {
  name: 'domhandler-without-clone',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]domhandler[\\/]lib[\\/]esm[\\/]node\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const method = /\n {4}cloneNode\(recursive = false\) \{\n {8}return cloneNode\(this, recursive\);\n {4}\}/;
      if (!method.test(source)) throw new Error('domhandler-without-clone: Node#cloneNode not found in domhandler/lib/esm/node.js');
      return { loader: 'js', contents: source.replace(method, '') };
    });
  },
};

/**
 * src/input/labels.ts re-exports @exodus/bytes' `normalizeEncoding` (label → encoding name), which the options and the
 * meta prescan need at import. That function shares its module with the package's TextDecoder, so bundled as is it
 * brings every single-byte table and the UTF-8/UTF-16 decoders into the chunk loaded at import; decode.ts loads those
 * lazily. Here labels.ts gets the package's own `normalizeEncoding` source, cut out of fallback/encoding.js, with the
 * package's label table and nothing else (test/build-plugins.test.ts checks every label and junk against the package).
 */
export function encodingLabelsApart(root) {
  return {
    name: 'encoding-labels-apart',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]input[\\/]labels\.ts$/ }, async () => ({ loader: 'js', contents: await encodingLabelsSource(root), resolveDir: root }));
    },
  };
}

/** The module encodingLabelsApart gives src/input/labels.ts. */
export async function encodingLabelsSource(root) {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = join(root, 'node_modules/@exodus/bytes/fallback');
  const source = await readFile(join(dir, 'encoding.js'), 'utf8');
  const start = source.indexOf('let labelsMap\n');
  const fn = source.indexOf('export function normalizeEncoding(label) {', start);
  const end = source.indexOf('\n}\n', fn);
  if (start < 0 || fn < 0 || end < 0 || source.slice(start, fn).includes('function')) throw new Error('encoding-labels-apart: normalizeEncoding not found in @exodus/bytes/fallback/encoding.js');
  return `import labels from ${JSON.stringify(join(dir, 'encoding.labels.js'))};\n${source.slice(start, end + 3)}`;
}

/** The plugins of the library build (tsup.config.ts), which the bundle budget (scripts/bench/bundle.mjs) uses too. */
/**
 * The rule catalog's `examples` and `counterExamples` are for its tests (each example removed, each counter-example
 * kept: test/rules.test.ts reads src) and for people reading the rules; nothing in decruft reads them at run time, and
 * they were about 4 KiB gzip of the core at import (issue 9 bundle budget). dist's catalog gets empty arrays in their
 * place, so a rule keeps its shape; its `description` becomes '' the same way (withoutDescriptions).
 */
export const catalogWithoutExamples = {
  name: 'catalog-without-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]rules[\\/]catalog[\\/][^\\/]+\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { loader: 'ts', contents: withoutExamples(await readFile(args.path, 'utf8')) };
    });
  },
};

/** The source with every `examples: [...]` and `counterExamples: [...]` array emptied (string literals skipped over). */
export function withoutExamples(source) {
  let out = '';
  let from = 0;
  const key = /\b(?:counterExamples|examples): \[/g;
  for (let m = key.exec(source); m !== null; m = key.exec(source)) {
    let i = m.index + m[0].length;
    let depth = 1;
    while (i < source.length && depth > 0) {
      const c = source[i];
      if (c === "'" || c === '"' || c === '`') {
        i++;
        while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      } else if (c === '[') depth++;
      else if (c === ']') depth--;
      i++;
    }
    if (depth !== 0) throw new Error('catalog-without-examples: unbalanced brackets');
    out += `${source.slice(from, m.index + m[0].length)}]`;
    from = i;
    key.lastIndex = i;
  }
  return withoutDescriptions(out + source.slice(from));
}

/**
 * The source with every rule's `description: '…'` emptied: descriptions are for people reading the catalog (receipts
 * name the rule by id and say why in their own words), and they were about 1.5 KiB gzip of the core at import.
 */
export function withoutDescriptions(source) {
  let out = '';
  let from = 0;
  const key = /\bdescription: (?=['"`])/g;
  for (let m = key.exec(source); m !== null; m = key.exec(source)) {
    const start = m.index + m[0].length;
    const quote = source[start];
    let i = start + 1;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    out += `${source.slice(from, start)}''`;
    from = i + 1;
    key.lastIndex = from;
  }
  return out + source.slice(from);
}

export function libraryPlugins(root) {
  return [catalogWithoutExamples, encodingLabelsApart(root), chardetWithoutFs, chardetCompactTablesPlugin, htmlparser2Core(root), htmlparser2EntitiesFrom9With(HTMLPARSER2_ENTITIES_SHIM_HTML_ONLY), namedReferencesFromEntities, strictChronoOnly, propertyInformationWithoutSvg, stringifyEntitiesWithoutNames, nativeStructuredClone, domhandlerWithoutClone, htmlWithoutOmission, hastWithoutFootnotes, markdownWithoutReferences, sanitizeWithoutDefaultSchema];
}
