import { defineConfig } from 'vitest/config';

// `npm run test:browser`: tests that need a real browser (Debian's chromium). Not part of `npm test`; CI runs both.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
