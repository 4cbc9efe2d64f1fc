/**
 * The "done when" of the testing kit, as a user meets it: build and pack the
 * package once in a temporary directory, install the tarball (and fast-check)
 * into a fresh consumer project, import `/testing` there, and run
 * `checkDeadlineArithmetic` against the library (a pass) and against an
 * implementation that is off by one over Christmas (a failure with a shrunk
 * counterexample). Also checks that the CommonJS build of the entry loads
 * neither the rules engine nor zod, and that `/testing/decisions` works.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fastCheckVersion = (JSON.parse(execFileSync('npm', ['pkg', 'get', 'version'], { cwd: join(root, 'node_modules/fast-check'), encoding: 'utf8' })) as string).trim();

let work: string;
let consumer: string;

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lsr-consumer-'));
  const pkg = join(work, 'package');
  mkdirSync(pkg);
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) cpSync(join(root, file), join(pkg, file));
  cpSync(join(root, 'json-schema'), join(pkg, 'json-schema'), { recursive: true });
  // CI builds before it tests: reuse that build when it is newer than every source file; otherwise
  // build with the project's own tsup config into the copy (the worktree's dist/ is left alone).
  if (distIsFresh()) cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true });
  else execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore', env: { ...process.env, LSR_DIST_DIR: join(pkg, 'dist') } });
  run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], pkg);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'case-system', version: '1.0.0', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, tarball), `fast-check@${fastCheckVersion}`], consumer);
}, 180_000);

/** True when dist/ holds a build newer than every input of the build. */
function distIsFresh(): boolean {
  const built = join(root, 'dist', 'testing', 'decisions.js');
  if (!existsSync(built) || !existsSync(join(root, 'dist', 'node', 'index.js'))) return false;
  const builtAt = statSync(built).mtimeMs;
  const newest = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  return [join(root, 'src'), join(root, 'package.json'), join(root, 'tsup.config.ts')].every((input) => newest(input) < builtAt);
}

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const CHECK = `
import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
import { checkDeadlineArithmetic } from 'luton-safeguarding-rules/testing';

// Off by one whenever a count crosses 25 December.
function spansChristmas(a, b) {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) if (y + '-12-25' > lo && y + '-12-25' <= hi) return true;
  return false;
}
const offByOne = {
  addWorkingDays(date, n) {
    const due = addWorkingDays(date, n);
    return n !== 0 && spansChristmas(date, due) ? addWorkingDays(due, Math.sign(n)) : due;
  },
  workingDaysBetween,
};
const library = checkDeadlineArithmetic({ addWorkingDays, workingDaysBetween }, { runs: 300 });
const wrong = checkDeadlineArithmetic(offByOne, { runs: 1000, seed: 2026 });
console.log(JSON.stringify({
  library: library.failed,
  wrong: wrong.failed,
  failures: wrong.failures.map((f) => ({ name: f.name, counterexample: f.details.counterexample, numShrinks: f.details.numShrinks })),
  message: wrong.message,
}));
`;

describe('a consumer project using the packed package', () => {
  it('imports /testing and gets a pass for the library and a shrunk counterexample for an off-by-one-over-Christmas implementation', () => {
    writeFileSync(join(consumer, 'check.mjs'), CHECK);
    const out = JSON.parse(run(process.execPath, ['check.mjs'], consumer)) as {
      library: boolean;
      wrong: boolean;
      failures: { name: string; counterexample: [{ date: string; n: number }]; numShrinks: number }[];
      message: string;
    };
    expect(out.library).toBe(false);
    expect(out.wrong).toBe(true);
    const agreement = out.failures.find((f) => f.name === 'agreesWithReference')!;
    expect(agreement.numShrinks).toBeGreaterThan(0);
    const [{ date, n }] = agreement.counterexample;
    expect(n).not.toBe(0);
    // The counterexample is a genuine instance of the mistake: the count crosses a 25 December.
    const due = addWorkingDays(date, n);
    const [lo, hi] = date < due ? [date, due] : [due, date];
    const christmases = Array.from({ length: Number(hi.slice(0, 4)) - Number(lo.slice(0, 4)) + 1 }, (_, i) => `${Number(lo.slice(0, 4)) + i}-12-25`);
    expect(christmases.some((c) => c > lo && c <= hi)).toBe(true);
    expect(out.message).toContain('FAIL agreesWithReference');
    expect(out.message).toContain('Counterexample');
  });

  it('the CommonJS build of /testing loads neither the rules engine nor zod; /testing/decisions draws inputs the decision accepts', () => {
    const script = `
      const testing = require('luton-safeguarding-rules/testing');
      const loaded = Object.keys(require.cache);
      const fc = require('fast-check');
      const { classifyNeedInput } = require('luton-safeguarding-rules/testing/decisions');
      const { classifyNeed } = require('luton-safeguarding-rules');
      const inputs = fc.sample(classifyNeedInput(), 50);
      const levels = inputs.map((i) => classifyNeed(i).level);
      console.log(JSON.stringify({ exports: Object.keys(testing).length, engine: loaded.some((f) => f.includes('json-rules-engine')), zod: loaded.some((f) => /[\\\\/]zod[\\\\/]/.test(f)), levels: levels.length }));
    `;
    writeFileSync(join(consumer, 'check.cjs'), script);
    const out = JSON.parse(run(process.execPath, ['check.cjs'], consumer)) as { exports: number; engine: boolean; zod: boolean; levels: number };
    expect(out).toEqual({ exports: out.exports, engine: false, zod: false, levels: 50 });
    expect(out.exports).toBeGreaterThan(10);
  });
});
