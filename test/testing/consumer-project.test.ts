/**
 * The "done when" of the testing kit, as a user meets it: pack the package
 * once in a copy of the repository with `npm pack` (its lifecycle scripts
 * build it and strip the install-time scripts from the packed package.json,
 * so a consumer's npm has none to flag), install the tarball (and fast-check)
 * into a fresh consumer project, import `/testing` there, and run
 * `checkDeadlineArithmetic` against the library (a pass) and against an
 * implementation that is off by one over Christmas (a failure with a shrunk
 * counterexample). In the consumer's own vitest run, a deadline function off
 * by one fails with the kit's sentence printed, through
 * `assertDeadlineArithmetic` and through `fc.assert` alike. Also checks that
 * the CommonJS build of the entry loads neither the rules engine nor zod,
 * and that `/testing/decisions` works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** What `npm pack` printed, what the consumer's `npm install` printed, and the manifests before and after. */
const packing = { packageJsonBefore: '', packageJsonAfter: '', packed: {} as Record<string, unknown>, keptAfter: true, install: '' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lsr-consumer-'));
  // A copy of the repository with what `npm pack` needs (the build's inputs, its scripts), packed for
  // real, lifecycle scripts and all, as a release is: the worktree's dist/ and package.json are left alone.
  const pkg = join(work, 'package');
  // Every file the repository tracks (as a clone has them), but the tests and the docs, which the package neither builds from nor ships.
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => f !== '' && !/^(test|docs)\//.test(f));
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(pkg, file)), { recursive: true });
    cpSync(join(root, file), join(pkg, file));
  }
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  packing.packageJsonBefore = readFileSync(join(pkg, 'package.json'), 'utf8');
  run('npm', ['pack', '--silent', '--pack-destination', work], pkg);
  packing.packageJsonAfter = readFileSync(join(pkg, 'package.json'), 'utf8');
  packing.keptAfter = existsSync(join(pkg, '.tmp', 'package.json.before-pack'));
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  packing.packed = JSON.parse(run('tar', ['-xzOf', join(work, tarball), 'package/package.json'], work)) as Record<string, unknown>;
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'case-system', version: '1.0.0', private: true, type: 'module' }));
  // Scripts allowed, as a consumer installs: npm lists any dependency's install-time script it has not been told to allow.
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), `fast-check@${fastCheckVersion}`], {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
  packing.install = `${install.stdout}\n${install.stderr}`;
}, 300_000);

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

/** The review's mistake, as a consumer's own test file: a validator that counts a working start day as day 1. */
const OFF_BY_ONE_TEST = `
import { it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
import { assertDeadlineArithmetic, roundTrip } from 'luton-safeguarding-rules/testing';

const startDayIsDayOne = {
  addWorkingDays: (date, n) => (n > 0 && isWorkingDay(date) ? addWorkingDays(date, n - 1) : addWorkingDays(date, n)),
  workingDaysBetween,
};

it('our deadlines count working days as the library does', () => {
  assertDeadlineArithmetic(startDayIsDayOne, { runs: 1000, seed: 1 });
});

it('round trip, with fast-check directly', () => {
  fc.assert(roundTrip(startDayIsDayOne), { seed: 1 });
});
`;

/** A consumer's TypeScript, as the review wrote it: each mistake must be a compile error. */
const TYPE_HOLES = `
import { addWorkingDays as fromMain, assessNationalAlert, assessNeedToKnow, classifyNeed, isNeedIndicatorId, statutoryTimeline, validatePlacementNotification } from 'luton-safeguarding-rules';
import type { JudgedDeadline, NeedIndicatorId, NeedToKnowDeadline, SeriousIncidentDeadline } from 'luton-safeguarding-rules';
import { ClassifyNeedInputSchema } from 'luton-safeguarding-rules/schemas';

// @ts-expect-error an answer is a boolean
assessNeedToKnow({ asOf: '2026-03-10', childMissing: 'yes' });
// @ts-expect-error an answer is a boolean
assessNationalAlert({ asOf: '2026-03-10', childProtectionPlan: 'yes' });
// @ts-expect-error not an indicator id
classifyNeed({ indicators: ['need-level.nope'] });
// @ts-expect-error not a child status
assessNeedToKnow({ asOf: '2026-03-10', childStatus: ['looked-afer'] });
// @ts-expect-error not an event type
statutoryTimeline({ asOf: '2026-12-18', events: [{ type: 'referal-received', date: '2026-12-01' }] });

// What works: typed ids, read-only input, ids narrowed from storage, the calendar from the main entry.
const ids: NeedIndicatorId[] = ['need-level.intensive.health.self-harm'];
classifyNeed({ indicators: ids, childInNeed: false });
classifyNeed({ indicators: ['need-level.intensive.health.self-harm'] } as const);
const stored: string[] = ['need-level.intensive.health.self-harm'];
classifyNeed({ indicators: stored.filter(isNeedIndicatorId) });
const due: string = fromMain('2026-12-18', 5);
const placement = validatePlacementNotification({ kind: 'leaving-placement' });
const decision: 'placement-notification' = placement.decision;
const parsed = ClassifyNeedInputSchema.safeParse({ indicators: [] });
export const used: unknown[] = [due, decision, parsed, null as unknown as JudgedDeadline | NeedToKnowDeadline | SeriousIncidentDeadline];
`;

describe('npm pack', () => {
  it('ships a package.json without install-time scripts, and leaves the repository\'s own as it was', () => {
    const before = JSON.parse(packing.packageJsonBefore) as { scripts: Record<string, string> };
    expect(before.scripts.prepare).toBe('npm run build');
    const scripts = packing.packed.scripts as Record<string, string>;
    for (const name of ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare']) expect(scripts).not.toHaveProperty(name);
    // Everything else is the repository's manifest, unchanged.
    const { prepare: _prepare, ...otherScripts } = before.scripts;
    expect(packing.packed).toEqual({ ...before, scripts: otherScripts });
    expect(packing.packageJsonAfter).toBe(packing.packageJsonBefore);
    expect(packing.keptAfter).toBe(false);
  });

  it('a consumer\'s npm install lists no install script of the package to review', () => {
    expect(packing.install).not.toMatch(/install-scripts/);
    expect(packing.install).not.toMatch(/luton-safeguarding-rules@[^\n]*prepare/);
  });
});

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

  it('in the consumer\'s own vitest run, a deadline function off by one prints the kit\'s sentence for each failure, whether through assertDeadlineArithmetic or fc.assert', () => {
    // The consumer's test runner: the repository's vitest, linked in as if installed.
    symlinkSync(join(root, 'node_modules', 'vitest'), join(consumer, 'node_modules', 'vitest'), 'dir');
    writeFileSync(join(consumer, 'deadlines.test.mjs'), OFF_BY_ONE_TEST);
    const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', consumer, 'deadlines.test.mjs'], {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    });
    const printed = `${vitest.stdout}\n${vitest.stderr}`;
    expect(vitest.status, printed).toBe(1);
    expect(printed).toMatch(/Tests\s+2 failed/);
    // assertDeadlineArithmetic: the kit's sentence, the counterexample and the replay, in the failure's message.
    expect(printed).toMatch(/FAIL roundTrip\n\s*round trip: addWorkingDays\("\d{4}-\d\d-\d\d", \d+\) is "\d{4}-\d\d-\d\d", but workingDaysBetween\(/);
    expect(printed).toMatch(/Replay it alone with the options \{ property: 'roundTrip', seed: 1, path: '[\d:]+' \}/);
    // fc.assert on one property: the sentence is the error's cause, which vitest prints.
    expect(printed).toMatch(/Caused by: Error: round trip: addWorkingDays\(/);
  }, 60_000);

  it('the shipped types catch the review\'s mistakes under the strictest compiler settings', () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      files: ['typeholes.ts'],
    }));
    writeFileSync(join(consumer, 'typeholes.ts'), TYPE_HOLES);
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' });
    // An unused @ts-expect-error is itself an error: a mistake that compiles fails this.
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('every TypeScript block of the README compiles under tsc --strict against the installed package', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    // Each block its own module, as a reader pastes it into a file of their own.
    const files = blocks.map((code, i) => {
      const file = `readme-${i + 1}.ts`;
      writeFileSync(join(consumer, file), `${code}\nexport {};\n`);
      return file;
    });
    // The testing example imports the reader's own deadline functions and their test runner: the reader's
    // module is the library's own calendar functions (the signatures such a module must have), vitest is this repository's.
    writeFileSync(join(consumer, 'your-case-system.ts'), "export { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';\n");
    writeFileSync(join(consumer, 'tsconfig.readme.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: true, noEmit: true, types: [], paths: { vitest: [join(root, 'node_modules/vitest/dist/index.d.ts')] } },
      files,
    }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.readme.json'], { cwd: consumer, encoding: 'utf8' });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

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
