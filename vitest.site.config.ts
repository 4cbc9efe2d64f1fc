import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built policy site (`npm run site` first). Kept out of
 * `npm test` because they need Debian's chromium; `.ci/run` runs them after
 * the build.
 */
export default defineConfig({
  test: {
    include: ['test/site/**/*.browser.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
