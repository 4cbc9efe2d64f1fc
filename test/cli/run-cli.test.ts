import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: Readable.from([]) });
  return { code, out, err };
}

describe('luton-safeguarding-rules deadline', () => {
  it('prints the due date and each skipped day with why', async () => {
    const { code, out, err } = await run('deadline', '2026-12-18', '5');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      'Due: 2026-12-29 (Tuesday 29 December 2026)',
      '     5 working days after Friday 18 December 2026, which counts as day 0',
      'Skipped 6 non-working days:',
      '  2026-12-19  weekend (Saturday)',
      '  2026-12-20  weekend (Sunday)',
      '  2026-12-25  bank holiday: Christmas Day',
      '  2026-12-26  weekend (Saturday)',
      '  2026-12-27  weekend (Sunday)',
      '  2026-12-28  bank holiday: Boxing Day (substitute day)',
    ]);
  });

  it('counts back for negative n', async () => {
    const { code, out } = await run('deadline', '2026-05-12', '-7');
    expect(code).toBe(0);
    expect(out[0]).toBe('Due: 2026-04-30 (Thursday 30 April 2026)');
    expect(out[1]).toContain('7 working days before Tuesday 12 May 2026');
    expect(out).toContain('  2026-05-04  bank holiday: Early May bank holiday');
  });

  it('other units, with a note when the due date is not a working day', async () => {
    expect((await run('deadline', '2026-12-18', '14', '--unit', 'calendar-days')).out).toEqual([
      'Due: 2027-01-01 (Friday 1 January 2027)',
      '     14 calendar days after Friday 18 December 2026, which counts as day 0',
      "Note: the due date is not a working day: bank holiday: New Year's Day",
    ]);
    expect((await run('deadline', '2026-12-18', '3', '--unit=weeks')).out[0]).toBe('Due: 2027-01-08 (Friday 8 January 2027)');
    expect((await run('deadline', '2026-01-31', '1', '--unit', 'months')).out[0]).toBe('Due: 2026-02-28 (Saturday 28 February 2026)');
    expect((await run('deadline', '2026-12-21', '1')).out[2]).toBe('Skipped: none (no weekend or bank holiday on the way)');
  });

  it('calendar units work outside the bank-holiday years and say the working-day status is unknown', async () => {
    // The arithmetic needs no bank holidays; only the "is the due date a working day" note does.
    const before = await run('deadline', '1990-01-01', '5', '--unit', 'calendar-days');
    expect(before).toEqual({
      code: 0,
      err: [],
      out: [
        'Due: 1990-01-06 (Saturday 6 January 1990)',
        '     5 calendar days after Monday 1 January 1990, which counts as day 0',
        'Note: bank holidays are known only for 2012 to 2100, so whether the due date is a working day is not shown',
      ],
    });
    const after = await run('deadline', '2100-12-20', '1', '--unit', 'months');
    expect(after.code).toBe(0);
    expect(after.out[0]).toBe('Due: 2101-01-20 (Thursday 20 January 2101)');
    expect(after.out).toContain('Note: bank holidays are known only for 2012 to 2100, so whether the due date is a working day is not shown');
    expect(after.out.at(-1)).toMatch(/^Provisional/);
  });

  it('says when the result is provisional', async () => {
    const { out } = await run('deadline', '2028-12-20', '7');
    expect(out[0]).toBe('Due: 2029-01-03 (Wednesday 3 January 2029)');
    expect(out.at(-1)).toMatch(/^Provisional: the count reaches past 2028/);
    expect((await run('deadline', '2028-12-20', '5')).out.some((l) => l.startsWith('Provisional'))).toBe(false);
  });

  it('bad arguments give one JSON line on stderr (the library\'s issues, or a usage issue) and exit code 2', async () => {
    const cases: [string[], string][] = [
      [['deadline', '2026-02-30', '5'], 'date: "2026-02-30" is not a real date'],
      [['deadline', '2026-2-3', '5'], 'date: is not a date in the form YYYY-MM-DD (the text given is not shown)'],
      [['deadline', '2026-12-18', 'five'], 'n: expected a whole number, got "five"'],
      [['deadline', '2026-12-18', '1.5'], 'n: expected a whole number, got "1.5"'],
      [['deadline', '2026-12-18'], 'deadline needs a date and a number, e.g. `deadline 2026-12-18 5`'],
      [['deadline', '2026-12-18', '5', '--unit', 'days'], '--unit: expected one of working-days, calendar-days, weeks, months'],
      [['deadline', '2026-12-18', '5', '--fast'], 'unknown option "--fast" (see --help)'],
      [['deadline', '2011-12-18', '5'], 'date: "2011-12-18" is outside the years the calendar serves (2012 to 2100)'],
      [['deadline', '2100-12-18', '50'], 'n: the result would fall after 31 December 2100, the last day the calendar serves'],
      [['holidays', '2011'], 'year: 2011 is outside the years the calendar serves (2012 to 2100)'],
      [['holidays', 'twenty'], 'year: expected a four-digit year, got "twenty"'],
      [['holidays'], 'holidays needs one year, e.g. `holidays 2026`'],
      [['frobnicate'], 'unknown command "frobnicate": expected deadline, holidays, census, catalogue, serve, classify-need, need-to-know, national-alert, serious-incident, timeline, placement, verify (see --help)'],
      [[], 'missing command: try `luton-safeguarding-rules --help`'],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect({ argv, code, out, lines: err.length }).toEqual({ argv, code: 2, out: [], lines: 1 });
      const error = JSON.parse(err[0]!) as { error: { type: string; issues: { path: unknown[]; code: string; message: string }[] } };
      expect(Object.keys(error)).toEqual(['error']);
      expect(error.error.type).toBe('input-error');
      expect(error.error.issues).toEqual([{ path: expect.any(Array), code: expect.any(String), message }]);
      // A bad value is the library's own issue, with its path; a bad command line is a usage issue.
      expect(error.error.issues[0]!.code === 'usage').toBe(error.error.issues[0]!.path.length === 0);
    }
    // With --json the same line.
    expect((await run('deadline', '2026-02-30', '5', '--json')).err).toEqual((await run('deadline', '2026-02-30', '5')).err);
  });

  it('does not echo long arguments back', async () => {
    const long = 'the child told the teacher on monday';
    const { err } = await run('deadline', '2026-12-18', long);
    expect(err[0]).not.toContain(long);
  });
});

describe('luton-safeguarding-rules holidays', () => {
  it("lists a confirmed year's bank holidays", async () => {
    const { code, out } = await run('holidays', '2026');
    expect(code).toBe(0);
    expect(out[0]).toBe('England and Wales bank holidays 2026 (as published by GOV.UK)');
    expect(out).toHaveLength(9);
    expect(out[8]).toBe('  2026-12-28  Monday 28 December 2026  Boxing Day (substitute day)');
    expect((await run('holidays', '2023')).out).toContain('  2023-05-08  Monday 8 May 2023         Bank holiday for the coronation of King Charles III');
  });
  it('marks computed years as provisional', async () => {
    expect((await run('holidays', '2030')).out[0]).toMatch(/2030 \(computed from the recurring rules: provisional/);
  });
});

describe('luton-safeguarding-rules --help', () => {
  it('prints usage to stdout and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, out, err } = await run(flag);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(out[0]).toBe('Usage:');
      expect(out.join('\n')).toContain('deadline <date> <n>');
    }
  });
});

describe('the luton-safeguarding-rules process (src/cli/main.ts)', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const cli = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });

  it('prints to stdout and exits 0', async () => {
    const result = cli('deadline', '2026-12-18', '5');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('Due: 2026-12-29 (Tuesday 29 December 2026)');
  }, 20_000);

  it('bad arguments: exactly one line on stderr, nothing on stdout, exit code 2', async () => {
    const result = cli('deadline', '2026-02-30', '5');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('{"error":{"type":"input-error","issues":[{"path":["date"],"code":"invalid-date","message":"date: \\"2026-02-30\\" is not a real date"}]}}\n');
  }, 20_000);
});
