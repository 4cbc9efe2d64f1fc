/**
 * Every decision and the timeline return their deadlines in the one judged
 * shape, named from the main entry: each result's deadline type is a
 * `JudgedDeadline`, a `late` one always has `doneOn`, a `not-yet-triggered`
 * one has no due date, and a misspelt status fails `tsc --strict` (checked by
 * `npm run typecheck`). The calls also run.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assessNationalAlert,
  assessNeedToKnow,
  assessSeriousIncident,
  classifyNeed,
  statutoryTimeline,
  type DeadlineStatus,
  type JudgedDeadline,
  type LateDeadline,
  type NationalAlertDeadline,
  type NeedToKnowDeadline,
  type NotYetTriggeredDeadline,
  type SeriousIncidentDeadline,
  type TimelineDeadline,
  type TimelineStatus,
} from '../../src/index.js';

describe('the one judged deadline shape', () => {
  it('each result names its deadlines as JudgedDeadlines, with the statuses of one vocabulary', () => {
    expectTypeOf<ReturnType<typeof assessSeriousIncident>['deadlines'][number]>().toEqualTypeOf<SeriousIncidentDeadline>();
    expectTypeOf<SeriousIncidentDeadline>().toMatchTypeOf<JudgedDeadline>();
    expectTypeOf<ReturnType<typeof assessNeedToKnow>['deadlines'][number]>().toEqualTypeOf<NeedToKnowDeadline>();
    expectTypeOf<NeedToKnowDeadline>().toMatchTypeOf<JudgedDeadline>();
    expectTypeOf<ReturnType<typeof assessNationalAlert>['deadlines'][number]>().toEqualTypeOf<NationalAlertDeadline>();
    expectTypeOf<NationalAlertDeadline>().toMatchTypeOf<JudgedDeadline>();
    expectTypeOf<ReturnType<typeof classifyNeed>['deadlines'][number]>().toEqualTypeOf<JudgedDeadline>();
    expectTypeOf<TimelineDeadline>().toMatchTypeOf<JudgedDeadline>();
    // Every status but the decisions' due-date-unknown (a recurring update or re-issue whose latest date is not given); the timeline dates every step it reads.
    expectTypeOf<TimelineStatus>().toEqualTypeOf<Exclude<DeadlineStatus, 'due-date-unknown'>>();
    expectTypeOf<LateDeadline['doneOn']>().toEqualTypeOf<string>();
    expectTypeOf<NotYetTriggeredDeadline['due']>().toEqualTypeOf<undefined>();
    // @ts-expect-error `done-late` is not a status (late work is `late`)
    const wrong: DeadlineStatus = 'done-late';
    expect(wrong).toBe('done-late');
  });

  it('narrowing on status gives each variant its fields', () => {
    const result = assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-01', notifiedOn: '2026-12-20', asOf: '2026-12-21' });
    const notify = result.deadlines[0]!;
    if (notify.status !== 'late') throw new Error(`expected late, got ${notify.status}`);
    expectTypeOf(notify.doneOn).toEqualTypeOf<string>();
    expect([notify.doneOn, notify.workingDaysOverdue, notify.doneOnField]).toEqual(['2026-12-20', 8, 'notifiedOn']);
    const timeline = statutoryTimeline({ asOf: '2026-12-01', events: [{ type: 'referral-received', date: '2026-11-02' }] });
    const decision = timeline.episodes[0]!.deadlines[0]!;
    if (decision.status !== 'overdue') throw new Error(`expected overdue, got ${decision.status}`);
    expectTypeOf(decision.workingDaysOverdue).toEqualTypeOf<number>();
    expect(decision.stoppedOn).toBeUndefined();
  });
});
