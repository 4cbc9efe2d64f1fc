/**
 * `npm run bench:service`: the web service under load, as built
 * (`node dist/cli.js serve` in its own process, on 127.0.0.1), driven by
 * autocannon from this process with a mixed workload: every decision (on
 * distinct inputs), a calendar operation and the health check, in turn on
 * each connection.
 *
 * 1. Capacity: as fast as 8 connections can go, for `--seconds` (default
 *    20): requests a second, p50/p99 latency, errors.
 * 2. A stated rate (`--rate`, default 200 requests a second) for
 *    `--seconds`: p50/p99 latency and errors at that rate, against the
 *    target of no errors and p99 under 20 ms.
 * 3. Soak (`--soak-seconds`, default 180): the stated rate on and on, the
 *    server's resident memory sampled every 10 s (from /proc, as an operator
 *    would watch it), to show it flat.
 *
 * `--quick` (CI): 5 s of each, 20 s of soak, and no verdict on latency,
 * only on errors (CI shares its machine). Loopback only; every part is
 * bounded in time.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const quick = args.includes('--quick');
const seconds = option('--seconds', quick ? 5 : 20);
const rate = option('--rate', 200);
const soakSeconds = option('--soak-seconds', quick ? 20 : 180);
const TARGET_P99_MS = 20;

/** A distinct input for the n-th request of each decision. */
const indicators = (JSON.parse(readFileSync(join(root, 'catalogues/indicators.json'), 'utf8')) as { id: string }[]).map((i) => i.id);
/** The n-th of 700 days from 5 January 2026, `later` days on (so a later date stays later). */
const day = (n: number, later = 0) => new Date(Date.UTC(2026, 0, 5) + ((n % 700) + later) * 86_400_000).toISOString().slice(0, 10);
const answers = ['significantHarmSuspected', 'immediateRiskOfSignificantHarm', 'childInNeed'];
const workload: { method: 'GET' | 'POST'; path: (n: number) => string; body?: (n: number) => unknown }[] = [
  {
    method: 'POST',
    path: () => '/classify-need',
    body: (n) => ({
      indicators: Array.from({ length: n % 8 }, (_, k) => indicators[(n * 7 + k * 31) % indicators.length]).filter((v, i, all) => all.indexOf(v) === i),
      ...Object.fromEntries(answers.filter((_, k) => (n >> k) % 2 === 0).map((a) => [a, false])),
    }),
  },
  { method: 'POST', path: () => '/need-to-know', body: (n) => ({ asOf: day(n, 30), childStatus: ['looked-after'], childMissing: n % 2 === 0, missingMoreThan24Hours: n % 3 === 0 }) },
  {
    method: 'POST',
    path: () => '/national-alert',
    body: (n) => ({ asOf: day(n, 30), missingSince: day(n), childProtectionPlan: true, familyMissing: true, knownLocality: false, temporaryAbsenceExcluded: n % 2 === 0, policeChecked: true, keyAgenciesContacted: true }),
  },
  {
    method: 'POST',
    path: () => '/serious-incident',
    body: (n) => ({ childDied: n % 2 === 0, seriouslyHarmed: n % 2 === 1, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: n % 18, awareOn: day(n) }),
  },
  {
    method: 'POST',
    path: () => '/timeline',
    body: (n) => ({ asOf: day(n, 60), events: [{ type: 'referral-received', date: day(n), episode: 'r' }, { type: 'referral-decision-made', date: day(n, 1), episode: 'r', nextStep: 'assessment' }] }),
  },
  { method: 'GET', path: (n) => `/calendar/add-working-days?date=${day(n)}&n=${n % 60}` },
  { method: 'GET', path: () => '/health' },
];

function requests() {
  let n = 0;
  return workload.map((w) => ({
    method: w.method,
    setupRequest: (request: Record<string, unknown>) => {
      n++;
      request.path = w.path(n);
      if (w.body) {
        request.body = JSON.stringify(w.body(n));
        request.headers = { 'content-type': 'application/json' };
      }
      return request;
    },
  }));
}

async function startServer(): Promise<{ url: string; pid: number; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = createInterface({ input: child.stderr });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
      else if (!line.includes('SIGTERM')) process.stderr.write(`server: ${line}\n`);
    });
    child.once('close', () => reject(new Error('the server did not start')));
  });
  return { url, pid: child.pid!, stop: () => (child.kill('SIGTERM'), exit) };
}

/** The server's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  total: number;
}

async function load(url: string, duration: number, overallRate?: number): Promise<Run> {
  const result = await autocannon({ url, connections: 8, duration, ...(overallRate ? { overallRate } : {}), requests: requests() as never });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    total: result.requests.total,
  };
}

const describeRun = (r: Run) =>
  `${Math.round(r.requestsPerSecond).toLocaleString('en-GB')} requests a second (${r.total.toLocaleString('en-GB')} in all), p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts}`;

/**
 * The control: the same decisions called in this process, without HTTP, and
 * their results serialised, as the service does for each request. On an
 * unshared machine its p99 is a fraction of a millisecond; on a shared one,
 * its tail is time spent waiting for a core, which every figure below shares.
 */
async function control(): Promise<{ p50: number; p99: number; calls: number }> {
  const api = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Record<string, (input: unknown) => unknown>;
  const calls: [string, (n: number) => unknown][] = [
    ['classifyNeed', workload[0]!.body!],
    ['assessNeedToKnow', workload[1]!.body!],
    ['assessNationalAlert', workload[2]!.body!],
    ['assessSeriousIncident', workload[3]!.body!],
    ['statutoryTimeline', workload[4]!.body!],
  ];
  const times: number[] = [];
  for (let n = 1; n <= 2000; n++) {
    for (const [name, input] of calls) {
      const started = performance.now();
      JSON.stringify(api[name]!(input(n)));
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.floor(q * (times.length - 1))]!.toFixed(2));
  return { p50: at(0.5), p99: at(0.99), calls: times.length };
}

const controlRun = await control();
const server = await startServer();
let failed = false;
try {
  // The machine is shared: its load says how far the latency figures are the service's own.
  console.log(`Machine load average (1, 5, 15 min) at the start: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  console.log(`Control, the decisions in this process without HTTP (${controlRun.calls.toLocaleString('en-GB')} calls, result serialised): p50 ${controlRun.p50} ms, p99 ${controlRun.p99} ms`);
  console.log(`Web service under load (${server.url}, node dist/cli.js serve; autocannon, 8 connections, mixed: ${workload.map((w) => w.path(0).split('?')[0]).join(', ')})`);
  const capacity = await load(server.url, seconds);
  console.log(`  capacity, ${seconds} s:      ${describeRun(capacity)}`);
  const stated = await load(server.url, seconds, rate);
  console.log(`  at ${rate}/s, ${seconds} s:    ${describeRun(stated)}`);
  const clean = (r: Run) => r.errors === 0 && r.non2xx === 0 && r.timeouts === 0;
  if (!clean(capacity) || !clean(stated)) failed = true;
  if (!quick) console.log(`  verdict: ${clean(stated) && stated.p99 < TARGET_P99_MS ? 'meets' : 'MISSES'} the target (no errors, p99 < ${TARGET_P99_MS} ms at ${rate} requests a second)`);

  // Soak: the stated rate for soakSeconds, memory sampled every 10 s.
  const samples: { at: number; mb: number }[] = [{ at: 0, mb: rssMb(server.pid) }];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: Math.round((Date.now() - started) / 1000), mb: rssMb(server.pid) }), 10_000);
  const soak = await load(server.url, soakSeconds, rate);
  clearInterval(sampler);
  samples.push({ at: Math.round((Date.now() - started) / 1000), mb: rssMb(server.pid) });
  if (!clean(soak)) failed = true;
  console.log(`  soak at ${rate}/s, ${soakSeconds} s: ${describeRun(soak)}`);
  console.log(`  resident memory (MB) by second: ${samples.map((s) => `${s.at}s ${s.mb.toFixed(1)}`).join(', ')}`);
  // Flat: after the first third (warm-up), the last sample is within 10% of the largest seen in the second third.
  const third = samples.filter((s) => s.at >= soakSeconds / 3 && s.at < (2 * soakSeconds) / 3);
  const last = samples.at(-1)!.mb;
  if (third.length > 0) {
    const reference = Math.max(...third.map((s) => s.mb));
    const growth = (last - reference) / reference;
    console.log(`  memory: ${reference.toFixed(1)} MB in the second third, ${last.toFixed(1)} MB at the end (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%): ${growth < 0.1 ? 'flat' : 'GROWING'}`);
    if (!quick && growth >= 0.1) failed = true;
  }
} finally {
  const code = await server.stop();
  console.log(`  server stopped on SIGTERM with exit code ${code}; machine load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  if (code !== 0) failed = true;
}
if (failed) {
  console.error('The service had errors under load (or its memory grew).');
  process.exit(1);
}
