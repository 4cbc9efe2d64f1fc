// Checks the built package as a user gets it: both module formats load, the
// entry points share one error class, the calendar entry does not pull in the
// rules engine or zod, the CLI runs, `npm pack` ships only what users need,
// node10 type resolution covers every entry and the JSON Schemas are exported.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const esm = await import(join(root, 'dist/index.js'));
const esmCalendar = await import(join(root, 'dist/calendar.js'));
const cjs = require(join(root, 'dist/index.cjs'));
const cjsCalendar = require(join(root, 'dist/calendar.cjs'));
for (const name of ['classifyNeed', 'rules', 'needIndicators', 'SafeguardingInputError', 'addWorkingDays', 'bankHolidays', 'createCalendar']) {
  check(name in esm && name in cjs, `root entry exports ${name} (ESM and CommonJS)`);
}
check(esm.addWorkingDays === esmCalendar.addWorkingDays && cjs.addWorkingDays === cjsCalendar.addWorkingDays, 'the root entry\'s calendar functions are the calendar entry\'s own (one copy)');
for (const name of ['addWorkingDays', 'workingDaysBetween', 'createCalendar', 'englandAndWales', 'createDeadline']) {
  check(name in esmCalendar && name in cjsCalendar, `calendar entry exports ${name} (ESM and CommonJS)`);
}
check(esm.SafeguardingInputError === esmCalendar.SafeguardingInputError, 'ESM entries share one SafeguardingInputError class');

// Node's own ES modules (exports: \`default\` under \`import\`; bundlers take \`module\`, the build above):
// the same exports, one error class across entries, and the package name resolves to them in Node.
const nodeEsm = await import(join(root, 'dist/node/index.js'));
const nodeCalendar = await import(join(root, 'dist/node/calendar.js'));
check(Object.keys(nodeEsm).sort().join() === Object.keys(esm).sort().join(), 'dist/node/index.js exports what dist/index.js does');
check(Object.keys(nodeCalendar).sort().join() === Object.keys(esmCalendar).sort().join(), 'dist/node/calendar.js exports what dist/calendar.js does');
check(nodeEsm.SafeguardingInputError === nodeCalendar.SafeguardingInputError, "Node's ESM entries share one SafeguardingInputError class");
const viaName = await import('luton-safeguarding-rules');
check(viaName.classifyNeed === nodeEsm.classifyNeed, 'in Node, import "luton-safeguarding-rules" loads dist/node/index.js');
const nodeModules = [...importGraph(join(root, 'dist/node/index.js'))].filter((s) => s.endsWith('.js'));
check(nodeModules.length <= 12, `Node's main entry loads ${nodeModules.length} modules of the library (at most 12: each costs a resolve, a read and a link)`);
check(cjs.SafeguardingInputError === cjsCalendar.SafeguardingInputError, 'CommonJS entries share one SafeguardingInputError class');
check(esmCalendar.addWorkingDays('2026-12-18', 5) === '2026-12-29', 'built calendar: addWorkingDays("2026-12-18", 5) is 2026-12-29');

// The calendar entry's static import graph (ESM chunks) must not reach the rules engine or zod.
function importGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) importGraph(join(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}
const graph = [...importGraph(join(root, 'dist/calendar.js'))];
check(!graph.some((s) => s.includes('json-rules-engine')), 'ESM calendar entry does not import json-rules-engine');
check(!graph.some((s) => s === 'zod' || s.startsWith('zod/')), 'ESM calendar entry does not import zod');

// CommonJS: load the calendar alone in a fresh process and list what got loaded.
const loaded = execFileSync(
  process.execPath,
  ['-e', `require(${JSON.stringify(join(root, 'dist/calendar.cjs'))}); console.log(JSON.stringify(Object.keys(require.cache)))`],
  { encoding: 'utf8' },
);
check(!loaded.includes('json-rules-engine'), 'CommonJS calendar entry does not load json-rules-engine');

const esmCensus = await import(join(root, 'dist/census.js'));
const cjsCensus = require(join(root, 'dist/census.cjs'));
for (const name of ['readCensus', 'judgeCensus', 'formatCensusSummary', 'censusInterpretations']) {
  check(name in esmCensus && name in cjsCensus, `census entry exports ${name} (ESM and CommonJS)`);
}
check(esmCensus.SafeguardingInputError === esm.SafeguardingInputError, 'the census entry shares the SafeguardingInputError class');
const censusGraph = [...importGraph(join(root, 'dist/index.js'))];
check(!censusGraph.some((s) => s === 'sax' || s.endsWith('census.js')), 'the main entry does not import the census reader or sax');

const cli = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'deadline', '2026-12-18', '5'], { encoding: 'utf8' });
check(cli.includes('2026-12-29'), 'CLI: deadline 2026-12-18 5 prints 2026-12-29');

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = packed[0].files.map((f) => f.path);
const unexpected = files.filter((f) => !/^(dist\/|json-schema\/|catalogues\/|openapi\.json$|README\.md$|CHANGELOG\.md$|THIRD-PARTY-NOTICES\.md$|LICENSE$|package\.json$)/.test(f));
check(unexpected.length === 0, `npm pack ships only dist/, json-schema/, catalogues/, openapi.json, README, CHANGELOG, LICENSE, package.json${unexpected.length ? ` (also: ${unexpected.join(', ')})` : ''}`);

// Every file under dist/ in the tarball is reached from an `exports` target or
// the bin (through the module graph, code and declarations alike): nothing
// ships that no import can load (source maps, a CommonJS copy of the CLI).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
const entryFiles = [...Object.values(pkg.exports).flatMap(targets), ...Object.values(pkg.bin)].filter((t) => t.startsWith('./dist/') && !t.includes('*'));
const reached = new Set();
for (const entry of entryFiles) {
  for (const file of moduleGraph(join(root, entry))) reached.add(file);
}
const unreached = files.filter((f) => f.startsWith('dist/') && !reached.has(join(root, f)));
check(unreached.length === 0, `every file in dist/ is loaded from an entry point${unreached.length ? ` (unused: ${unreached.join(', ')})` : ''}`);

/** Local files a module (or declaration file) loads, itself included. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const declaration = /\.d\.c?ts$/.test(file);
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.[^"']+)["']/g)) {
    let spec = m[1];
    if (declaration) spec = spec.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts');
    moduleGraph(join(dirname(file), spec), seen);
  }
  return seen;
}

// `moduleResolution: node10` ignores `exports`: `typesVersions` must send each
// subpath entry to the same declarations as `exports` does, so a new entry
// (e.g. `./testing`) is covered by the pattern, not by a list to keep up.
for (const [subpath, value] of Object.entries(pkg.exports)) {
  if (subpath === '.' || subpath.includes('*') || typeof value === 'string') continue;
  const name = subpath.slice(2);
  const mapped = resolveTypesVersions(name);
  check(mapped === value.import?.types, `node10: typesVersions sends "${pkg.name}/${name}" to ${value.import?.types} (got ${mapped})`);
}
function resolveTypesVersions(name) {
  const paths = pkg.typesVersions?.['*'] ?? {};
  let best;
  for (const [pattern, [target]] of Object.entries(paths)) {
    const star = pattern.indexOf('*');
    const matches = star < 0 ? pattern === name : name.startsWith(pattern.slice(0, star)) && name.endsWith(pattern.slice(star + 1));
    if (matches && (best === undefined || pattern.length > best.pattern.length)) best = { pattern, target, star };
  }
  if (!best) return undefined;
  if (best.star < 0) return best.target;
  const captured = name.slice(best.star, name.length - (best.pattern.length - best.star - 1));
  return best.target.replace('*', captured);
}

// The JSON Schemas are part of the public surface: importable by name through
// `exports` (self-reference resolves exactly as a consumer's import does).
for (const file of readdirSync(join(root, 'json-schema'))) {
  const specifier = `${pkg.name}/json-schema/${file}`;
  let ok = false;
  try {
    const schema = (await import(specifier, { with: { type: 'json' } })).default;
    ok = schema.title === file.replace(/\.schema\.json$/, '') && require(specifier).title === schema.title;
  } catch {}
  check(ok, `${specifier} can be imported (ESM) and required (CommonJS)`);
}

// The catalogues and the OpenAPI description are data for other languages: importable by name too.
for (const file of [...readdirSync(join(root, 'catalogues')).map((f) => `catalogues/${f}`), 'openapi.json']) {
  const specifier = `${pkg.name}/${file}`;
  let ok = false;
  try {
    const data = (await import(specifier, { with: { type: 'json' } })).default;
    ok = typeof data === 'object' && data !== null && JSON.stringify(require(specifier)) === JSON.stringify(data);
  } catch {}
  check(ok, `${specifier} can be imported (ESM) and required (CommonJS)`);
}

// The CLI as a user runs it, through the package's bin.
const version = execFileSync(process.execPath, [join(root, pkg.bin[pkg.name]), '--version'], { encoding: 'utf8' }).trim();
check(version === pkg.version, `CLI: --version prints ${pkg.version}`);

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed.`);
  process.exit(1);
}
console.log('\nThe built package is as users will get it.');
