import { defineConfig } from 'tsup';
import { chardetWithoutFs, htmlparser2Core, namedReferencesFromEntities } from './scripts/build-plugins.mjs';

/**
 * The renderers' dependencies (the unified ecosystem: many small ES modules) are bundled into decruft's lazily loaded
 * renderer chunks: loading them as some 170 separate files was a third of a cold start's first clean() (issue 9).
 * The parser and entity decoder that load at import are bundled for the same reason. The CLI's build keeps them as
 * packages, so they stay dependencies. @exodus/bytes' multibyte decoder is not bundled: its package resolves to the
 * platform's TextDecoder under browser and worker conditions (src/input/decode.ts).
 */
const IMPORT_DEPENDENCIES = /^(?:htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|@exodus\/bytes(?!\/encoding-browser))(?:\/|$)/;
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
    noExternal: ['chardet', RENDERER_DEPENDENCIES, IMPORT_DEPENDENCIES],
    // chardet without its Node-only file; htmlparser2 without the domutils re-exports; named character references
    // from entities' table instead of character-entities' (scripts/build-plugins.mjs).
    esbuildPlugins: [chardetWithoutFs, htmlparser2Core(process.cwd()), namedReferencesFromEntities],
  },
  {
    // The CLI: Node only.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
