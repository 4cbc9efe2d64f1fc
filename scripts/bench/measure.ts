/**
 * Small measuring helpers for the benchmarks: run a function repeatedly for a
 * fixed time and report operations per second (and latency percentiles).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection on demand, without a command-line flag: see measureSideBySide.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface Measurement {
  name: string;
  opsPerSecond: number;
  p50Micros?: number;
  p99Micros?: number;
  /** With `Side.keep`: the heap the kept results of one block took, after a full collection, per result (bytes). */
  keptBytesPerResult?: number;
  /** With `Side.keep`: the most results one block kept at once. */
  keptPerBlock?: number;
}

/** Runs `fn(i)` in a tight loop for about `ms` milliseconds after a warm-up. */
export function measureSync(name: string, fn: (i: number) => unknown, ms = 1000): Measurement {
  let sink: unknown;
  for (let i = 0; i < 2000; i++) sink = fn(i);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let j = 0; j < 256; j++) sink = fn(ops++);
    now = performance.now();
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { name, opsPerSecond: (ops * 1000) / (now - start) };
}

/** Runs `await fn(i)` sequentially for about `ms` milliseconds, recording each latency. */
export async function measureAsync(name: string, fn: (i: number) => Promise<unknown>, ms = 1000): Promise<Measurement> {
  for (let i = 0; i < 200; i++) await fn(i);
  const latencies: number[] = [];
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    const t0 = performance.now();
    await fn(latencies.length);
    now = performance.now();
    latencies.push(now - t0);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]! * 1000;
  return { name, opsPerSecond: (latencies.length * 1000) / (now - start), p50Micros: pct(0.5), p99Micros: pct(0.99) };
}

export function formatOps(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

export function printTable(title: string, rows: Measurement[], baseline?: Measurement): void {
  console.log(`## ${title}`);
  for (const r of rows) {
    const ratio = baseline && r !== baseline ? `  (${(r.opsPerSecond / baseline.opsPerSecond).toFixed(1)}x ${baseline.name})` : '';
    const lat = r.p99Micros !== undefined ? `  p50 ${r.p50Micros!.toFixed(1)} µs, p99 ${r.p99Micros.toFixed(1)} µs` : '';
    const heap = r.keptBytesPerResult !== undefined ? `  heap kept ${(r.keptBytesPerResult / 1024).toFixed(1)} kB a result (${((r.keptBytesPerResult * r.keptPerBlock!) / 1024 / 1024).toFixed(0)} MB for ${formatOps(r.keptPerBlock!)})` : '';
    console.log(`  ${r.name.padEnd(58)} ${formatOps(r.opsPerSecond).padStart(12)} ops/s${lat}${heap}${ratio}`);
  }
}

function summarise(name: string, latencies: number[], elapsedMs: number): Measurement {
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]! * 1000;
  return { name, opsPerSecond: (latencies.length * 1000) / elapsedMs, p50Micros: pct(0.5), p99Micros: pct(0.99) };
}

/** One side of `measureSideBySide`: its inputs, each run once, and what it runs. */
export interface Side<T> {
  name: string;
  inputs: readonly T[];
  fn: (input: T) => unknown;
  /**
   * Keep every result of a block until the block ends, as a batch that
   * writes its results at the end does (a case system's nightly job): the
   * results then survive the young generation and the collector copies
   * them, which a loop that drops each result at once never pays. The heap
   * they took is measured after the block (a full collection with them still
   * held), outside the timing.
   */
  keep?: boolean;
}

/**
 * The library and a baseline timed in alternating blocks of their own
 * inputs, so both are measured under the same machine conditions: a shared
 * machine's speed can drift by a quarter or more within a minute, which
 * timing one after the other would put into the ratio between them. Each
 * input is run once (the baseline's result awaited before its next call);
 * the first tenth of each list warms the JIT and is not counted, and only
 * each side's own calls count towards its time. A few long blocks, not
 * many short ones: each switch costs the side that resumes a re-warming of
 * caches that neither would pay on its own. Each block starts after a full
 * garbage collection, so neither side pays for collecting the garbage the
 * other left (Engine.run's promises and almanacs, or the decisions'
 * results); each still pays for every collection of its own garbage within
 * its block. A forced collection also makes V8 drop much of its optimised code (the
 * first couple of thousand decisions after one ran at half speed), so each
 * side then runs its warm-up inputs again, untimed, before its block: the
 * block measures the side as a long-running process would run it, not the
 * recompiling the forced collection caused. No input is repeated, so
 * nothing a memo or a warm branch predictor remembers can stand in for the
 * work.
 */
export async function measureSideBySide<T, U>(library: Side<T>, baseline: Side<U>, blocks = 5): Promise<[Measurement, Measurement]> {
  let sink: unknown;
  const warmLibrary = Math.floor(library.inputs.length / 10);
  const warmBaseline = Math.floor(baseline.inputs.length / 10);
  for (let i = 0; i < warmLibrary; i++) sink = library.fn(library.inputs[i]!);
  for (let i = 0; i < warmBaseline; i++) await baseline.fn(baseline.inputs[i]!);
  const timed = { library: { latencies: [] as number[], elapsed: 0, kept: [] as number[], keptCount: 0 }, baseline: { latencies: [] as number[], elapsed: 0, kept: [] as number[], keptCount: 0 } };
  const blockOf = (from: number, length: number, block: number) => [from + Math.floor((length - from) * block / blocks), from + Math.floor((length - from) * (block + 1) / blocks)] as const;
  for (let block = 0; block < blocks; block++) {
    const [libraryStart, libraryEnd] = blockOf(warmLibrary, library.inputs.length, block);
    collectGarbage();
    for (let i = 0; i < warmLibrary; i++) sink = library.fn(library.inputs[i]!);
    // The warm-up's garbage collected too, so the heap measured after the block is the kept results'.
    collectGarbage();
    let heapBefore = process.memoryUsage().heapUsed;
    let kept: unknown[] = library.keep ? new Array(libraryEnd - libraryStart) : [];
    let start = performance.now();
    for (let i = libraryStart; i < libraryEnd; i++) {
      const t0 = performance.now();
      if (library.keep) kept[i - libraryStart] = library.fn(library.inputs[i]!);
      else sink = library.fn(library.inputs[i]!);
      timed.library.latencies.push(performance.now() - t0);
    }
    timed.library.elapsed += performance.now() - start;
    if (library.keep) {
      collectGarbage();
      timed.library.kept.push((process.memoryUsage().heapUsed - heapBefore) / kept.length);
      timed.library.keptCount = Math.max(timed.library.keptCount, kept.length);
      kept = [];
    }
    const [baselineStart, baselineEnd] = blockOf(warmBaseline, baseline.inputs.length, block);
    collectGarbage();
    for (let i = 0; i < warmBaseline; i++) await baseline.fn(baseline.inputs[i]!);
    collectGarbage();
    heapBefore = process.memoryUsage().heapUsed;
    kept = baseline.keep ? new Array(baselineEnd - baselineStart) : [];
    start = performance.now();
    for (let i = baselineStart; i < baselineEnd; i++) {
      const t0 = performance.now();
      if (baseline.keep) kept[i - baselineStart] = await baseline.fn(baseline.inputs[i]!);
      else await baseline.fn(baseline.inputs[i]!);
      timed.baseline.latencies.push(performance.now() - t0);
    }
    timed.baseline.elapsed += performance.now() - start;
    if (baseline.keep) {
      collectGarbage();
      timed.baseline.kept.push((process.memoryUsage().heapUsed - heapBefore) / kept.length);
      timed.baseline.keptCount = Math.max(timed.baseline.keptCount, kept.length);
      kept = [];
    }
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const withKept = (m: Measurement, side: typeof timed.library): Measurement =>
    side.kept.length === 0 ? m : { ...m, keptBytesPerResult: side.kept.reduce((a, b) => a + b, 0) / side.kept.length, keptPerBlock: side.keptCount };
  return [withKept(summarise(library.name, timed.library.latencies, timed.library.elapsed), timed.library), withKept(summarise(baseline.name, timed.baseline.latencies, timed.baseline.elapsed), timed.baseline)];
}
