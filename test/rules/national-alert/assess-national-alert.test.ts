import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessNationalAlert } from '../../../src/rules/national-alert/index.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { timescales } from '../../../src/rules/timescales/registry.js';
import { missingChildOnPlan } from '../../../src/rules/national-alert/rules/example-cases.js';
import { answerOrInputError } from '../../support/answer-or-input-error.js';

/** The rule examples' base case: a child on a plan, family missing four weeks, every threshold met. */
const onPlan = missingChildOnPlan;

const HEAD_OF_SERVICE = 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement';

describe('assessNationalAlert: issuing an alert', () => {
  it('advises an alert with the sign-off chain in order, then the follow-up dates', async () => {
    const result = await assessNationalAlert({ ...onPlan });
    expect(result.outcome).toBe('issue-alert');
    expect(result.eligibility).toEqual({ status: 'eligible', routes: ['national-alert.eligibility.child-protection-plan'], exceptional: false });
    expect(result.unmetThresholds).toEqual([]);
    expect(result.missingFacts).toEqual([]);
    expect(result.decidedBy).toBe(HEAD_OF_SERVICE);
    expect(result.actions.map((a) => [a.id, a.role])).toEqual([
      ['national-alert.action.1-complete-template', 'Social Worker'],
      ['national-alert.action.2-quality-assure', 'Service Manager'],
      ['national-alert.action.3-approve', HEAD_OF_SERVICE],
      ['national-alert.action.4-cascade', HEAD_OF_SERVICE],
      ['national-alert.action.5-inform-family-safeguarding', HEAD_OF_SERVICE],
      ['national-alert.action.found-notification', 'Service Manager'],
      ['national-alert.action.reissue-every-six-months', 'Service Manager'],
      ['national-alert.action.deletion-if-no-follow-up', 'Other Local Authority Lead Officers for Child Protection'],
      ['national-alert.action.need-to-know-for-missing-child', 'Social Worker'],
    ]);
    expect(result.actions[3]!.description).toMatch(/Management Information/);
    expect(result.actions[3]!.description).toMatch(/custodian to custodian/);
    // The Need to Know notification for a child on a plan missing from home, with the answers to pass.
    expect(result.actions.at(-1)!.passesTo).toEqual({
      decision: 'need-to-know',
      function: 'assessNeedToKnow',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childMissing: true, missingMoreThan24Hours: true },
    });
    expect(result.actions[4]!.description).toMatch(/Family Safeguarding Service Manager/);
    const reissue = result.actions.find((a) => a.id === 'national-alert.action.reissue-every-six-months')!;
    expect(reissue.description).toContain('2026-02-02'); // the original missing date
    expect(reissue).toMatchObject({ deadlineId: 'national-alert.reissue' });
    // The alert is not issued yet: its clocks start on a day not yet known, so nothing is dated on an assumed day.
    expect(reissue.due).toBeUndefined();
    expect(result.deadlines.map((d) => [d.id, d.status, d.due])).toEqual([
      ['national-alert.reissue', 'not-yet-triggered', undefined],
      ['national-alert.deletion-by-other-authorities', 'not-yet-triggered', undefined],
    ]);
    expect(result.deadlines[0]!.explanation).toMatch(/^Starts when the alert is issued; the first re-issue of the alert is then due within 6 months\./);
    // Three weeks are long past: no earliest date is given.
    expect(result.earliestAlertOn).toBeUndefined();
  });

  it('counts re-issue and deletion from the latest follow-up once the alert has been issued, and puts each re-issue through the sign-off chain again', async () => {
    const result = await assessNationalAlert({ ...onPlan, asOf: '2026-10-01', alertIssuedOn: '2026-03-02', lastFollowUpOn: '2026-08-31', childLocated: false, planEndedSinceAlert: false });
    expect(result.outcome).toBe('keep-alert');
    expect(result.actions.map((a) => [a.id, a.role])).toEqual([
      ['national-alert.action.found-notification', 'Service Manager'],
      ['national-alert.action.reissue-every-six-months', 'Service Manager'],
      ['national-alert.action.reissue-1-complete-template', 'Social Worker'],
      ['national-alert.action.reissue-2-quality-assure', 'Service Manager'],
      ['national-alert.action.reissue-3-approve', HEAD_OF_SERVICE],
      ['national-alert.action.reissue-4-cascade', HEAD_OF_SERVICE],
      ['national-alert.action.reissue-5-inform-family-safeguarding', HEAD_OF_SERVICE],
      ['national-alert.action.deletion-if-no-follow-up', 'Other Local Authority Lead Officers for Child Protection'],
      ['national-alert.action.need-to-know-for-missing-child', 'Social Worker'],
    ]);
    // The re-issue is re-tested against the thresholds, which it names.
    expect(result.actions.find((a) => a.id === 'national-alert.action.reissue-2-quality-assure')!.description).toMatch(/re-test it against the notification thresholds/);
    expect(result.actions.find((a) => a.id === 'national-alert.action.reissue-3-approve')).toMatchObject({ due: '2027-02-28' });
    // 31 August + 6 months is clamped to 28 February.
    expect(result.deadlines.find((d) => d.id === 'national-alert.reissue')!.due).toBe('2027-02-28');
    expect(result.deadlines.find((d) => d.id === 'national-alert.deletion-by-other-authorities')!.due).toBe('2027-08-31');
    expect(result.deadlines.map((d) => d.countedFrom)).toEqual(['lastFollowUpOn', 'lastFollowUpOn']);
  });

  it('says when the re-issue is overdue and when other authorities may already have deleted the alert', async () => {
    const description = (result: { actions: { id: string; description: string }[] }, id: string) => result.actions.find((a) => a.id === id)!.description;
    const stillMissing = { ...onPlan, alertIssuedOn: '2026-03-02', childLocated: false, planEndedSinceAlert: false };
    // Issued 2026-03-02: re-issue due 2026-09-02, deletion 2027-03-02.
    const onTime = await assessNationalAlert({ ...stillMissing, asOf: '2026-09-02' });
    expect(description(onTime, 'national-alert.action.reissue-every-six-months')).not.toMatch(/overdue/);
    expect(description(onTime, 'national-alert.action.deletion-if-no-follow-up')).not.toMatch(/has passed/);
    expect(onTime.deadlines.map((d) => d.status)).toEqual(['due', 'due']);
    const late = await assessNationalAlert({ ...stillMissing, anyFollowUpSent: false, asOf: '2026-09-03' });
    expect(description(late, 'national-alert.action.reissue-every-six-months')).toMatch(/the re-issue is overdue/);
    expect(late.deadlines.map((d) => [d.status, d.countedFrom])).toEqual([
      ['overdue', 'alertIssuedOn'],
      ['due', 'alertIssuedOn'],
    ]);
    expect(description(late, 'national-alert.action.deletion-if-no-follow-up')).not.toMatch(/has passed/);
    const lapsed = await assessNationalAlert({ ...stillMissing, anyFollowUpSent: false, asOf: '2027-03-03' });
    // The other authorities' deletion is theirs; Luton's re-issue is the Service Manager's, in its own action.
    const deletionStep = lapsed.actions.find((a) => a.id === 'national-alert.action.deletion-if-no-follow-up')!;
    expect(deletionStep.role).toBe('Other Local Authority Lead Officers for Child Protection');
    expect(deletionStep.description).toMatch(/may already have deleted the alert/);
    expect(deletionStep.description).not.toMatch(/re-issue it now/);
    const reissueStep = lapsed.actions.find((a) => a.id === 'national-alert.action.reissue-every-six-months')!;
    expect(reissueStep.role).toBe('Service Manager');
    expect(reissueStep.description).toMatch(/goes out as a new alert to every custodian/);
    expect(description(lapsed, 'national-alert.action.reissue-1-complete-template')).toMatch(/For the re-issue now/);
  });

  it('does not assume a re-issue was sent, or was not: once one was due, its date is asked and nothing is judged', async () => {
    const result = await assessNationalAlert({ ...onPlan, alertIssuedOn: '2026-03-02', childLocated: false, planEndedSinceAlert: false, asOf: '2026-10-01' });
    expect(result.outcome).toBe('keep-alert');
    // Neither deadline disappears: each is reported as due or overdue, with the date it would have if none was sent, and the question.
    expect(result.deadlines.map((d) => [d.id, d.status, d.status === 'due-date-unknown' && d.dueIfNoneSince, d.status === 'due-date-unknown' && d.mayBeOverdue])).toEqual([
      ['national-alert.reissue', 'due-date-unknown', '2026-09-02', true],
      ['national-alert.deletion-by-other-authorities', 'due-date-unknown', '2027-03-02', false],
    ]);
    expect(result.deadlines.every((d) => d.due === undefined)).toBe(true);
    expect(result.furtherQuestions.map((m) => m.fact)).toContain('lastFollowUpOn');
    const reissue = result.actions.find((a) => a.id === 'national-alert.action.reissue-every-six-months')!;
    expect(reissue.due).toBeUndefined();
    expect(reissue.description).toMatch(/Record when the latest re-issue was sent/);
    expect(result.actions.some((a) => /overdue/.test(a.description))).toBe(false);
  });

  it('marks an alert that rests only on an exceptional route', async () => {
    const result = await assessNationalAlert({
      ...onPlan,
      childProtectionPlan: false,
      inCare: true,
      careOrder: true,
      abductedByRiskyAdult: true,
    });
    expect(result.outcome).toBe('issue-alert');
    expect(result.eligibility).toMatchObject({ routes: ['national-alert.eligibility.exceptional-care-order-abduction'], exceptional: true });
  });
});

describe('assessNationalAlert: not yet', () => {
  it('gives the earliest date the three-week threshold is met (21 calendar days) when that is all that is missing', async () => {
    const result = await assessNationalAlert({ ...onPlan, missingSince: '2026-02-20' });
    expect(result.outcome).toBe('not-yet');
    expect(result.unmetThresholds).toEqual(['national-alert.threshold.three-weeks']);
    expect(result.earliestAlertOn).toBe('2026-03-13');
    // An earliest date, not a deadline: never in `deadlines`, never an action's `due`.
    const reassess = result.actions.find((a) => a.id === 'national-alert.action.reassess-after-three-weeks')!;
    expect(reassess).toMatchObject({ earliestOn: '2026-03-13', role: 'Social Worker' });
    expect(reassess).not.toHaveProperty('due');
    expect(reassess).not.toHaveProperty('deadlineId');
    expect(result.deadlines).toEqual([]);
  });

  it('is met on the 21st day, not the 20th', async () => {
    expect((await assessNationalAlert({ ...onPlan, asOf: '2026-03-12', missingSince: '2026-02-20' })).outcome).toBe('not-yet');
    expect((await assessNationalAlert({ ...onPlan, asOf: '2026-03-13', missingSince: '2026-02-20' })).outcome).toBe('issue-alert');
  });

  it('lists every unmet threshold, with what to do', async () => {
    const result = await assessNationalAlert({
      ...onPlan,
      temporaryAbsenceExcluded: false,
      keyAgenciesContacted: false,
      missingSince: '2026-02-25',
    });
    expect(result.outcome).toBe('not-yet');
    expect(result.unmetThresholds).toEqual([
      'national-alert.threshold.temporary-absence-excluded',
      'national-alert.threshold.reasonable-attempts',
      'national-alert.threshold.three-weeks',
    ]);
    expect(result.actions.map((a) => a.id)).toEqual([
      'national-alert.action.meet-temporary-absence-excluded',
      'national-alert.action.meet-reasonable-attempts',
      'national-alert.action.reassess-after-three-weeks',
      'national-alert.action.need-to-know-for-missing-child',
    ]);
    // Three weeks are not the only thing left, yet their date is given: the earliest day an alert may be issued, not a deadline.
    expect(result.earliestAlertOn).toBe('2026-03-18');
    const reassess = result.actions.find((a) => a.id === 'national-alert.action.reassess-after-three-weeks')!;
    expect(reassess.due).toBeUndefined();
    expect(reassess.earliestOn).toBe('2026-03-18');
    expect(reassess.description).toMatch(/three weeks will have passed on 2026-03-18, the earliest day an alert may be issued/);
    expect(reassess.description).toMatch(/if the other thresholds are met by that day/);
    expect(result.deadlines).toEqual([]);
  });

  it('says a family known to be in a locality is not really missing, not "not yet", and to contact that authority', async () => {
    const result = await assessNationalAlert({ ...onPlan, knownLocality: true, temporaryAbsenceExcluded: false });
    expect(result.outcome).toBe('not-really-missing');
    expect(result.alertPossible).toBe(false);
    expect(result.actions.map((a) => a.id)).toEqual(['national-alert.action.contact-locality-authority', 'national-alert.action.need-to-know-for-missing-child']);
    const notMissing = await assessNationalAlert({ ...onPlan, familyMissing: false });
    expect(notMissing.outcome).toBe('not-really-missing');
    expect(notMissing.actions.map((a) => a.id)).toEqual(['national-alert.action.family-not-missing']);
  });

  it('still says "not yet" when an unmet threshold is known and others are open, and keeps the open thresholds as further questions', async () => {
    const { missingSince: _missingSince, ...undated } = onPlan;
    const result = await assessNationalAlert({ ...undated, policeChecked: false, temporaryAbsenceExcluded: undefined });
    expect(result.outcome).toBe('not-yet');
    expect(result.missingFacts).toEqual([]);
    expect(result.furtherQuestions.map((m) => m.fact).sort()).toEqual(['missingSince', 'temporaryAbsenceExcluded']);
    expect(result.earliestAlertOn).toBeUndefined();
  });
});

describe('assessNationalAlert: eligibility', () => {
  it('does not ask whether an unborn baby is in care or seeking asylum', async () => {
    const { inCare: _inCare, unaccompaniedAsylumSeeker: _uasc, ...unborn } = onPlan;
    const result = await assessNationalAlert({ ...unborn, subject: 'unborn-child' });
    expect(result.outcome).toBe('issue-alert');
    expect(result.eligibility.routes).toEqual(['national-alert.eligibility.child-protection-plan']);
    expect(result.missingFacts).toEqual([]);
    // Nor of a born child on a plan: the plan route stands whatever the care or asylum status (the recorded reading).
    const born = await assessNationalAlert({ ...unborn, subject: 'child' });
    expect(born.outcome).toBe('issue-alert');
    expect(born.missingFacts).toEqual([]);
    expect(born.interpretations.map((i) => i.id)).toContain('national-alert.interpretation.plan-route-whatever-care-status');
  });

  it('is not eligible for a vulnerable adult, whatever else is known', async () => {
    const result = await assessNationalAlert({ ...onPlan, subject: 'vulnerable-adult' });
    expect(result.outcome).toBe('not-eligible');
    expect(result.deadlines).toEqual([]);
    expect(result.missingFacts).toEqual([]);
    expect(result.actions.map((a) => a.id)).toEqual(['national-alert.action.not-a-missing-person-process']);
  });

  it('is not eligible for an unaccompanied asylum-seeking child with no plan and no exceptional route; on a plan, the plan route stands', async () => {
    const onAPlan = await assessNationalAlert({ ...onPlan, unaccompaniedAsylumSeeker: true });
    expect(onAPlan.outcome).toBe('issue-alert');
    const result = await assessNationalAlert({
      ...onPlan,
      childProtectionPlan: false,
      unaccompaniedAsylumSeeker: true,
      disappearedAroundSection47: false,
      careOrder: false,
      accommodatedAfterProtectionConcerns: false,
    });
    expect(result.outcome).toBe('not-eligible');
  });

  it('needs the exceptional questions answered before saying a child in care is not eligible', async () => {
    const result = await assessNationalAlert({ ...onPlan, childProtectionPlan: false, inCare: true });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toEqual(
      expect.arrayContaining(['disappearedAroundSection47', 'careOrder', 'accommodatedAfterProtectionConcerns']),
    );
  });

  it('reports an unknown missing date as the input field missingSince', async () => {
    const { missingSince: _missingSince, ...undated } = onPlan;
    const result = await assessNationalAlert({ ...undated });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts).toEqual([
      expect.objectContaining({ fact: 'missingSince', neededBy: ['national-alert.threshold.three-weeks'] }),
    ]);
  });
});

describe('assessNationalAlert: timescales and bad input', () => {
  it('registers its three timescales with citations', () => {
    const ids = timescales.filter((t) => t.id.startsWith('national-alert.')).map((t) => [t.id, t.amount, t.unit]);
    expect(ids).toEqual([
      ['national-alert.three-week-threshold', 3, 'weeks'],
      ['national-alert.reissue', 6, 'months'],
      ['national-alert.deletion-by-other-authorities', 12, 'months'],
    ]);
  });

  async function issuesOf(input: unknown) {
    try {
      await assessNationalAlert(input as never);
    } catch (error) {
      expect(error).toBeInstanceOf(SafeguardingInputError);
      return (error as SafeguardingInputError).issues;
    }
    throw new Error('expected a SafeguardingInputError');
  }

  it('names bad fields', async () => {
    const issues = await issuesOf({ asOf: '2026-13-01', subject: 'teenager', familyMissing: 'yes', comment: 'x' });
    expect(issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['input.asOf', 'input.subject', 'input.familyMissing', 'input']));
  });

  it('blames the date a re-issue or deletion is counted from when it would fall after the year 9999', async () => {
    // An alert advised on the last day: its clocks have not started, so no date is counted and nothing overflows.
    const advised = await assessNationalAlert({ ...onPlan, asOf: '9999-12-31', missingSince: '9999-11-01' });
    expect(advised.deadlines.map((d) => d.status)).toEqual(['not-yet-triggered', 'not-yet-triggered']);
    const followUp = await issuesOf({ ...onPlan, asOf: '9999-12-31', missingSince: '9999-01-01', alertIssuedOn: '9999-02-01', lastFollowUpOn: '9999-08-01', childLocated: false, planEndedSinceAlert: false });
    expect(followUp.map((i) => i.path)).toEqual([['input', 'lastFollowUpOn']]);
  });

  it('rejects dates in an impossible order', async () => {
    const issues = await issuesOf({ ...onPlan, missingSince: '2026-03-03' });
    expect(issues).toEqual([expect.objectContaining({ path: ['input', 'asOf'], code: 'date-order' })]);
    const alert = await issuesOf({ ...onPlan, alertIssuedOn: '2026-01-01' });
    expect(alert[0]!.message).toMatch(/^input.alertIssuedOn: 2026-01-01 is before missingSince/);
    const followUp = await issuesOf({ ...onPlan, lastFollowUpOn: '2026-02-20' });
    expect(followUp[0]!.path).toEqual(['input', 'alertIssuedOn']);
  });
});

describe('assessNationalAlert: properties', () => {
  const bool = fc.option(fc.boolean(), { nil: undefined });
  const day = fc.integer({ min: 0, max: 2000 });
  const base = Date.UTC(2024, 0, 1);
  const iso = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
  /** Mostly the fully-met case's answer, sometimes any answer: keeps alerts common enough to test. */
  const near = (value: boolean) => fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: bool, weight: 1 });
  const randomAnswers = {
    subject: fc.option(fc.constantFrom('child', 'unborn-child', 'vulnerable-adult'), { nil: undefined }),
    childProtectionPlan: bool,
    inCare: bool,
    unaccompaniedAsylumSeeker: bool,
    familyMissing: bool,
    knownLocality: bool,
    temporaryAbsenceExcluded: bool,
    policeChecked: bool,
    keyAgenciesContacted: bool,
  };
  const nearAlertAnswers = {
    subject: fc.oneof({ arbitrary: fc.constant('child'), weight: 4 }, { arbitrary: randomAnswers.subject, weight: 1 }),
    childProtectionPlan: near(true),
    inCare: near(false),
    unaccompaniedAsylumSeeker: near(false),
    familyMissing: near(true),
    knownLocality: near(false),
    temporaryAbsenceExcluded: near(true),
    policeChecked: near(true),
    keyAgenciesContacted: near(true),
  };
  const caseArb = fc
    .record({
      answers: fc.oneof(fc.record(randomAnswers), fc.record(nearAlertAnswers)),
      disappearedAroundSection47: bool,
      designatedOfficerConsidersDanger: bool,
      careOrder: bool,
      abductedByRiskyAdult: bool,
      accommodatedAfterProtectionConcerns: bool,
      removedWithoutNoticeByRiskyAdult: bool,
      missing: fc.option(day, { nil: undefined }),
      elapsed: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 18, max: 23 })), // often near the threshold
    })
    .map(({ answers, missing, elapsed, ...exceptional }) => {
      const input: Record<string, unknown> = { ...answers, ...exceptional };
      for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
      input.asOf = iso((missing ?? 0) + elapsed);
      if (missing !== undefined) input.missingSince = iso(missing);
      return input;
    });

  it('never advises an alert before three weeks have passed since the family went missing', async () => {
    let alerts = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (input) => {
        const result = await assessNationalAlert(input as never);
        if (result.outcome !== 'issue-alert') return;
        alerts++;
        expect(input.missingSince).toBeDefined();
        const days = (Date.parse(input.asOf as string) - Date.parse(input.missingSince as string)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(21);
        expect(result.earliestAlertOn).toBeUndefined();
      }),
      { numRuns: 400 },
    );
    expect(alerts, 'the generated cases include alerts').toBeGreaterThan(10);
  });

  it('an all-met eligible case becomes an alert exactly on day 21', async () => {
    await fc.assert(
      fc.asyncProperty(day, fc.integer({ min: 0, max: 60 }), async (missing, elapsed) => {
        const result = await assessNationalAlert({ ...onPlan, missingSince: iso(missing), asOf: iso(missing + elapsed) });
        expect(result.outcome).toBe(elapsed >= 21 ? 'issue-alert' : 'not-yet');
        expect(result.earliestAlertOn).toBe(elapsed >= 21 ? undefined : iso(missing + 21));
      }),
      { numRuns: 200 },
    );
  });

  const unmetThreshold: Record<string, unknown>[] = [
    { familyMissing: false },
    { knownLocality: true },
    { temporaryAbsenceExcluded: false },
    { policeChecked: false },
    { keyAgenciesContacted: false },
  ];

  it('a known unmet threshold prevents an alert for any child, whatever the eligibility answers; a vulnerable adult stays "not eligible"', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.constantFrom(...unmetThreshold), async (input, unmet) => {
        const after = await assessNationalAlert({ ...input, ...unmet } as never);
        const merged = { ...input, ...unmet };
        const notReallyMissing = merged.familyMissing === false || merged.knownLocality === true;
        const reallyMissing = merged.familyMissing === true && merged.knownLocality === false;
        if (input.subject === 'vulnerable-adult') expect(after.outcome).toBe('not-eligible');
        else if (input.subject === undefined) {
          expect(after.missingFacts.map((m) => m.fact)).toContain('subject');
          expect(after.missingFacts.map((m) => m.fact).every((f) => ['subject', 'familyMissing', 'knownLocality'].includes(f))).toBe(true);
        } else if (notReallyMissing) expect(after.outcome).toBe('not-really-missing');
        else if (reallyMissing) expect(after.outcome).toBe('not-yet');
        // Whether it is "not yet" or "not really missing" waits on the family's whereabouts.
        else expect(after.missingFacts.map((m) => m.fact).every((f) => f === 'familyMissing' || f === 'knownLocality')).toBe(true);
        expect(after.alertPossible).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  const answerable = [...Object.keys(randomAnswers), 'disappearedAroundSection47', 'designatedOfficerConsidersDanger', 'careOrder', 'abductedByRiskyAdult', 'accommodatedAfterProtectionConcerns', 'removedWithoutNoticeByRiskyAdult'];
  const completed = (input: Record<string, unknown>) =>
    fc.record(Object.fromEntries(answerable.filter((k) => input[k] === undefined).map((k) => [k, k === 'subject' ? fc.constantFrom('child', 'unborn-child', 'vulnerable-adult') : fc.boolean()]))).map((answers) => ({ ...input, ...answers }));

  it('a decided result keeps its deadlines, actions and alertPossible whatever the unanswered questions turn out to be', () => {
    let decided = 0;
    fc.assert(
      fc.property(caseArb.chain((input) => fc.tuple(fc.constant(input), completed(input))), ([input, complete]) => {
        const before = assessNationalAlert(input as never);
        if (before.outcome === 'insufficient-information') return;
        decided++;
        const after = assessNationalAlert(complete as never);
        expect(after.outcome).toBe(before.outcome);
        expect(after.alertPossible).toBe(before.alertPossible);
        expect(after.deadlines).toEqual(expect.arrayContaining(before.deadlines));
        expect(after.actions.map((a) => a.id)).toEqual(expect.arrayContaining(before.actions.map((a) => a.id)));
      }),
      { numRuns: 400 },
    );
    expect(decided, 'the generated cases include decided ones').toBeGreaterThan(50);
  });

  it('an unmet threshold always prevents an alert', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.constantFrom(...unmetThreshold), async (input, unmet) => {
        const result = await assessNationalAlert({ ...input, ...unmet } as never);
        expect(result.outcome).not.toBe('issue-alert');
        if (result.outcome !== 'not-eligible') expect(result.unmetThresholds.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assessNationalAlert: any input at all', () => {
  /** Real keys with wrong, odd or borderline values, so the schema's every branch is hit. */
  const nearMiss = fc.record(
    {
      asOf: fc.oneof(fc.constantFrom('2026-03-02', '2026-02-30', '9999-12-31', '0000-01-01', '2026-3-2'), fc.anything()),
      subject: fc.oneof(fc.constantFrom('child', 'unborn-child', 'vulnerable-adult', 'teenager'), fc.anything()),
      missingSince: fc.oneof(fc.constantFrom('2026-02-02', '9999-11-01', '0000-01-01', '2027-01-01'), fc.anything()),
      alertIssuedOn: fc.oneof(fc.constantFrom('2026-02-24', '2026-04-31'), fc.anything()),
      lastFollowUpOn: fc.oneof(fc.constantFrom('2026-02-28', '9999-12-31'), fc.anything()),
      childProtectionPlan: fc.oneof(fc.boolean(), fc.anything()),
      inCare: fc.boolean(),
      unaccompaniedAsylumSeeker: fc.boolean(),
      familyMissing: fc.oneof(fc.boolean(), fc.constantFrom('yes', 0, null)),
      knownLocality: fc.boolean(),
      temporaryAbsenceExcluded: fc.boolean(),
      policeChecked: fc.boolean(),
      keyAgenciesContacted: fc.boolean(),
      comment: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('answers or throws SafeguardingInputError with a path and a message, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearMiss), async (input) => {
        const result = await answerOrInputError(() => assessNationalAlert(input as never), 'input');
        if (result === undefined) return;
        expect(['issue-alert', 'not-yet', 'not-eligible', 'keep-alert', 'end-alert', 'insufficient-information']).toContain(result.outcome);
      }),
      { numRuns: 300 },
    );
  });
});
