import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    calendar: 'src/calendar/index.ts',
    schemas: 'src/schemas/index.ts',
    testing: 'src/testing/index.ts',
    'testing-decisions': 'src/testing/decisions/index.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: {
    entry: {
      index: 'src/index.ts',
      calendar: 'src/calendar/index.ts',
      schemas: 'src/schemas/index.ts',
      testing: 'src/testing/index.ts',
      'testing-decisions': 'src/testing/decisions/index.ts',
    },
  },
  // Shared chunks in both formats, so the error class and the calendar are one
  // copy whichever entry a user imports first (instanceof keeps working).
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // Bundled rather than a run-time dependency: the calendar entry loads no
  // package (its SHA-256 fingerprint needs only these few kB), and CommonJS
  // users need no ES-module-only package.
  noExternal: ['@noble/hashes'],
});
