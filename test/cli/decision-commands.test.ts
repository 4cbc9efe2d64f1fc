/**
 * The decision commands in-process: each command calls its library function
 * and prints exactly that result; errors are JSON on stderr; `--json` on the
 * calendar commands. The real process is exercised in process.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, statutoryTimeline, validatePlacementNotification, type ClassifyNeedInput } from '../../src/index.js';
import { bankHolidays as calendarBankHolidays } from '../../src/calendar/index.js';
import { completePlacementStart } from '../rules/placement-notification/examples.js';
import { version } from '../../package.json';

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: Readable.from(stdin === '' ? [] : [stdin]) });
  return { code, out, err };
}
const json = (lines: string[]) => JSON.parse(lines.join('\n')) as unknown;
const stable = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A command-line mistake as the CLI prints it on stderr. */
const usage = (message: string) => ({ error: { type: 'input-error', issues: [{ path: [], code: 'usage', message }] } });

const seriousIncident = { childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' };
const classify: ClassifyNeedInput = { indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false };
const needToKnow = { asOf: '2026-03-02', childStatus: ['looked-after'], otherCircumstancesRuledOut: true };
const nationalAlert = { asOf: '2026-03-02', subject: 'child', missingSince: '2026-01-05' };
const timeline = { asOf: '2027-01-20', events: [{ type: 'referral-received', date: '2026-12-10' }] };

describe('each decision command answers with its library function', () => {
  const cases: [string, unknown, (input: never) => unknown][] = [
    ['classify-need', classify, classifyNeed as never],
    ['need-to-know', needToKnow, assessNeedToKnow as never],
    ['national-alert', nationalAlert, assessNationalAlert as never],
    ['serious-incident', seriousIncident, assessSeriousIncident as never],
    ['timeline', timeline, statutoryTimeline as never],
    ['placement', completePlacementStart, validatePlacementNotification as never],
  ];
  it.each(cases)('%s: one JSON object in, that result as JSON out, exit 0', async (command, input, fn) => {
    const { code, out, err } = await run([command, '-'], JSON.stringify(input, null, 2));
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(json(out)).toEqual(stable(await fn(input as never)));
  });

  it('reads a FILE as well as standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsr-cli-'));
    writeFileSync(join(dir, 'case.json'), JSON.stringify(seriousIncident));
    const { code, out } = await run(['serious-incident', join(dir, 'case.json')]);
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({ outcome: 'notify-panel' });
    expect((json(out) as { deadlines: unknown[] }).deadlines[0]).toMatchObject({ id: 'serious-incident.notify-panel', due: '2026-12-29', status: 'due' });
  });

  it('an unreadable FILE is a usage error, exit 2', async () => {
    const { code, out, err } = await run(['serious-incident', '/nonexistent/case.json']);
    expect({ code, out }).toEqual({ code: 2, out: [] });
    expect(err.map((l) => JSON.parse(l))).toEqual([usage('cannot read "/nonexistent/case.json": no such file')]);
  });

  it('verify is reported as not available while the library has no verifyDecision', async () => {
    const api = (await import('../../src/index.js')) as Record<string, unknown>;
    const { code, err } = await run(['verify', '-'], '{}');
    if (typeof api.verifyDecision === 'function') {
      expect(err.some((l) => l.includes('not-available'))).toBe(false);
    } else {
      expect(code).toBe(1);
      expect(JSON.parse(err[0]!)).toEqual({ error: { type: 'not-available', issues: [{ path: [], code: 'not-available', message: 'verify is not available in this version of luton-safeguarding-rules' }] } });
    }
  });
});

describe('input errors', () => {
  it('a bad document: the issues as one JSON line on stderr, nothing on stdout, exit 2', async () => {
    const { code, out, err } = await run(['serious-incident'], JSON.stringify({ ...seriousIncident, awareOn: '2026-02-30' }));
    expect({ code, out, lines: err.length }).toEqual({ code: 2, out: [], lines: 1 });
    expect(JSON.parse(err[0]!)).toEqual({
      error: { type: 'input-error', issues: [expect.objectContaining({ path: ['input', 'awareOn'], message: expect.stringContaining('"2026-02-30" is not a real date') })] },
    });
  });

  it('not JSON, or nothing at all, is an input error that does not echo the text', async () => {
    const secret = 'Alex told the teacher on Monday';
    const notJson = await run(['classify-need'], `${secret}\n`);
    expect(notJson.code).toBe(2);
    expect(JSON.parse(notJson.err[0]!)).toEqual({ error: { type: 'input-error', issues: [{ path: [], code: 'invalid-json', message: 'not valid JSON' }] } });
    expect(notJson.err.join('\n')).not.toContain('Alex');
    const empty = await run(['classify-need'], '');
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.err[0]!).error.issues[0].code).toBe('empty-input');
  });

  it('free text in an unknown field is not repeated back', async () => {
    const { code, err } = await run(['need-to-know'], JSON.stringify({ ...needToKnow, notes: 'Alex disclosed abuse at school' }));
    expect(code).toBe(2);
    expect(err.join('\n')).not.toContain('Alex');
  });

  it('unknown options and commands are usage errors', async () => {
    const fast = await run(['classify-need', '--fast']);
    expect({ ...fast, err: fast.err.map((l) => JSON.parse(l)) }).toEqual({ code: 2, out: [], err: [usage('unknown option "--fast" for classify-need (see --help)')] });
    expect((await run(['classify-need', 'a.json', 'b.json'])).err.map((l) => JSON.parse(l))).toEqual([usage('classify-need reads one FILE (or - for standard input)')]);
  });
});

describe('JSON Lines batches', () => {
  it('one {line, result} per good line, one {line, error} per bad line, in order, exit 2 when any was bad', async () => {
    const lines = [JSON.stringify(classify), '', 'not json', JSON.stringify({ indicators: ['no-such-indicator'] }), JSON.stringify({ ...classify, indicators: [] })];
    const { code, out, err } = await run(['classify-need'], `${lines.join('\n')}\n`);
    expect(code).toBe(2);
    expect(out.map((l) => JSON.parse(l).line)).toEqual([1, 5]);
    expect(JSON.parse(out[0]!).result).toEqual(stable(await classifyNeed(classify)));
    expect(JSON.parse(out[1]!).result.outcome).toBe('universal');
    expect(err.map((l) => JSON.parse(l))).toEqual([
      { line: 3, error: { type: 'input-error', issues: [{ path: [], code: 'invalid-json', message: 'not valid JSON' }] } },
      { line: 4, error: { type: 'input-error', issues: [expect.objectContaining({ path: ['input', 'indicators', 0], code: 'unknown-id' })] } },
    ]);
  });

  it('all good lines: exit 0; --lines keeps the batch format for a single line', async () => {
    const two = await run(['serious-incident'], `${JSON.stringify(seriousIncident)}\n${JSON.stringify({ ...seriousIncident, childDied: false })}\n`);
    expect(two.code).toBe(0);
    expect(two.out).toHaveLength(2);
    const one = await run(['serious-incident', '--lines'], `${JSON.stringify(seriousIncident)}\n`);
    expect(one.out).toHaveLength(1);
    expect(JSON.parse(one.out[0]!)).toMatchObject({ line: 1, result: { outcome: 'notify-panel' } });
    const plain = await run(['serious-incident'], `${JSON.stringify(seriousIncident)}\n`);
    expect(json(plain.out)).toMatchObject({ outcome: 'notify-panel' });
  });
});

describe('--summary', () => {
  it('a decision in plain English: outcome, why, what is missing, deadlines, next steps', async () => {
    const { code, out } = await run(['serious-incident', '--summary'], JSON.stringify(seriousIncident));
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(out[0]).toBe('Outcome: notify-panel');
    expect(text).toContain('Because:\n  - Abuse or neglect known or suspected and a child has died or been seriously harmed: notify the Panel (working-together-2026, ');
    // Decided: nothing is still needed, but a question could still add duties.
    expect(text).not.toContain('Still needed to decide:');
    expect(text).toContain('Worth asking (could add actions or deadlines):\n  - Was the child looked after by a local authority at the time of the death or serious harm? [lookedAfter]');
    expect(text).toMatch(/What would change the outcome:\n(  - .*\n)*  - childDied false instead of true: insufficient-information\n/);
    expect(text).toContain(
      'Deadlines:\n  - [due] Serious incident notification to the Child Safeguarding Practice Review Panel: The safeguarding partners became aware of the incident on 18 December 2026. The serious incident notification is not recorded as done; it is due by 29 December 2026 (within 5 working days). No date to judge on (asOf) was given, so whether that day has passed is not said. (working-together-2026, Chapter 5, para 372, p. 140)\n  - [not-yet-triggered] Rapid review submitted to the Panel: Starts when',
    );
    expect(text).toMatch(/Next steps:\n {2}- the local authority where the incident occurred, on behalf of the three safeguarding partners: Notify the Child Safeguarding Practice Review Panel .* \(by 2026-12-29\)/);
    expect(out.at(-1)).toMatch(/^Rule set: \d+\.\d+\.\d+\+/);
  });

  it('a timeline and a placement notification', async () => {
    const t = await run(['timeline', '--summary'], JSON.stringify(timeline));
    expect(t.out[0]).toBe('Timeline on 2027-01-20:');
    expect(t.out[1]).toMatch(/^ {2}- \[overdue\] Acknowledge the referral and decide next steps: The referral was received on 10 December 2026\..*overdue by 25 working days/);
    const p = await run(['placement', '--summary'], JSON.stringify({ kind: 'placement-start' }));
    expect(p.out[0]).toMatch(/^Incomplete placement-start notification \(luton-lac-placement-notification, /);
    expect(p.out[1]).toBe("  - Item 1 (the child's name and date of birth): the child's name and date of birth are missing.");
    const ok = await run(['placement', '--summary'], JSON.stringify(completePlacementStart));
    expect(ok.out).toEqual([expect.stringMatching(/^Valid placement-start notification/)]);
  });

  it('in a batch, each record under its line number', async () => {
    const { out } = await run(['classify-need', '--summary'], `${JSON.stringify(classify)}\n${JSON.stringify({ ...classify, indicators: [] })}\n`);
    expect(out.filter((l) => /^Line \d+:$/.test(l))).toEqual(['Line 1:', 'Line 2:']);
    expect(out[1]).toBe('  Outcome: intensive');
  });
});

it('an undecided outcome lists what is still needed', async () => {
  const { out } = await run(['serious-incident', '--summary'], JSON.stringify({ childDied: true, awareOn: '2026-12-18' }));
  expect(out[0]).toBe('Outcome: insufficient-information');
  expect(out.join('\n')).toMatch(/Still needed to decide:\n( {2}- .*\n)* {2}- .+ \[abuseOrNeglectKnownOrSuspected\]\n/);
});

describe('--version and --json', () => {
  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: [version], err: [] });
  });

  it('deadline --json: the due date and each skipped day as JSON', async () => {
    const { code, out } = await run(['deadline', '2026-12-18', '5', '--json']);
    expect(code).toBe(0);
    // The library's Deadline, as createDeadline returns it, with the days skipped.
    expect(json(out)).toEqual({
      id: 'cli.deadline',
      title: 'Deadline from the command line',
      trigger: { event: 'the date given on the command line', date: '2026-12-18' },
      period: { amount: 5, unit: 'working-days', direction: 'after' },
      due: '2026-12-29',
      provisional: false,
      citation: { document: 'working-together-2026', section: 'Chapter 5, footnote 209 to paragraph 407' },
      skipped: [
        { date: '2026-12-19', kind: 'weekend', reason: 'weekend (Saturday)' },
        { date: '2026-12-20', kind: 'weekend', reason: 'weekend (Sunday)' },
        { date: '2026-12-25', kind: 'bank-holiday', reason: 'bank holiday: Christmas Day' },
        { date: '2026-12-26', kind: 'weekend', reason: 'weekend (Saturday)' },
        { date: '2026-12-27', kind: 'weekend', reason: 'weekend (Sunday)' },
        { date: '2026-12-28', kind: 'bank-holiday', reason: 'bank holiday: Boxing Day (substitute day)' },
      ],
    });
  });

  it('holidays --json: the year, whether it is provisional, and the holidays', async () => {
    expect(json((await run(['holidays', '2026', '--json'])).out)).toEqual({ year: 2026, provisional: false, holidays: stable(calendarBankHolidays(2026)) });
    expect(json((await run(['holidays', '--json', '2030'])).out)).toMatchObject({ year: 2030, provisional: true });
  });

  it('with --json, a bad argument is a JSON error on stderr', async () => {
    const { code, out, err } = await run(['deadline', '2026-02-30', '5', '--json']);
    expect({ code, out }).toEqual({ code: 2, out: [] });
    expect(JSON.parse(err[0]!)).toEqual({ error: { type: 'input-error', issues: [expect.objectContaining({ message: 'date: "2026-02-30" is not a real date' })] } });
  });
});
