/**
 * A stored record typed with its decision explains to that decision's
 * result, so `explainRecord(record).deadlines` compiles for a serious
 * incident record and is refused for a case timeline (which has episodes,
 * not deadlines). Checked by `npm run typecheck`; the calls also run.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assessSeriousIncident,
  explainRecord,
  statutoryTimeline,
  toRecord,
  type CaseTimeline,
  type DecisionRecord,
  type SeriousIncidentDecision,
} from '../../src/index.js';

const incident = assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' });

describe('records keep their decision in their type', () => {
  it('toRecord of a serious incident result is a serious-incident record, and it explains to a SeriousIncidentDecision', () => {
    const record = toRecord(incident);
    expectTypeOf(record).toEqualTypeOf<DecisionRecord<'serious-incident'>>();
    expectTypeOf(explainRecord(record)).toEqualTypeOf<SeriousIncidentDecision>();
    expect(explainRecord(record).deadlines[0]?.due).toBe('2026-12-29');
  });

  it('a record read back from storage, typed with its decision, explains to that decision (the README example)', () => {
    const stored: DecisionRecord<'serious-incident'> = JSON.parse(JSON.stringify(toRecord(incident)));
    const explained = explainRecord(stored);
    expectTypeOf(explained).toEqualTypeOf<SeriousIncidentDecision>();
    expect(explained.deadlines[0]?.due).toBe('2026-12-29');
  });

  it('a timeline record explains to a CaseTimeline, which has no top-level deadlines', () => {
    const timeline: DecisionRecord<'timeline'> = JSON.parse(JSON.stringify(toRecord(statutoryTimeline({ asOf: '2026-12-18', events: [{ type: 'referral-received', date: '2026-12-01' }] }))));
    const explained = explainRecord(timeline);
    expectTypeOf(explained).toEqualTypeOf<CaseTimeline>();
    // @ts-expect-error a case timeline's deadlines are in its episodes
    expect(explained.deadlines).toBeUndefined();
  });
});
