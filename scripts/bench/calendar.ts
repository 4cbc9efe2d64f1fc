/**
 * Calendar benchmark: `addWorkingDays(d, 45)` and `workingDaysBetween` over
 * random dates, against (a) the naive approach a user would write (step day
 * by day, skip weekends and ask date-holidays `isHoliday`) and (b) date-fns
 * `addBusinessDays` / `differenceInBusinessDays` (weekends only, so not even
 * correct). Also measures importing the calendar entry in a fresh Node
 * process and checks that json-rules-engine is not loaded.
 */
import Holidays from 'date-holidays';
import { addBusinessDays, differenceInBusinessDays, format } from 'date-fns';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The built package's calendar (dist/), the code a user runs.
import { addWorkingDays, workingDaysBetween } from '../../dist/calendar.js';
import { measureSync, printTable, type Measurement } from './measure.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Deterministic pseudo-random dates, so every run measures the same inputs. */
function randomDates(count: number, seed: number): string[] {
  let s = seed >>> 0;
  const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const from = Date.UTC(2014, 0, 1) / 86_400_000;
  const to = Date.UTC(2040, 11, 31) / 86_400_000;
  return Array.from({ length: count }, () => new Date((from + Math.floor(random() * (to - from))) * 86_400_000).toISOString().slice(0, 10));
}

const hd = new Holidays('GB', 'ENG');
function naiveIsWorkingDay(d: Date): boolean {
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const holidays = hd.isHoliday(d);
  return !(holidays && holidays.some((h) => h.type === 'public'));
}
function naiveAddWorkingDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  for (let left = n; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (naiveIsWorkingDay(d)) left--;
  }
  return d.toISOString().slice(0, 10);
}
function naiveWorkingDaysBetween(a: string, b: string): number {
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  const d = new Date(`${lo}T12:00:00Z`);
  const end = new Date(`${hi}T12:00:00Z`).getTime();
  let count = 0;
  // Same convention as the library: exclude the start, include the end.
  const startsWorking = sign < 0;
  if (startsWorking && naiveIsWorkingDay(d)) count++;
  for (d.setUTCDate(d.getUTCDate() + 1); d.getTime() < end + (sign > 0 ? 1 : 0); d.setUTCDate(d.getUTCDate() + 1)) {
    if (naiveIsWorkingDay(d)) count++;
  }
  return sign * count;
}
/**
 * measureSync warms up with 2,000 calls, which for the naive approach (tens of
 * milliseconds a call) would take minutes; this one warms up with 5.
 */
function measureSlow(name: string, fn: (i: number) => unknown, ms = 1500): Measurement {
  for (let i = 0; i < 5; i++) fn(i);
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < ms) fn(ops++);
  return { name, opsPerSecond: (ops * 1000) / (performance.now() - start) };
}

function localDate(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Import time of the calendar entry in a fresh process, and every module URL it resolved. */
function measureImport(): { how: string; importMs: number; firstCallMs: number; wallMs: number; modules: string[]; cjsLoadsRulesEngine?: boolean } {
  // CALENDAR_BUILD_DIR lets you point at a build elsewhere than dist/.
  const buildDir = process.env.CALENDAR_BUILD_DIR ?? join(root, 'dist');
  const built = join(buildDir, 'calendar.js');
  const useBuilt = existsSync(built);
  const dir = mkdtempSync(join(tmpdir(), 'calendar-bench-'));
  try {
    // A resolve hook (off-thread, Node >= 20.6) reports every module URL back to the main thread.
    writeFileSync(
      join(dir, 'hooks.mjs'),
      'let port; export function initialize(data) { port = data.port; }\n' +
        'export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }\n',
    );
    const target = useBuilt ? pathToFileURL(built).href : pathToFileURL(join(root, 'src/calendar/index.ts')).href;
    writeFileSync(
      join(dir, 'child.mjs'),
      `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
const urls = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (u) => urls.push(u));
port1.unref();
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, import.meta.url, { data: { port: port2 }, transferList: [port2] });
const t0 = performance.now();
const calendar = await import(${JSON.stringify(target)});
const t1 = performance.now();
calendar.addWorkingDays('2026-12-18', 5);
const t2 = performance.now();
await new Promise((r) => setTimeout(r, 50));
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, modules: urls }));
`,
    );
    const args = useBuilt ? [join(dir, 'child.mjs')] : ['--import', 'tsx', join(dir, 'child.mjs')];
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const wallMs = performance.now() - start;
    if (child.status !== 0) throw new Error(`import measurement failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { importMs: number; firstCallMs: number; modules: string[] };
    let cjsLoadsRulesEngine: boolean | undefined;
    const builtCjs = join(buildDir, 'calendar.cjs');
    if (existsSync(builtCjs)) {
      const cjs = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(builtCjs)}); console.log(Object.keys(require.cache).some((k) => k.includes('json-rules-engine')))`], { encoding: 'utf8' });
      cjsLoadsRulesEngine = cjs.stdout.trim() === 'true';
    }
    return {
      how: useBuilt ? `node on the built ${built}` : 'node --import tsx on src/calendar/index.ts (no dist/ build found; tsx compiles on the fly, so this overstates the time)',
      wallMs,
      ...result,
      cjsLoadsRulesEngine,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchCalendar(): void {
  const dates = randomDates(4096, 7);
  const ends = randomDates(4096, 11).map((_, i) => {
    // Pairs within about four months of each other, both directions.
    const d = new Date(`${dates[i]}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + ((i * 37) % 241) - 120);
    return d.toISOString().slice(0, 10);
  });
  const mask = dates.length - 1;

  // The three must agree on correctness where they can (date-fns ignores bank holidays).
  for (let i = 0; i < 20; i++) {
    if (addWorkingDays(dates[i]!, 45) !== naiveAddWorkingDays(dates[i]!, 45)) throw new Error(`naive disagrees on ${dates[i]}`);
    if (workingDaysBetween(dates[i]!, ends[i]!) !== naiveWorkingDaysBetween(dates[i]!, ends[i]!)) throw new Error(`naive between disagrees on ${dates[i]} ${ends[i]}`);
  }

  const add = measureSync('addWorkingDays(d, 45)', (i) => addWorkingDays(dates[i & mask]!, 45));
  const addNaive = measureSlow('naive: day by day with date-holidays isHoliday', (i) => naiveAddWorkingDays(dates[i & mask]!, 45));
  const addFns = measureSync('date-fns addBusinessDays (weekends only)', (i) => format(addBusinessDays(localDate(dates[i & mask]!), 45), 'yyyy-MM-dd'));
  printTable('Calendar: add 45 working days to a random date 2014–2040', [add, addNaive, addFns], addNaive);

  const between = measureSync('workingDaysBetween(a, b)', (i) => workingDaysBetween(dates[i & mask]!, ends[i & mask]!));
  const betweenNaive = measureSlow('naive: day by day with date-holidays isHoliday', (i) => naiveWorkingDaysBetween(dates[i & mask]!, ends[i & mask]!));
  const betweenFns = measureSync('date-fns differenceInBusinessDays (weekends only)', (i) =>
    differenceInBusinessDays(localDate(ends[i & mask]!), localDate(dates[i & mask]!)),
  );
  printTable('Calendar: working days between random dates up to 120 days apart', [between, betweenNaive, betweenFns], betweenNaive);

  const ratio = add.opsPerSecond / addNaive.opsPerSecond;
  console.log(`  target ≥ 1,000,000 addWorkingDays(d, 45)/s: ${add.opsPerSecond >= 1_000_000 ? 'met' : 'NOT MET'}; target ≥ 1,000x naive: ${ratio >= 1000 ? 'met' : 'NOT MET'} (${Math.round(ratio).toLocaleString('en-GB')}x)`);

  const imp = measureImport();
  // Leave out node: built-ins and the measuring scripts themselves (in a temporary folder).
  const loaded = [...new Set(imp.modules.filter((u) => !u.startsWith('node:') && !u.includes('calendar-bench-')))];
  const rulesEngine = loaded.some((u) => u.includes('json-rules-engine'));
  const packages = [...new Set(loaded.filter((u) => u.includes('/node_modules/')).map((u) => u.split('/node_modules/').at(-1)!.split('/')[0]!))];
  console.log('## Calendar: importing luton-safeguarding-rules/calendar in a fresh Node process');
  console.log(`  measured with ${imp.how}`);
  console.log(`  import ${imp.importMs.toFixed(1)} ms (target well under 100 ms), first call (builds the working-day table) ${imp.firstCallMs.toFixed(1)} ms, whole process ${imp.wallMs.toFixed(0)} ms`);
  if (process.env.BENCH_VERBOSE) console.log(loaded.join('\n'));
  console.log(`  modules loaded: ${loaded.length}; packages: ${packages.length === 0 ? 'none' : packages.join(', ')}`);
  console.log(`  json-rules-engine loaded (ESM): ${rulesEngine ? 'YES (regression!)' : 'no'}${imp.cjsLoadsRulesEngine === undefined ? '' : `; (CommonJS, require.cache): ${imp.cjsLoadsRulesEngine ? 'YES (regression!)' : 'no'}`}`);
  const bytes = loaded.filter((u) => u.startsWith('file:') && !u.includes('/node_modules/')).reduce((sum, u) => sum + readFileSync(fileURLToPath(u)).length, 0);
  console.log(`  size of the library modules loaded: ${(bytes / 1024).toFixed(1)} kB`);
}
