import { rm } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * Where the package is built: `dist/` (the test suite's packed-package test
 * builds a copy elsewhere by setting LSR_DIST_DIR; tsup's own --out-dir
 * would send every build below, the Node one included, to the same folder).
 */
const distDir = process.env.LSR_DIST_DIR ?? 'dist';

/**
 * The library entries. Each is listed once here; package.json `exports` and
 * `typesVersions` follow the same `dist/<name>` naming (checked by
 * scripts/check-package.mjs).
 */
const libraryEntries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  schemas: 'src/schemas/index.ts',
  testing: 'src/testing/index.ts',
  // Nested like its subpath (`./testing/decisions`), so the typesVersions pattern finds its types.
  'testing/decisions': 'src/testing/decisions/index.ts',
  census: 'src/census/index.ts',
};

/**
 * The command line (with the web service and the catalogues it serves)
 * imports the library only through its public entries
 * (`src/index.ts`, `src/calendar/index.ts`), so the built CLI loads the same
 * dist/node/index.js and dist/node/calendar.js a user's program run by Node
 * does instead of a second bundled copy of the rules.
 */
const publicEntryOfCli: Record<string, string> = {
  '../index.js': './node/index.js',
  '../calendar/index.js': './node/calendar.js',
  '../census/index.js': './node/census.js',
};
const cliUsesBuiltEntries: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-built-entries',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(index|calendar\/index|census\/index)\.js$/ }, (args) =>
      /[\\/]src[\\/](cli|server|catalogues)[\\/]/.test(args.importer) ? { path: publicEntryOfCli[args.path]!, external: true } : undefined,
    );
  },
};

/**
 * Internal entries: one module per decision (and per catalogue), so the built
 * index.js is re-exports of them. A bundler then drops every module a
 * consumer does not import from (package.json `sideEffects: false`): a
 * consumer of `classifyNeed` bundles no other decision's rules, whatever
 * top-level work the others do. Not in `exports`; reached through index.js.
 */
const perDecisionEntries = {
  'need-level': 'src/rules/need-level/index.ts',
  'need-to-know': 'src/rules/need-to-know/index.ts',
  'national-alert': 'src/rules/national-alert/index.ts',
  'serious-incident': 'src/rules/serious-incident/index.ts',
  timeline: 'src/rules/timeline/index.ts',
  'placement-notification': 'src/rules/placement-notification/index.ts',
  timescales: 'src/rules/timescales/index.ts',
  catalogue: 'src/rules/catalogue.ts',
  interpretations: 'src/rules/interpretations.ts',
};

export default defineConfig([
  {
    entry: { ...libraryEntries, ...perDecisionEntries },
    format: ['esm', 'cjs'],
    outDir: distDir,
    dts: { entry: libraryEntries },
    // Shared chunks in both formats, so the error class and the calendar are one
    // copy whichever entry a user imports first (instanceof keeps working).
    splitting: true,
    treeshake: true,
    // No source maps: the output is not minified, so a stack trace already
    // points at readable code, and the maps were most of the tarball.
    sourcemap: false,
    clean: false, // `npm run build` empties dist/ first: the two builds run at once
    target: 'node20',
    platform: 'neutral',
    // Bundled rather than a run-time dependency: the calendar entry loads no
    // package (its SHA-256 fingerprint needs only these few kB), and CommonJS
    // users need no ES-module-only package.
    // json-rules-engine's three operator modules (operators.ts) are bundled
    // too: they are CommonJS, and Node's loading them from ES modules (the
    // first CommonJS load, six files each lexed for their exports) was about
    // 10 ms of importing the main entry. The code is the engine's own,
    // unchanged (the test suite checks the table against a real Engine's).
    noExternal: ['@noble/hashes', /^json-rules-engine\/dist\//],
    // The internal entries' own files only re-export their chunk, and nothing
    // imports them (index.js imports the chunks): they would ship unused.
    onSuccess: async () => {
      await Promise.all(Object.keys(perDecisionEntries).flatMap((name) => ['js', 'cjs'].map((ext) => rm(`${distDir}/${name}.${ext}`, { force: true }))));
    },
  },
  {
    // The ES modules Node itself loads (package.json `exports`: the `default`
    // under `import`; bundlers take the `module` condition, the build above).
    // The same library entries without the per-decision ones: one decision's
    // code is then not a module of its own, nor is each piece the decisions
    // share with a different set of them, so importing the main entry loads
    // 8 modules instead of 46. Each module Node loads costs it a resolve, a
    // file read and a link (about a quarter of a millisecond), which was
    // about a third of the library's own import time. Bundlers keep the
    // split build: there the per-decision modules let a consumer of one
    // decision leave the others out.
    entry: libraryEntries,
    format: ['esm'],
    outDir: `${distDir}/node`,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'neutral',
    noExternal: ['@noble/hashes', /^json-rules-engine\/dist\//],
  },
  {
    // The `luton-safeguarding-rules` command: ESM only (a bin is never required()).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    outDir: distDir,
    // Split: `serve` and `catalogue` (the service, the catalogues) load the library only when they run, as the decision commands do.
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [cliUsesBuiltEntries],
  },
]);
