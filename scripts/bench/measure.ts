/**
 * Small measuring helpers for the benchmarks: run a function repeatedly for a
 * fixed time and report operations per second (and latency percentiles).
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  opsPerSecond: number;
  p50Micros?: number;
  p99Micros?: number;
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
    console.log(`  ${r.name.padEnd(58)} ${formatOps(r.opsPerSecond).padStart(12)} ops/s${lat}${ratio}`);
  }
}

function summarise(name: string, latencies: number[], elapsedMs: number): Measurement {
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]! * 1000;
  return { name, opsPerSecond: (latencies.length * 1000) / elapsedMs, p50Micros: pct(0.5), p99Micros: pct(0.99) };
}

/**
 * Runs `fn` once on each input, in order, timing each call: no input is
 * repeated, so nothing a memo or a warm branch predictor remembers can
 * stand in for the work. The first tenth of the inputs warms the JIT and is
 * not counted.
 */
export function measureEach<T>(name: string, inputs: readonly T[], fn: (input: T) => unknown): Measurement {
  let sink: unknown;
  const warm = Math.floor(inputs.length / 10);
  for (let i = 0; i < warm; i++) sink = fn(inputs[i]!);
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = warm; i < inputs.length; i++) {
    const t0 = performance.now();
    sink = fn(inputs[i]!);
    latencies.push(performance.now() - t0);
  }
  const elapsed = performance.now() - start;
  if (sink === Symbol.for('never')) console.log(sink);
  return summarise(name, latencies, elapsed);
}

/** `measureEach` for a function that returns a Promise, awaited before the next call. */
export async function measureEachAsync<T>(name: string, inputs: readonly T[], fn: (input: T) => Promise<unknown>): Promise<Measurement> {
  const warm = Math.floor(inputs.length / 10);
  for (let i = 0; i < warm; i++) await fn(inputs[i]!);
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = warm; i < inputs.length; i++) {
    const t0 = performance.now();
    await fn(inputs[i]!);
    latencies.push(performance.now() - t0);
  }
  return summarise(name, latencies, performance.now() - start);
}
