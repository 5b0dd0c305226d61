import { defineConfig } from 'vitest/config';
import { htmlparser2EntitiesFrom9Vite } from './scripts/build-plugins.mjs';

export default defineConfig({
  // htmlparser2 decodes character references with entities 9, as in dist (scripts/build-plugins.mjs): it is inlined so
  // that its import of `entities/decode` goes through the plugin.
  plugins: [htmlparser2EntitiesFrom9Vite],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    server: { deps: { inline: [/[\\/]node_modules[\\/]htmlparser2[\\/]/] } },
  },
});
