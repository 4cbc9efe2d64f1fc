/**
 * National alerts v2: an alert already issued is followed up without
 * re-answering eligibility, a threshold known to be unmet decides before eligibility,
 * the three-week date is given only when it is the one thing left, and the
 * questions say which answer blocks an alert.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { assessNationalAlert } from '../../../src/rules/national-alert/index.js';
import { nationalAlertQuestions } from '../../../src/rules/national-alert/facts.js';
import { NationalAlertInputSchema } from '../../../src/schemas/index.js';

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

describe('assessNationalAlert: a threshold known unmet decides before eligibility', () => {
  const located = { asOf, subject: 'child', familyMissing: true, knownLocality: true } as const;
  const interpretation = 'national-alert.interpretation.thresholds-before-eligibility';

  it('gives "not yet" for a child whose family is known to be in a locality, with eligibility unanswered', () => {
    const result = assessNationalAlert({ ...located });
    expect(result.outcome).toBe('not-yet');
    expect(result.missingFacts).toEqual([]);
    // Who the child is can still add advice, so it is asked, but not as a missing fact.
    expect(result.furtherQuestions.map((m) => m.fact)).toContain('childProtectionPlan');
    expect(result.alertPossible).toBe(false);
    expect(result.unmetThresholds).toEqual(['national-alert.threshold.really-missing']);
    expect(ids(result.actions)).toEqual(['national-alert.action.meet-really-missing']);
    expect(result.deadlines).toEqual([]);
    expect(result.earliestAlertOn).toBeUndefined();
    expect(ids(result.interpretations)).toContain(interpretation);
  });

  it('stays "not yet" whatever the eligibility answers turn out to be', () => {
    const answers = [
      { childProtectionPlan: true, inCare: false, unaccompaniedAsylumSeeker: false },
      { childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false },
      { childProtectionPlan: true, inCare: true, careOrder: true, abductedByRiskyAdult: true },
    ];
    const before = assessNationalAlert({ ...located });
    for (const answer of answers) {
      const after = assessNationalAlert({ ...located, ...answer });
      expect(after.outcome, JSON.stringify(answer)).toBe('not-yet');
      // An answer only adds to a decided result: no action or deadline is taken back.
      expect(ids(after.actions)).toEqual(expect.arrayContaining(ids(before.actions)));
      expect(after.deadlines).toEqual(before.deadlines);
    }
  });

  it('is "not yet" even for a child known not to be eligible, and then says the alerts are not the process to use', () => {
    const ineligible = { childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false };
    const othersMet = { temporaryAbsenceExcluded: true, policeChecked: true, keyAgenciesContacted: true, missingSince: '2026-08-01' };
    const result = assessNationalAlert({ ...located, ...ineligible, ...othersMet });
    expect(result.outcome).toBe('not-yet');
    expect(result.eligibility.status).toBe('not-eligible');
    // The reasons hold both: the unmet threshold and the closed routes.
    const status = (id: string) => result.reasons.find((r) => r.ruleId === id)!.status;
    expect(status('national-alert.threshold.really-missing')).toBe('not-fired');
    expect(status('national-alert.eligibility.child-protection-plan')).toBe('not-fired');
    // Finding the family is still worth doing; the alerts are not the process to use.
    expect(ids(result.actions)).toEqual(['national-alert.action.not-a-missing-person-process', 'national-alert.action.meet-really-missing']);
    expect(result.furtherQuestions).toEqual([]);
    expect(ids(result.interpretations)).toContain(interpretation);
    // Finding that the family is really missing leaves only the eligibility: not eligible.
    expect(result.counterfactuals).toEqual(
      expect.arrayContaining([expect.objectContaining({ fact: 'knownLocality', alternative: false, outcome: 'not-eligible' })]),
    );
  });

  it('asks only who the alert is about when that is unanswered: a vulnerable adult is "not eligible", not "not yet"', () => {
    const result = assessNationalAlert({ asOf, familyMissing: true, knownLocality: true });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toEqual(['subject']);
    expect(result.alertPossible).toBe(false);
    expect(ids(result.actions)).toEqual(['national-alert.action.answer-missing-questions', 'national-alert.action.meet-really-missing']);
    expect(result.actions[0]!.description).toMatch(/No national alert can be issued on what is already known/);
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: true, subject: 'vulnerable-adult' }).outcome).toBe('not-eligible');
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: true, subject: 'unborn-child' }).outcome).toBe('not-yet');
  });

  it('waits for the thresholds before saying an ineligible child is "not eligible", and says meanwhile that no alert is possible', () => {
    const result = assessNationalAlert({ asOf, subject: 'child', childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.eligibility.status).toBe('not-eligible');
    expect(result.missingFacts.map((m) => m.fact).sort()).toEqual(
      ['familyMissing', 'keyAgenciesContacted', 'knownLocality', 'missingSince', 'policeChecked', 'temporaryAbsenceExcluded'].sort(),
    );
    expect(result.alertPossible).toBe(false);
    expect(ids(result.actions)).toEqual(['national-alert.action.answer-missing-questions', 'national-alert.action.not-a-missing-person-process']);
  });

  it('says "not eligible" for a vulnerable adult at once, and asks nothing more', () => {
    const result = assessNationalAlert({ asOf, subject: 'vulnerable-adult' });
    expect(result.outcome).toBe('not-eligible');
    expect(result.missingFacts).toEqual([]);
    expect(result.furtherQuestions).toEqual([]);
    expect(result.alertPossible).toBe(false);
    expect(ids(result.interpretations)).toContain(interpretation);
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
    // A zod/mini schema has no `.description`: its description is in zod's global registry.
    const description = z.globalRegistry.get(NationalAlertInputSchema.shape.missingSince)!.description!;
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
