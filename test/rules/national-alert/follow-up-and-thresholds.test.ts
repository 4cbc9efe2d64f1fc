/**
 * National alerts v2: an alert already issued is followed up without
 * re-answering eligibility, a threshold known to be unmet decides on its own,
 * the three-week date is given only when it is the one thing left, and the
 * questions say which answer blocks an alert.
 */
import { describe, expect, it } from 'vitest';
import { assessNationalAlert } from '../../../src/rules/national-alert/index.js';
import { nationalAlertQuestions } from '../../../src/rules/national-alert/facts.js';
import { NationalAlertInputSchema } from '../../../src/rules/national-alert/input-schema.js';

const asOf = '2026-09-10';
const issued = { asOf, alertIssuedOn: '2026-03-02' };
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('assessNationalAlert: an alert already issued', () => {
  it('gives the next re-issue and the deletion date from three answers, not fourteen', () => {
    const result = assessNationalAlert({ ...issued, lastFollowUpOn: '2026-09-01', familyMissing: true, knownLocality: false, planEndedSinceAlert: false });
    expect(result.outcome).toBe('keep-alert');
    expect(result.eligibility.status).toBe('not-reassessed');
    expect(result.missingFacts).toEqual([]);
    // Nothing about eligibility or the thresholds is asked again.
    expect(result.furtherQuestions).toEqual([]);
    expect(result.deadlines.map((d) => [d.id, d.trigger.date, d.due])).toEqual([
      ['national-alert.reissue', '2026-09-01', '2027-03-01'],
      ['national-alert.deletion-by-other-authorities', '2026-09-01', '2027-09-01'],
    ]);
    expect(ids(result.actions)).toEqual([
      'national-alert.action.found-notification',
      'national-alert.action.reissue-every-six-months',
      'national-alert.action.deletion-if-no-follow-up',
    ]);
  });

  it('asks only whether the child is still missing and the plan still in place, and keeps the dates meanwhile', () => {
    const result = assessNationalAlert({ ...issued });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact).sort()).toEqual(['familyMissing', 'knownLocality', 'planEndedSinceAlert']);
    expect(result.deadlines.map((d) => d.id)).toEqual(['national-alert.reissue', 'national-alert.deletion-by-other-authorities']);
    expect(ids(result.actions)).toContain('national-alert.action.reissue-every-six-months');
  });

  it('ends the alert with a "found" notification when the family is found, located or the plan ends', () => {
    for (const change of [{ familyMissing: false }, { familyMissing: true, knownLocality: true }, { planEndedSinceAlert: true }]) {
      const result = assessNationalAlert({ ...issued, ...change });
      expect(result.outcome, JSON.stringify(change)).toBe('end-alert');
      expect(ids(result.actions)).toEqual(['national-alert.action.send-found-notification']);
      expect(result.deadlines).toEqual([]);
      expect(ids(result.interpretations)).toContain('national-alert.interpretation.alert-ends-when-located-or-plan-ended');
    }
  });

  it('says what would change the outcome: finding the family ends the alert', () => {
    const result = assessNationalAlert({ ...issued, familyMissing: true, knownLocality: false, planEndedSinceAlert: false });
    expect(result.counterfactuals).toEqual(expect.arrayContaining([expect.objectContaining({ fact: 'familyMissing', alternative: false, outcome: 'end-alert' })]));
  });
});

describe('assessNationalAlert: an unmet threshold says at once that no alert is possible', () => {
  it('says so when the family is known to be in a locality, while eligibility only tells "not yet" from "not eligible"', () => {
    const result = assessNationalAlert({ asOf, familyMissing: true, knownLocality: true });
    // The outcome stays open between not-yet and not-eligible, so it is never reversed by a later answer ...
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toContain('childProtectionPlan');
    // ... but that no alert can be issued is decided now, with what to do.
    expect(result.alertPossible).toBe(false);
    expect(ids(result.actions)).toEqual([
      'national-alert.action.answer-missing-questions',
      'national-alert.action.no-alert-whatever-eligibility',
      'national-alert.action.meet-really-missing',
    ]);
    for (const answers of [{ subject: 'vulnerable-adult' as const }, { subject: 'child' as const, childProtectionPlan: true, inCare: false, unaccompaniedAsylumSeeker: false }]) {
      const completed = assessNationalAlert({ asOf, familyMissing: true, knownLocality: true, ...answers });
      expect(['not-yet', 'not-eligible'], JSON.stringify(answers)).toContain(completed.outcome);
      expect(completed.alertPossible).toBe(false);
    }
  });

  it('leaves it open while no threshold is known unmet, and says true for an alert', () => {
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: false }).alertPossible).toBe('unknown');
    expect(assessNationalAlert({ ...issued, familyMissing: true, knownLocality: false, planEndedSinceAlert: false }).alertPossible).toBe(true);
  });
});

describe('assessNationalAlert: the three-week date', () => {
  const eligible = { subject: 'child', childProtectionPlan: true, inCare: false, unaccompaniedAsylumSeeker: false } as const;
  const otherThresholds = { familyMissing: true, knownLocality: false, temporaryAbsenceExcluded: true, policeChecked: true, keyAgenciesContacted: true } as const;

  it('is given, with the missing date and the three-week date told apart, when it is the one thing left', () => {
    const result = assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, missingSince: '2026-02-25' });
    expect(result.earliestAlertOn).toBe('2026-03-18');
    expect(result.actions.find((a) => a.id === 'national-alert.action.reassess-after-three-weeks')!.description).toMatch(
      /went missing on 2026-02-25; three weeks will have passed on 2026-03-18/,
    );
  });

  it('is not given when another threshold blocks the alert, or eligibility is open', () => {
    expect(assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, knownLocality: true, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
    expect(assessNationalAlert({ asOf: '2026-03-02', ...otherThresholds, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
    expect(assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, policeChecked: undefined, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
  });
});

describe('assessNationalAlert: questions whose polarity is plain', () => {
  it('says which answer blocks an alert and which is needed', () => {
    expect(nationalAlertQuestions.knownLocality).toMatch(/Yes means they are not really missing: no alert/);
    expect(nationalAlertQuestions.temporaryAbsenceExcluded).toMatch(/Yes is needed for an alert/);
  });

  it('defines missingSince as the date last seen, not the date reported', () => {
    const description = NationalAlertInputSchema.shape.missingSince.description!;
    expect(description).toMatch(/last seen/);
    expect(description).toMatch(/not the date it was reported/);
    const result = assessNationalAlert({ asOf: '2026-03-02', missingSince: '2026-02-25', familyMissing: true, knownLocality: false });
    // The three weeks are not met, yet the count from missingSince relies on the readings.
    expect(ids(result.interpretations)).toContain('national-alert.interpretation.missing-since-last-seen');
    expect(ids(assessNationalAlert({ asOf: '2026-03-02', familyMissing: true, knownLocality: false }).interpretations)).not.toContain(
      'national-alert.interpretation.missing-since-last-seen',
    );
  });
});
