/**
 * The worked example on docs/calendar.md of how the library's statuses
 * relate to the children in need census validation queries that count the
 * reference date as working day 1 (rules 8670Q and 8675Q), with every date
 * computed by the library. test/calendar/census-counting.test.ts checks the
 * rows and the rule the page states.
 */
import { addWorkingDays, isWorkingDay, nextWorkingDay } from '../../src/calendar/index.js';
import { statutoryTimeline } from '../../src/index.js';
import type { TimelineEventType } from '../../src/index.js';

/** A census validation query that counts N working days back from the reference date, the reference date being day 1. */
export interface CensusQuery {
  /** The query's number, e.g. `8670Q`. */
  rule: string;
  /** What it checks, in words. */
  what: string;
  /** The census field the query counts from. */
  countsFrom: string;
  /** N. */
  workingDays: number;
  /** The timeline event that starts the library's clock, and the timescale it starts. */
  event: TimelineEventType;
  timescaleId: string;
}

export const censusQueries: readonly CensusQuery[] = [
  {
    rule: '8670Q',
    what: 'an assessment not yet authorised that started more than 45 working days before the reference date',
    countsFrom: 'AssessmentActualStartDate',
    workingDays: 45,
    event: 'referral-received',
    timescaleId: 'referral-and-assessment.assessment-complete',
  },
  {
    rule: '8675Q',
    what: 'section 47 enquiries with no initial conference that started more than 15 working days before the reference date',
    countsFrom: 'S47ActualStartDate',
    workingDays: 15,
    event: 'strategy-discussion-s47-initiated',
    timescaleId: 'child-protection.initial-conference',
  },
];

/** The reference date of the 2026–27 census. */
export const censusReferenceDate = '2027-03-31';

/**
 * The earliest start the query does not flag: the reference date minus N
 * working days with the reference date counted as day 1, which is
 * `addWorkingDays(ref, -(N - 1))` in the library's terms.
 */
export function censusThreshold(ref: string, workingDays: number): string {
  return addWorkingDays(ref, -(workingDays - 1));
}

/** Whether the query flags work started on `start` and still not done on `ref`. */
export function censusFlags(ref: string, start: string, workingDays: number): boolean {
  return start < censusThreshold(ref, workingDays);
}

/**
 * The rule the page states: the query flags open work exactly when the
 * library's due date is on or before the first working day on or after the
 * reference date, one working day's worth of due dates more than the
 * library's `overdue` (a due date before the reference date).
 */
export function firstWorkingDayFrom(ref: string): string {
  return isWorkingDay(ref) ? ref : nextWorkingDay(ref);
}

export interface CensusExampleRow {
  query: CensusQuery;
  /** The day the work started: day 0 for the library. */
  start: string;
  /** The library's due date. */
  due: string;
  /** The library's status on the reference date, and its day counts. */
  status: string;
  dueToday?: boolean;
  workingDaysRemaining?: number;
  workingDaysOverdue?: number;
  /** Whether the query flags it. */
  flagged: boolean;
}

/** For each query, work started N+1, N and N-1 working days before the reference date and still open on it, judged by the library and by the query. */
export function censusExampleRows(ref: string = censusReferenceDate): CensusExampleRow[] {
  const rows: CensusExampleRow[] = [];
  for (const query of censusQueries) {
    for (const back of [query.workingDays + 1, query.workingDays, query.workingDays - 1]) {
      const start = addWorkingDays(ref, -back);
      const timeline = statutoryTimeline({ asOf: ref, events: [{ type: query.event, date: start }] });
      const row = timeline.episodes[0]!.deadlines.find((d) => d.id === query.timescaleId)!;
      if (row.status !== 'due' && row.status !== 'overdue') throw new Error(`${query.rule}: expected an open deadline, got ${row.status}`);
      rows.push({
        query,
        start,
        due: row.due,
        status: row.status,
        ...(row.status === 'due' ? { dueToday: row.dueToday, workingDaysRemaining: row.workingDaysRemaining } : { workingDaysOverdue: row.workingDaysOverdue }),
        flagged: censusFlags(ref, start, query.workingDays),
      });
    }
  }
  return rows;
}
