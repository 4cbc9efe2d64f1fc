// Checks the built package as a user gets it: both module formats load, the
// entry points share one error class, the calendar entry does not pull in the
// rules engine or zod, the CLI runs, and `npm pack` ships only what users need.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
for (const name of ['classifyNeed', 'rules', 'needIndicators', 'SafeguardingInputError']) {
  check(name in esm && name in cjs, `root entry exports ${name} (ESM and CommonJS)`);
}
for (const name of ['addWorkingDays', 'workingDaysBetween', 'createCalendar', 'englandAndWales', 'createDeadline']) {
  check(name in esmCalendar && name in cjsCalendar, `calendar entry exports ${name} (ESM and CommonJS)`);
}
check(esm.SafeguardingInputError === esmCalendar.SafeguardingInputError, 'ESM entries share one SafeguardingInputError class');
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

const cli = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'deadline', '2026-12-18', '5'], { encoding: 'utf8' });
check(cli.includes('2026-12-29'), 'CLI: deadline 2026-12-18 5 prints 2026-12-29');

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = packed[0].files.map((f) => f.path);
const unexpected = files.filter((f) => !/^(dist\/|json-schema\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(f));
check(unexpected.length === 0, `npm pack ships only dist/, json-schema/, README, CHANGELOG, LICENSE, package.json${unexpected.length ? ` (also: ${unexpected.join(', ')})` : ''}`);

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed.`);
  process.exit(1);
}
console.log('\nThe built package is as users will get it.');
