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
  const stillMissing = { ...issued, subject: 'child', childLocated: false, knownLocality: false, planEndedSinceAlert: false } as const;

  it('gives the next re-issue, through the sign-off chain again, and the deletion date, without asking eligibility again', () => {
    const result = assessNationalAlert({ ...stillMissing, lastFollowUpOn: '2026-09-01', missingSince: '2026-02-02' });
    expect(result.outcome).toBe('keep-alert');
    expect(result.eligibility.status).toBe('not-reassessed');
    expect(result.missingFacts).toEqual([]);
    // Eligibility is not asked again; the re-test of the thresholds for the re-issue is.
    expect(result.furtherQuestions.map((m) => m.fact).sort()).toEqual(['keyAgenciesContacted', 'policeChecked', 'temporaryAbsenceExcluded']);
    expect(result.deadlines.map((d) => [d.id, d.trigger.date, d.due])).toEqual([
      ['national-alert.reissue', '2026-09-01', '2027-03-01'],
      ['national-alert.deletion-by-other-authorities', '2026-09-01', '2027-09-01'],
    ]);
    expect(ids(result.actions)).toEqual([
      'national-alert.action.found-notification',
      'national-alert.action.reissue-every-six-months',
      'national-alert.action.reissue-1-complete-template',
      'national-alert.action.reissue-2-quality-assure',
      'national-alert.action.reissue-3-approve',
      'national-alert.action.reissue-4-cascade',
      'national-alert.action.reissue-5-inform-family-safeguarding',
      'national-alert.action.deletion-if-no-follow-up',
      'national-alert.action.need-to-know-for-missing-child',
    ]);
    expect(ids(result.interpretations)).toEqual(
      expect.arrayContaining([
        'national-alert.interpretation.reissue-is-a-new-notification',
        'national-alert.interpretation.deletion-from-latest-notification',
        'national-alert.interpretation.located-means-seen-or-address-confirmed',
      ]),
    );
  });

  it('asks whether the child is located, the locality known and the plan in place, and keeps the dates meanwhile', () => {
    const result = assessNationalAlert({ ...issued, subject: 'child', anyFollowUpSent: false });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact).sort()).toEqual(['childLocated', 'knownLocality', 'planEndedSinceAlert']);
    expect(result.deadlines.map((d) => d.id)).toEqual(['national-alert.reissue', 'national-alert.deletion-by-other-authorities']);
    expect(ids(result.actions)).toContain('national-alert.action.reissue-every-six-months');
    expect(result.actions[0]!.description).toMatch(/whether the alert already issued stays current/);
    expect(result.actions[0]!.description).not.toMatch(/whether a national alert should be issued/);
  });

  it('ends the alert with a "found" notification only when the child is located', () => {
    const result = assessNationalAlert({ ...issued, subject: 'child', childLocated: true });
    expect(result.outcome).toBe('end-alert');
    expect(ids(result.actions)).toEqual(['national-alert.action.send-found-notification', 'national-alert.action.need-to-know-resolved']);
    expect(result.deadlines).toEqual([]);
    expect(result.alertPossible).toBe(false);
  });

  it('never sends a "found" notification for a child known only to be in a locality, or whose plan ended while missing', () => {
    for (const change of [{ knownLocality: true }, { knownLocality: false, planEndedSinceAlert: true }]) {
      const result = assessNationalAlert({ ...issued, subject: 'child', childLocated: false, ...change });
      expect(result.outcome, JSON.stringify(change)).toBe('withdraw-alert');
      expect(ids(result.actions)).not.toContain('national-alert.action.send-found-notification');
      expect(result.actions.map((a) => a.description).join(' ')).toMatch(/Service Manager decides/);
      expect(ids(result.interpretations)).toContain('national-alert.interpretation.withdraw-when-no-longer-an-alert');
      // The child is still missing: the Need to Know notification keeps going while the plan may stand,
      // and a plan known to have ended is never passed on as standing.
      const handOffs = result.actions.filter((a) => a.passesTo?.decision === 'need-to-know');
      if (change.planEndedSinceAlert === true) expect(handOffs).toEqual([]);
      else {
        expect(ids(result.actions)).toContain('national-alert.action.need-to-know-for-missing-child');
        expect(handOffs[0]!.passesTo!.input).toEqual({ asOf: issued.asOf, childMissing: true, missingMoreThan24Hours: true });
      }
    }
    const locality = assessNationalAlert({ ...issued, subject: 'child', childLocated: false, knownLocality: true });
    expect(ids(locality.actions)[0]).toBe('national-alert.action.contact-locality-authority');
  });

  it('prompts withdrawal of an alert on record for a vulnerable adult, whatever else is recorded', () => {
    const result = assessNationalAlert({ ...issued, subject: 'vulnerable-adult', childLocated: false, knownLocality: false, planEndedSinceAlert: false });
    expect(result.outcome).toBe('withdraw-alert');
    expect(result.alertPossible).toBe(false);
    expect(result.deadlines).toEqual([]);
    expect(ids(result.actions)).toEqual(['national-alert.action.withdraw-alert']);
  });

  it('has ended once the "found" notification has been sent, and never starts the first alert again', () => {
    const result = assessNationalAlert({ ...issued, subject: 'child', childLocated: true, foundNotificationSentOn: '2026-09-05' });
    expect(result.outcome).toBe('alert-ended');
    expect(ids(result.actions)).toEqual(['national-alert.action.alert-ended']);
    expect(result.missingFacts).toEqual([]);
    expect(result.furtherQuestions).toEqual([]);
  });

  it('says what would change the outcome: locating the child ends the alert', () => {
    const result = assessNationalAlert({ ...stillMissing, anyFollowUpSent: false });
    expect(result.counterfactuals).toEqual(expect.arrayContaining([expect.objectContaining({ fact: 'childLocated', alternative: true, outcome: 'end-alert' })]));
  });

  it('refuses contradictions about the follow-up', () => {
    const error = (input: object) => {
      try {
        assessNationalAlert(input as never);
      } catch (e) {
        return (e as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
      }
      return [];
    };
    expect(error({ ...stillMissing, anyFollowUpSent: false, lastFollowUpOn: '2026-09-01' })).toEqual(['input.anyFollowUpSent']);
    expect(error({ ...stillMissing, foundNotificationSentOn: '2026-09-01' })).toEqual(['input.childLocated']);
    expect(error({ asOf, foundNotificationSentOn: '2026-09-01' })).toEqual(['input.alertIssuedOn']);
  });
});

describe('assessNationalAlert: a threshold known unmet decides before eligibility', () => {
  const located = { asOf, subject: 'child', familyMissing: true, knownLocality: true } as const;
  const interpretation = 'national-alert.interpretation.thresholds-before-eligibility';

  it('gives "not really missing" for a child whose family is known to be in a locality, with eligibility unanswered', () => {
    const result = assessNationalAlert({ ...located });
    expect(result.outcome).toBe('not-really-missing');
    expect(result.missingFacts).toEqual([]);
    // Who the child is can still add advice, so it is asked, but not as a missing fact.
    expect(result.furtherQuestions.map((m) => m.fact)).toContain('childProtectionPlan');
    expect(result.alertPossible).toBe(false);
    expect(result.unmetThresholds).toEqual(['national-alert.threshold.really-missing']);
    expect(ids(result.actions)).toEqual(['national-alert.action.contact-locality-authority']);
    expect(result.deadlines).toEqual([]);
    expect(result.earliestAlertOn).toBeUndefined();
    expect(ids(result.interpretations)).toContain(interpretation);
  });

  it('stays "not really missing" whatever the eligibility answers turn out to be', () => {
    const answers = [
      { childProtectionPlan: true, inCare: false, unaccompaniedAsylumSeeker: false },
      { childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false },
      { childProtectionPlan: true, inCare: true, careOrder: true, abductedByRiskyAdult: true },
    ];
    const before = assessNationalAlert({ ...located });
    for (const answer of answers) {
      const after = assessNationalAlert({ ...located, ...answer });
      expect(after.outcome, JSON.stringify(answer)).toBe('not-really-missing');
      // An answer only adds to a decided result: no action or deadline is taken back.
      expect(ids(after.actions)).toEqual(expect.arrayContaining(ids(before.actions)));
      expect(after.deadlines).toEqual(before.deadlines);
    }
  });

  it('is "not yet" even for a child known not to be eligible, and then says the alerts are not the process to use', () => {
    const ineligible = { childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false };
    const result = assessNationalAlert({ asOf, subject: 'child', familyMissing: true, knownLocality: false, ...ineligible, temporaryAbsenceExcluded: false, policeChecked: true, keyAgenciesContacted: true, missingSince: '2026-08-01' });
    expect(result.outcome).toBe('not-yet');
    expect(result.eligibility.status).toBe('not-eligible');
    const status = (id: string) => result.reasons.find((r) => r.ruleId === id)!.status;
    expect(status('national-alert.threshold.temporary-absence-excluded')).toBe('not-fired');
    expect(status('national-alert.eligibility.child-protection-plan')).toBe('not-fired');
    expect(ids(result.actions)).toEqual(['national-alert.action.not-a-missing-person-process', 'national-alert.action.meet-temporary-absence-excluded']);
    expect(result.furtherQuestions).toEqual([]);
    expect(ids(result.interpretations)).toContain(interpretation);
    expect(result.counterfactuals).toEqual(
      expect.arrayContaining([expect.objectContaining({ fact: 'temporaryAbsenceExcluded', alternative: true, outcome: 'not-eligible' })]),
    );
  });

  it('asks who the alert is about when that is unanswered: a vulnerable adult is "not eligible", not "not really missing"', () => {
    const result = assessNationalAlert({ asOf, familyMissing: true, knownLocality: true });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toEqual(['subject']);
    expect(result.alertPossible).toBe(false);
    expect(ids(result.actions)).toEqual(['national-alert.action.answer-missing-questions', 'national-alert.action.contact-locality-authority']);
    expect(result.actions[0]!.description).toMatch(/No national alert can be issued on what is already known/);
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: true, subject: 'vulnerable-adult' }).outcome).toBe('not-eligible');
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: true, subject: 'unborn-child' }).outcome).toBe('not-really-missing');
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

  it('leaves it open while no threshold is known unmet, and says true for an alert kept current', () => {
    expect(assessNationalAlert({ asOf, familyMissing: true, knownLocality: false }).alertPossible).toBe('unknown');
    expect(assessNationalAlert({ ...issued, subject: 'child', childLocated: false, knownLocality: false, planEndedSinceAlert: false }).alertPossible).toBe(true);
  });

  it('shows no counterfactual turning a born child into an unborn one', () => {
    const result = assessNationalAlert({ asOf, subject: 'child', childProtectionPlan: false, inCare: true, ...{ familyMissing: true, knownLocality: false, temporaryAbsenceExcluded: true, policeChecked: true, keyAgenciesContacted: true, missingSince: '2026-08-01' }, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false });
    expect(result.outcome).toBe('not-eligible');
    expect(result.counterfactuals.filter((c) => c.fact === 'subject')).toEqual([]);
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

  it('is given too when another threshold is open or unmet, or eligibility is open: it is the earliest day, not a promise', () => {
    expect(assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, policeChecked: false, missingSince: '2026-02-25' }).earliestAlertOn).toBe('2026-03-18');
    expect(assessNationalAlert({ asOf: '2026-03-02', ...otherThresholds, missingSince: '2026-02-25' }).earliestAlertOn).toBe('2026-03-18');
    expect(assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, policeChecked: undefined, missingSince: '2026-02-25' }).earliestAlertOn).toBe('2026-03-18');
  });

  it('is not given where no alert can follow: a family not really missing, a child known not to be eligible, or a vulnerable adult', () => {
    expect(assessNationalAlert({ asOf: '2026-03-02', ...eligible, ...otherThresholds, knownLocality: true, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
    const ineligible = { subject: 'child', childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false } as const;
    expect(assessNationalAlert({ asOf: '2026-03-02', ...ineligible, ...otherThresholds, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
    expect(assessNationalAlert({ asOf: '2026-03-02', subject: 'vulnerable-adult', ...otherThresholds, missingSince: '2026-02-25' }).earliestAlertOn).toBeUndefined();
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
