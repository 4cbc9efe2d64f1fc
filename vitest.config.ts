import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // FC_SEED fixes the property tests' cases (see the file).
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // Property tests run thousands of cases; on a busy two-core machine some
    // take longer than vitest's 5 s default without being stuck.
    testTimeout: 30_000,
  },
});
