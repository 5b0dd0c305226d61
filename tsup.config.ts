import { defineConfig } from 'tsup';

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
