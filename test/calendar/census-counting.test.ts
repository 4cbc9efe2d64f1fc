/**
 * docs/calendar.md's worked example of the library's statuses against the
 * census validation queries that count the reference date as working day 1:
 * the rows it prints, and the rule it states, checked on the library's own
 * timeline over generated reference dates and starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/add-calendar-days.js';
import { statutoryTimeline } from '../../src/index.js';
import { censusExampleRows, censusFlags, censusQueries, firstWorkingDayFrom } from '../../scripts/docs/census-counting.js';

function judgedOn(ref: string, start: string, query: (typeof censusQueries)[number]) {
  const row = statutoryTimeline({ asOf: ref, events: [{ type: query.event, date: start }] }).episodes[0]!.deadlines.find((d) => d.id === query.timescaleId)!;
  if (row.status !== 'due' && row.status !== 'overdue') throw new Error(`expected an open deadline, got ${row.status}`);
  return row;
}

describe('the census worked example (docs/calendar.md)', () => {
  it('prints, for 31 March 2027, the day the two counts differ: due today for the library, flagged by the query', () => {
    const rows = censusExampleRows('2027-03-31').map((r) => [r.query.rule, r.start, r.due, r.status, r.dueToday ?? null, r.flagged]);
    expect(rows).toEqual([
      ['8670Q', '2027-01-22', '2027-03-30', 'overdue', null, true],
      ['8670Q', '2027-01-25', '2027-03-31', 'due', true, true],
      ['8670Q', '2027-01-26', '2027-04-01', 'due', false, false],
      ['8675Q', '2027-03-05', '2027-03-30', 'overdue', null, true],
      ['8675Q', '2027-03-08', '2027-03-31', 'due', true, true],
      ['8675Q', '2027-03-09', '2027-04-01', 'due', false, false],
    ]);
  });

  it('agrees with the published disagreement: an assessment started Sunday 29 January 2023 is flagged on 31 March 2023, due that day for the library', () => {
    const [assessment] = censusQueries;
    expect(censusFlags('2023-03-31', '2023-01-29', 45)).toBe(true);
    expect(judgedOn('2023-03-31', '2023-01-29', assessment!)).toMatchObject({ status: 'due', due: '2023-03-31', dueToday: true });
  });

  it('the rule it states: the query flags open work exactly when the library calls it overdue, or due on the first working day on or after the reference date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...censusQueries), fc.integer({ min: 0, max: 365 * 6 }), fc.integer({ min: 1, max: 90 }), (query, r, back) => {
        const ref = addCalendarDays('2022-01-01', r);
        const start = addCalendarDays(ref, -back);
        const row = judgedOn(ref, start, query);
        const flagged = censusFlags(ref, start, query.workingDays);
        expect(flagged, `${query.rule} ${start} -> ${ref}`).toBe(row.status === 'overdue' || row.due <= firstWorkingDayFrom(ref));
        // Whatever the library calls overdue, the query flags.
        if (row.status === 'overdue') expect(flagged).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
