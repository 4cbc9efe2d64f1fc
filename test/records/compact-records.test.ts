/**
 * Compact decision records (`toRecord`, `explainRecord`, `verifyDecision` on
 * a record) and the fingerprint every result carries: a record of any
 * decision rebuilds the very result it was made from; an input edited after
 * the decision is reported even when no output moves (the hostile-input
 * review's F5); records and results beyond the documented input limits are
 * refused (F11); a record this version no longer decides the same way is
 * refused, naming what differs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar } from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import { canonicalJson } from '../../src/rules/engine/ruleset-version.js';
import { decisionFingerprint, fingerprintOfText } from '../../src/rules/engine/fingerprint.js';
import { fingerprintOf } from '../../src/rules/records/decision-record.js';
import { inputLimits } from '../../src/schemas/limits.js';
import { classifyNeedInput, nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';

const extraHoliday = createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A case history in a possible order: a referral, perhaps its decision and assessment, perhaps a section 47 and conference. */
const timelineInput = fc
  .record({
    start: fc.integer({ min: 0, max: 365 * 12 }).map((n) => addCalendarDays('2014-01-01', n)),
    decisionAfter: fc.option(fc.nat(6)),
    assessmentAfter: fc.option(fc.nat(80)),
    protection: fc.option(fc.record({ strategyAfter: fc.nat(20), conferenceAfter: fc.option(fc.nat(30)), planMade: fc.boolean() })),
    asOfAfter: fc.nat(200),
  })
  .map((c) => {
    const at = (n: number) => addCalendarDays(c.start, n);
    const events: Record<string, unknown>[] = [{ type: 'referral-received', date: at(0) }];
    let last = 0;
    const add = (type: string, day: number, extra: Record<string, unknown> = {}) => {
      events.push({ type, date: at(day), ...extra });
      last = Math.max(last, day);
    };
    if (c.decisionAfter !== null) add('referral-decision-made', c.decisionAfter);
    if (c.assessmentAfter !== null) add('assessment-completed', 1 + c.assessmentAfter);
    if (c.protection) {
      add('strategy-discussion-s47-initiated', c.protection.strategyAfter);
      if (c.protection.conferenceAfter !== null) add('initial-conference-held', c.protection.strategyAfter + c.protection.conferenceAfter, { planMade: c.protection.planMade });
    }
    return { asOf: at(last + c.asOfAfter), events };
  });

/** Every decision, with an arbitrary of its inputs and whether it counts dates (so takes a calendar). */
const decisions = [
  { name: 'classifyNeed', input: classifyNeedInput() as fc.Arbitrary<unknown>, dated: false, decide: (input: unknown) => api.classifyNeed(input as never) },
  { name: 'assessNeedToKnow', input: needToKnowInput() as fc.Arbitrary<unknown>, dated: true, decide: (input: unknown, calendar?: api.DecisionOptions['calendar']) => api.assessNeedToKnow(input as never, { calendar }) },
  { name: 'assessNationalAlert', input: nationalAlertInput() as fc.Arbitrary<unknown>, dated: true, decide: (input: unknown, calendar?: api.DecisionOptions['calendar']) => api.assessNationalAlert(input as never, { calendar }) },
  { name: 'assessSeriousIncident', input: seriousIncidentInput() as fc.Arbitrary<unknown>, dated: true, decide: (input: unknown, calendar?: api.DecisionOptions['calendar']) => api.assessSeriousIncident(input as never, { calendar }) },
  { name: 'statutoryTimeline', input: timelineInput as fc.Arbitrary<unknown>, dated: true, decide: (input: unknown, calendar?: api.DecisionOptions['calendar']) => api.statutoryTimeline(input as never, { calendar }) },
];

describe.each(decisions)('$name: a record rebuilds its result', ({ input, dated, decide }) => {
  it('explainRecord(toRecord(r)) equals r, after a JSON round trip of the record, on random inputs (and calendars)', () => {
    fc.assert(
      fc.property(input, fc.boolean(), (value, ownCalendar) => {
        const calendar = dated && ownCalendar ? extraHoliday : undefined;
        const result = decide(value, calendar);
        const record = json(api.toRecord(result));
        expect(api.explainRecord(record, { calendar })).toStrictEqual(result);
        expect(api.verifyDecision(record, { calendar })).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
        // The record is the result's, less the explanation: the same input, outcome, ruleset and fingerprint.
        expect(record.input).toStrictEqual(result.input);
        expect(record.fingerprint).toBe(result.fingerprint);
        expect(record.ruleset).toStrictEqual(result.ruleset);
      }),
      { numRuns: 60 },
    );
  });

  it('an edit to any leaf of the stored input is reported by verifyDecision, for a result and for a record, even when no output moves', () => {
    fc.assert(
      fc.property(input, fc.nat(), (value, pick) => {
        const result = decide(value);
        const leaves = leafPaths(result.input);
        fc.pre(leaves.length > 0);
        const path = leaves[pick % leaves.length]!;
        for (const stored of [json(result), json(api.toRecord(result))]) {
          setAt(stored.input, path, changed(getAt(stored.input, path)));
          const verdict = verifyOrRefuse(stored);
          expect(verdict, path.join('.')).not.toBe('reproduced');
          // Listed first, however many other fields the edit moved.
          if (typeof verdict !== 'string') expect(verdict.differences[0]!.path, path.join('.')).toBe('fingerprint');
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** The paths of every primitive in a value (a list counts as a leaf too, when empty). */
function leafPaths(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    if (value.length === 0) into.push(path);
    value.forEach((v, i) => leafPaths(v, [...path, i], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], into);
  } else into.push(path);
  return into;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

/** Another value of the same kind: a date a day later, a flipped answer, a number one more, a list one longer. */
function changed(value: unknown): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? addCalendarDays(value, -1) : `${value}x`;
  if (Array.isArray(value)) return [...value, 'x'];
  return 'x';
}

function verifyOrRefuse(stored: unknown): 'refused' | 'reproduced' | api.DecisionVerification {
  try {
    const verdict = api.verifyDecision(stored);
    return verdict.reproduced ? 'reproduced' : verdict;
  } catch (error) {
    if (error instanceof api.SafeguardingInputError) return 'refused';
    throw error;
  }
}

describe('the fingerprint (F5)', () => {
  it("the review's case: an asOf moved back three months is reported, though no other output moves", () => {
    const stored = json(api.assessNeedToKnow({ asOf: '2026-06-01', childDied: true, childStatus: ['looked-after'] })) as api.NeedToKnowDecision & { input: { asOf: string } };
    expect(api.verifyDecision(stored)).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    stored.input.asOf = '2026-03-01';
    const verdict = api.verifyDecision(stored);
    expect(verdict.reproduced).toBe(false);
    // The fingerprint, and the hand-offs to the serious incident decision, which pass asOf on as it is.
    expect(verdict.differences[0]).toEqual({ path: 'fingerprint', stored: expect.stringMatching(/^[0-9a-f]{16}$/), now: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(verdict.differences.slice(1).map((d) => d.path.replace(/^actions\[\d+\]/, 'actions[]'))).toEqual(verdict.differences.slice(1).map(() => 'actions[].passesTo.input.asOf'));
    // Nothing else moved: the edited input gives the same answer.
    const withoutDates = (result: unknown) => JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'asOf' || key === 'input' || key === 'fingerprint' ? null : value))) as unknown;
    expect(withoutDates(json(api.assessNeedToKnow(stored.input as never)))).toEqual(withoutDates(stored));
  });

  it('is the same hash of the canonical JSON, whether walked or written out', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (input, outcome) => {
        const data = { decision: 'need-level', input, outcome };
        expect(decisionFingerprint(data)).toBe(fingerprintOfText(canonicalJson(data)));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on key order, and changes with the input, the options and the outcome', () => {
    const a = api.classifyNeed({ indicators: [], significantHarmSuspected: false, childInNeed: false });
    const b = api.classifyNeed({ childInNeed: false, significantHarmSuspected: false, indicators: [] });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(api.classifyNeed({ indicators: [], significantHarmSuspected: false, childInNeed: true }).fingerprint).not.toBe(a.fingerprint);
    expect(api.classifyNeed({ indicators: [], significantHarmSuspected: false, childInNeed: false }, { intensiveIndicatorThreshold: 3 }).fingerprint).not.toBe(a.fingerprint);
    expect(fingerprintOf('need-level', a.input, a.options, 'specialist')).not.toBe(a.fingerprint);
  });

  it('toRecord refuses a result whose input or outcome was changed after the decision', () => {
    const stored = json(api.assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' }));
    stored.outcome = 'not-required';
    expect(() => api.toRecord(stored)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['result', 'fingerprint'], code: 'fingerprint-mismatch' })] }));
  });
});

describe('explainRecord refuses a record it cannot stand behind', () => {
  const seriousIncident = { childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' };
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof api.SafeguardingInputError) return error.issues;
      throw error;
    }
    throw new Error('not refused');
  };

  it('an edited input or outcome: the fingerprint does not match', () => {
    const record = json(api.toRecord(api.assessSeriousIncident(seriousIncident)));
    (record.input as { awareOn: string }).awareOn = '2026-12-17';
    expect(issuesOf(() => api.explainRecord(record))).toEqual([expect.objectContaining({ path: ['record', 'fingerprint'], code: 'fingerprint-mismatch' })]);
  });

  it('an answer this version does not give (the rules changed, or the record was edited with its fingerprint): names each field that differs', () => {
    const record = json(api.toRecord(api.assessSeriousIncident(seriousIncident)));
    // As if older rules had fired another rule and set another due date.
    const older = { ...record, fired: [...record.fired!, 'serious-incident.retired-rule'], deadlines: [{ ...record.deadlines[0]!, due: '2026-12-24' }, ...record.deadlines.slice(1)], ruleset: { ...record.ruleset, hash: '0'.repeat(64) } };
    const issues = issuesOf(() => api.explainRecord(older));
    expect(issues.map((i) => i.path)).toEqual([
      ['record', 'fired'],
      ['record', 'deadlines'],
    ]);
    expect(issues.every((i) => i.code === 'not-reproduced' && /the rules changed/.test(i.message))).toBe(true);
    // verifyDecision lists each difference.
    expect(api.verifyDecision(older)).toMatchObject({ reproduced: false, rulesetChanged: true });
    expect(api.verifyDecision(older).differences.map((d) => d.path)).toEqual([`fired[${record.fired!.length}]`, 'deadlines[0].due', 'ruleset.hash']);
  });

  it('a record counted on another calendar, explained without it, when the calendar changes the answer', () => {
    const record = json(api.toRecord(api.assessSeriousIncident(seriousIncident, { calendar: extraHoliday })));
    expect(issuesOf(() => api.explainRecord(record))[0]).toMatchObject({ path: ['record', 'deadlines'], code: 'not-reproduced', message: expect.stringMatching(/another calendar/) });
    expect(api.explainRecord(record, { calendar: extraHoliday }).deadlines[0]!.due).toBe('2026-12-30');
  });

  it('what is not a record, with the library error', () => {
    const record = json(api.toRecord(api.classifyNeed({ indicators: [] })));
    for (const bad of [null, [], 'x', {}, { ...record, recordVersion: 2 }, { ...record, decision: 'horoscope' }, { ...record, fingerprint: 'abc' }, { ...record, ruleset: { ...record.ruleset, hash: 'x' } }, { ...record, extra: 1 }]) {
      expect(() => api.explainRecord(bad), JSON.stringify(bad)?.slice(0, 80)).toThrow(api.SafeguardingInputError);
    }
  });
});

describe('verification within the documented input limits (F11)', () => {
  const record = json(api.toRecord(api.classifyNeed({ indicators: [] })));
  const result = json(api.classifyNeed({ indicators: [] }));
  const cases: [string, (stored: Record<string, unknown>) => void][] = [
    [`a list of ${inputLimits.listLength + 5_000} entries`, (s) => ((s.input as Record<string, unknown>).indicators = Array.from({ length: inputLimits.listLength + 5_000 }, () => 'x'))],
    [`an object of ${inputLimits.objectKeys + 100} keys`, (s) => ((s.input as Record<string, unknown>).extra = Object.fromEntries(Array.from({ length: inputLimits.objectKeys + 100 }, (_, i) => [`k${i}`, i])))],
    [`${inputLimits.values * 9} values`, (s) => ((s.input as Record<string, unknown>).extra = Array.from({ length: 90 }, () => Array.from({ length: inputLimits.listLength }, () => 1)))],
  ];
  it.each(cases)('refuses a record or a result with %s', (_name, enlarge) => {
    for (const stored of [structuredClone(record), structuredClone(result)] as unknown as Record<string, unknown>[]) {
      enlarge(stored);
      expect(() => api.verifyDecision(stored)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'too-long' })] }));
      if ('recordVersion' in stored) expect(() => api.explainRecord(stored)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'too-long' })] }));
    }
  });

  it('still verifies the largest result the library gives (a 2,000-event timeline)', () => {
    const events = [
      { type: 'strategy-discussion-s47-initiated', date: '2013-01-02' },
      { type: 'initial-conference-held', date: '2013-01-10' },
      ...Array.from({ length: inputLimits.timelineEvents - 2 }, (_, i) => ({ type: 'review-conference-held', date: addCalendarDays('2013-01-11', i) })),
    ];
    const stored = json(api.statutoryTimeline({ asOf: '2028-01-01', events } as never));
    expect(api.verifyDecision(stored).reproduced).toBe(true);
    expect(api.verifyDecision(json(api.toRecord(stored))).reproduced).toBe(true);
  });
});
