/**
 * The census command on a generated return of 100,000 children, as a user
 * runs it (the built CLI, a fresh process, output to /dev/null), pinned to one
 * core with `taskset` where the machine has it. Prints the time, the peak
 * memory (the process's maximum resident set) and the verdict against the
 * targets in DESIGN.md (< 60 s on one core, < 500 MB).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCensus } from '../census/generate-census.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILDREN = Number(process.env.CENSUS_BENCH_CHILDREN ?? 100_000);

export async function benchCensus(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'census-bench-'));
  try {
    const file = join(dir, 'cin-census.xml');
    await writeCensus(file, CHILDREN, 2027);
    const size = statSync(file).size;
    // Records the child process's own peak memory as it exits.
    const usage = join(dir, 'usage.json');
    const preload = join(dir, 'usage.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(usage)}, JSON.stringify(process.resourceUsage())));`);
    const pinned = spawnSync('taskset', ['--version']).status === 0;
    const argv = [...(pinned ? ['-c', '0', process.execPath] : []), '--require', preload, join(root, 'dist', 'cli.js'), 'census', file];
    const started = performance.now();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(pinned ? 'taskset' : process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? 1));
    });
    const seconds = (performance.now() - started) / 1000;
    const { maxRSS, userCPUTime, systemCPUTime } = JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
    const cpu = (userCPUTime + systemCPUTime) / 1e6;
    const mb = maxRSS / 1024;
    console.log(`census: ${CHILDREN.toLocaleString('en-GB')} generated children (${(size / 1e6).toFixed(0)} MB of XML), \`census FILE\` through the built CLI, ${pinned ? 'pinned to one core' : 'not pinned (no taskset)'}, output to /dev/null`);
    console.log(`| what | figure | target |`);
    console.log(`| --- | --- | --- |`);
    console.log(`| time | ${seconds.toFixed(1)} s (${Math.round(CHILDREN / seconds).toLocaleString('en-GB')} children a second) | < 60 s: ${seconds < 60 ? 'met' : 'MISSED'} |`);
    console.log(`| CPU time (user + system) | ${cpu.toFixed(1)} s (what the run costs when the core is not shared) | — |`);
    console.log(`| peak memory (max RSS) | ${mb.toFixed(0)} MB | < 500 MB: ${mb < 500 ? 'met' : 'MISSED'} |`);
    if (code !== 0) console.log(`(exit code ${code}: the generated return should have no input problem)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCensus();
