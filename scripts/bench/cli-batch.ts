/**
 * `npm run bench:cli-batch`: the command line on a 200,000-line JSON Lines
 * batch as a careless export writes it: a byte-order mark and a bad first
 * line, lone carriage returns (between tokens, where JSON allows them, and
 * inside strings, where it does not), CR LF endings, blank lines and bad
 * lines of several kinds. Runs the built `dist/cli.js classify-need` on it
 * and checks that every good line got its own result under its own number
 * (the result's `input` is that line's), every bad line an error under its
 * number, in order; prints the time, the lines a second, and the command's
 * own processor time and peak memory (`process.resourceUsage()`, read as it
 * exits): on a shared machine the processor time is the steadier figure.
 *
 * `--lines N` for another size.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { needIndicators } from '../../src/rules/need-level/indicators/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = process.argv.indexOf('--lines');
const total = arg === -1 ? 200_000 : Number(process.argv[arg + 1]);

/** A deterministic pseudo-random generator, so every run reads the same batch. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const BAD = ['{"indicators": [', 'not json', '{"childDied": tru', '{"indicators":[],"note":"a\rb"}', '"unterminated', '}', 'caseId,indicators'];

export async function benchCliBatch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lsr-batch-'));
  const file = join(dir, 'batch.jsonl');
  const random = lcg(7);
  const pool = needIndicators.filter((i) => !i.significantHarm).map((i) => i.id);
  /** For each line: the input expected back (as JSON), 'bad', or 'blank'. */
  const expected: string[] = new Array(total);
  const out = createWriteStream(file);
  let crInside = 0;
  let crBetween = 0;
  let crlf = 0;
  for (let n = 1; n <= total; n++) {
    let text: string;
    if (n === 1) {
      text = `\uFEFF${BAD[0]}`;
      expected[0] = 'bad';
    } else if (n % 1000 === 0) {
      text = '';
      expected[n - 1] = 'blank';
    } else if (n % 97 === 0) {
      text = BAD[n % BAD.length]!;
      if (text.includes('\r')) crInside++;
      expected[n - 1] = 'bad';
    } else {
      const ids = new Set<string>();
      const k = Math.floor(random() * 6);
      while (ids.size < k) ids.add(pool[Math.floor(random() * pool.length)]!);
      const input = { indicators: [...ids], childInNeed: random() < 0.1, ageInYears: n % 18 };
      expected[n - 1] = JSON.stringify(input);
      text = JSON.stringify(input);
      // Every 50th good line has a lone CR between tokens: JSON white space, so still good.
      if (n % 50 === 0) {
        text = text.replace(',', ',\r');
        crBetween++;
      }
    }
    const ending = n % 7 === 0 ? '\r\n' : '\n';
    if (ending === '\r\n') crlf++;
    if (!out.write(text + ending)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const bytes = readFileSync(file).length;

  // The command's own peak memory and processor time, written when it exits.
  const usageFile = join(dir, 'usage.json');
  const preload = join(dir, 'usage.mjs');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify(process.resourceUsage())));\n`);

  const started = performance.now();
  const child = spawn(process.execPath, ['--import', preload, join(root, 'dist/cli.js'), 'classify-need', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const problems: string[] = [];
  let results = 0;
  let errors = 0;
  let lastLine = 0;
  const results$ = (async () => {
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const { line: n, result } = JSON.parse(line) as { line: number; result: { input: unknown } };
      results++;
      if (n <= lastLine) problems.push(`result for line ${n} after line ${lastLine}`);
      lastLine = n;
      if (expected[n - 1] !== JSON.stringify(result.input)) problems.push(`line ${n}: the result is not that line's`);
    }
  })();
  const errors$ = (async () => {
    let last = 0;
    for await (const line of createInterface({ input: child.stderr, crlfDelay: Infinity })) {
      const { line: n } = JSON.parse(line) as { line: number };
      errors++;
      if (n <= last) problems.push(`error for line ${n} after line ${last}`);
      last = n;
      if (expected[n - 1] !== 'bad') problems.push(`line ${n}: an error for a line that is not bad`);
    }
  })();
  const code = await exit;
  await Promise.all([results$, errors$]);
  const seconds = (performance.now() - started) / 1000;
  const good = expected.filter((e) => e !== 'bad' && e !== 'blank').length;
  const bad = expected.filter((e) => e === 'bad').length;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  const peakMb = usage.maxRSS / 1024;
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  rmSync(dir, { recursive: true, force: true });

  console.log(`## CLI batch: classify-need on ${total.toLocaleString('en-GB')} lines (${(bytes / 1e6).toFixed(1)} MB), one core`);
  console.log(`  the batch: a byte-order mark and a bad first line; ${good.toLocaleString('en-GB')} good lines, ${bad.toLocaleString('en-GB')} bad, ${(total - good - bad).toLocaleString('en-GB')} blank; ${crlf.toLocaleString('en-GB')} CR LF endings; lone CRs in ${crBetween.toLocaleString('en-GB')} good lines (between tokens) and ${crInside.toLocaleString('en-GB')} bad ones (inside a string)`);
  console.log(`  answered: ${results.toLocaleString('en-GB')} results, ${errors.toLocaleString('en-GB')} errors, exit code ${code}`);
  console.log(`  every good line its own result under its own number, every bad line its error: ${problems.length === 0 && results === good && errors === bad ? 'yes' : `NO (${problems.slice(0, 5).join('; ')})`}`);
  console.log(`  ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en-GB')} lines/s); the command's processor time ${cpuSeconds.toFixed(1)} s (${Math.round(total / cpuSeconds).toLocaleString('en-GB')} lines per processor second); its peak memory ${peakMb.toFixed(1)} MB`);
  if (problems.length > 0 || results !== good || errors !== bad) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCliBatch();
