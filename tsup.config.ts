import { defineConfig } from 'tsup';
import { htmlparser2Core, htmlparser2EntitiesFrom9, libraryPlugins } from './scripts/build-plugins.mjs';

/**
 * The renderers' dependencies (the unified ecosystem: many small ES modules) are bundled into decruft's lazily loaded
 * renderer chunks: loading them as some 170 separate files was a third of a cold start's first clean() (issue 9).
 * The parser and entity decoder that load at import are bundled for the same reason. The CLI's build
 * keeps them as packages (but htmlparser2, bundled with entities 9's decoder as here), so they stay dependencies. @exodus/bytes' multibyte decoder is not bundled: its package resolves to the
 * platform's TextDecoder under browser and worker conditions (src/input/decode.ts).
 */
const IMPORT_DEPENDENCIES = /^(?:htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|@exodus\/bytes(?!\/encoding-browser))(?:\/|$)/;
/** chrono-node's locales, bundled so that their unused casual parsers are left out (scripts/build-plugins.mjs). */
const CHRONO = /^chrono-node(?:\/|$)/;
const RENDERER_DEPENDENCIES =
  /^(?:mdast-util-|hast-util-|unist-util-|micromark-util-|character-entities|property-information|stringify-entities|markdown-table|@ungap\/structured-clone|zwitch|comma-separated-tokens|space-separated-tokens|trim-lines|longest-streak|decode-named-character-reference|ccount|html-void-elements|devlop)/;

export default defineConfig([
  {
    // The library: runs everywhere (Node, workers, browsers), so no Node built-ins.
    entry: { index: 'src/index.ts', readability: 'src/readability.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    clean: true,
    treeshake: true,
    noExternal: ['chardet', RENDERER_DEPENDENCIES, IMPORT_DEPENDENCIES, CHRONO],
    // chardet without its Node-only file and with its tables as strings; htmlparser2 without the domutils re-exports
    // and with entities 9's HTML decoder (no XML one); domhandler without Node#cloneNode; named character references
    // from entities' table instead of character-entities'; chrono-node's strict parsers without its casual ones; the
    // renderers without the svg schema, the properties the sanitizer never lets through, its default schema, optional
    // tag omission, handlers of node types decruft never builds (footnotes, references, raw html…), named-reference
    // tables and a structuredClone polyfill that decruft never reads (scripts/build-plugins.mjs).
    esbuildPlugins: libraryPlugins(process.cwd()),
  },
  {
    // The CLI: Node only.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
    // htmlparser2 with entities 9's decoder, as in the library, so the CLI decodes character references as it does.
    noExternal: [/^(?:htmlparser2|entities)(?:\/|$)/],
    esbuildPlugins: [htmlparser2Core(process.cwd()), htmlparser2EntitiesFrom9],
  },
]);
