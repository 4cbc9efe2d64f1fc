/**
 * Section 47 enquiries, however they conclude, do not complete the
 * referral's 45-working-day assessment: it stays due or overdue until its
 * completion is recorded, and the result says which reading it rests on.
 */
import { describe, expect, it } from 'vitest';
import { statutoryTimeline } from '../../../src/index.js';

const enquiries = [
  { type: 'referral-received', date: '2026-11-02' },
  { type: 'referral-decision-made', date: '2026-11-02', nextStep: 'strategy-discussion' },
  { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
] as const;
const reading = 'timeline.interpretation.section-47-does-not-complete-assessment';

describe('section 47 and the assessment', () => {
  for (const [name, outcome] of [
    ['concluded with no conference', { type: 'section-47-concluded-no-conference', date: '2026-11-20' }],
    ['concluded at an initial conference', { type: 'initial-conference-held', date: '2026-11-20', planMade: false }],
  ] as const) {
    it(`${name}: the assessment is overdue until completed, with the reading`, () => {
      const open = statutoryTimeline({ asOf: '2027-03-31', events: [...enquiries, outcome] });
      const row = open.episodes[0]!.deadlines.find((d) => d.id === 'referral-and-assessment.assessment-complete')!;
      expect(row.status).toBe('overdue');
      expect(open.interpretations.map((i) => i.id)).toContain(reading);
      const done = statutoryTimeline({ asOf: '2027-03-31', events: [...enquiries, outcome, { type: 'assessment-completed', date: '2026-12-01' }] });
      expect(done.episodes[0]!.deadlines.find((d) => d.id === 'referral-and-assessment.assessment-complete')!.status).toBe('met');
      expect(done.interpretations.map((i) => i.id)).not.toContain(reading);
    });
  }
});
