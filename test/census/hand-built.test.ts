/**
 * The hand-built census (fixtures/hand-built-2027.xml): 34 fictional children
 * of the 2026-27 census year, judged on its ReferenceDate (Wednesday 31
 * March 2027). Every due date and status below was worked out by hand from
 * Working Together 2026 (para 167: 1 working day from the referral; para 169:
 * 45 working days from the referral; 15 working days from the strategy
 * discussion to the initial conference; the core group within 10 working
 * days; the first review within 3 months, then every 6 months) and the
 * England and Wales bank holidays (2026: 3 and 6 April, 4 and 25 May, 31
 * August, 25 and 28 December; 2027: 1 January, 26 and 29 March, 3 and 31
 * May), counting the trigger day as day 0, before the library was run on it.
 *
 * Working-day numbers used (the n-th working day from 1 April 2026): 2 Nov
 * 2026 is 149, 14 Dec 179, 24 Dec 187, 29 Dec 188, 4 Jan 2027 191, 25 Jan
 * 206, 1 Feb 211, 1 Mar 231, 25 Mar 249, 30 Mar 250, 31 Mar 251, 1 Apr 252.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeCensus, type CensusChildResult, type CensusChildProblem } from '../../src/census/index.js';

const file = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hand-built-2027.xml');

/** `episode id status due [doneOn]`, in the order the timeline lists them. */
const expected: Record<string, string[]> = {
  // A referral, its assessment authorised on the 45th working day (2 Nov + 45 = 7 Jan, over Christmas).
  HB01: ['cin-1 decide-next-steps met-inferred 2026-11-03', 'cin-1 assessment-complete met 2027-01-07 2027-01-07'],
  // No further action: the decision is known but not its day; no assessment is required.
  HB02: ['cin-1 decide-next-steps met-inferred 2026-06-17', 'cin-1 assessment-complete not-required 2026-08-18'],
  // Referral Friday 13 Nov: decision due Monday 16; assessment due 20 Jan, authorised 25 Jan: late.
  HB03: ['cin-1 decide-next-steps met-inferred 2026-11-16', 'cin-1 assessment-complete late 2027-01-20 2027-01-25'],
  // Open assessment: due 8 Mar 2027, not authorised on 31 Mar: overdue.
  HB04: ['cin-1 decide-next-steps met-inferred 2027-01-05', 'cin-1 assessment-complete overdue 2027-03-08'],
  // Referral 25 Jan 2027: the 45th working day is 31 Mar, the reference date itself: due today, not overdue.
  HB05: ['cin-1 decide-next-steps met-inferred 2027-01-26', 'cin-1 assessment-complete due 2027-03-31'],
  // A second episode after an NFA referral.
  HB06: [
    'cin-1 decide-next-steps met-inferred 2026-05-06',
    'cin-1 assessment-complete not-required 2026-07-08',
    'cin-2 decide-next-steps met-inferred 2026-09-02',
    'cin-2 assessment-complete met 2026-11-03 2026-10-20',
  ],
  // A re-referral: the first episode closed, the second's assessment still running (due 7 Apr 2027, after Easter).
  HB07: [
    'cin-1 decide-next-steps met-inferred 2026-04-15',
    'cin-1 assessment-complete met 2026-06-18 2026-06-10',
    'cin-2 decide-next-steps met-inferred 2027-02-02',
    'cin-2 assessment-complete due 2027-04-07',
  ],
  // Strategy discussion 14 Dec 2026: conference due 7 Jan 2027 (25, 28 Dec and 1 Jan skipped), held that day; plan and first review.
  HB08: [
    'cin-1 decide-next-steps met-inferred 2026-12-14',
    'cin-1 initial-conference met 2027-01-07 2027-01-07',
    'cin-1 first-core-group not-in-return 2027-01-21',
    'cin-1 assessment-complete met 2027-02-17 2027-02-12',
    'cin-1 first-review-conference met 2027-04-07 2027-03-30',
    'cin-1 subsequent-review-conference due 2027-09-30',
  ],
  // Strategy discussion Friday 19 Mar 2027: conference due 13 Apr (Good Friday and Easter Monday skipped).
  HB09: ['cin-1 decide-next-steps met-inferred 2027-03-19', 'cin-1 initial-conference due 2027-04-13', 'cin-1 assessment-complete due 2027-05-25'],
  // Section 47 enquiry that needed no conference.
  HB10: ['cin-1 decide-next-steps met-inferred 2026-10-06', 'cin-1 initial-conference not-required 2026-10-27', 'cin-1 assessment-complete met 2026-12-07 2026-11-20'],
  // Referral Friday 28 Aug (bank holiday Monday 31 Aug): conference late; plan with no review by 30 Dec.
  HB11: [
    'cin-1 decide-next-steps met-inferred 2026-09-01',
    'cin-1 initial-conference late 2026-09-22 2026-09-30',
    'cin-1 first-core-group not-in-return 2026-10-14',
    'cin-1 assessment-complete met 2026-11-02 2026-10-16',
    'cin-1 first-review-conference overdue 2026-12-30',
    'cin-1 subsequent-review-conference not-yet-triggered',
  ],
  // A plan with its reviews, ended at the second review.
  HB12: [
    'cin-1 decide-next-steps met-inferred 2026-04-21',
    'cin-1 initial-conference met 2026-05-13 2026-05-12',
    'cin-1 first-core-group not-in-return 2026-05-27',
    'cin-1 assessment-complete met 2026-06-24 2026-06-15',
    'cin-1 first-review-conference met 2026-08-12 2026-08-10',
    'cin-1 subsequent-review-conference met 2027-02-10 2027-02-05',
    'cin-1 subsequent-review-conference stopped 2027-08-05',
  ],
  // The child died during the assessment.
  HB13: ['cin-1 decide-next-steps met-inferred 2027-01-12', 'cin-1 assessment-complete stopped 2027-03-15'],
  // The child turned 18 (Saturday 20 Feb 2027) during the assessment.
  HB14: ['cin-1 decide-next-steps met-inferred 2027-01-19', 'cin-1 assessment-complete stopped 2027-03-22'],
  // The child turned 18 (10 Dec 2026) on a plan: the next review is stopped. The plan is never ended in the return, so
  // the review around the birthday that should end it (Working Together, "Discontinuing the child protection plan":
  // "the local authority should have a review around the child's birthday") is overdue from the birthday.
  HB15: [
    'cin-1 decide-next-steps met-inferred 2026-06-02',
    'cin-1 initial-conference met 2026-06-23 2026-06-19',
    'cin-1 first-core-group not-in-return 2026-07-03',
    'cin-1 assessment-complete met 2026-08-03 2026-07-20',
    'cin-1 first-review-conference met 2026-09-19 2026-09-15',
    'cin-1 review-around-18th-birthday overdue 2026-12-10',
    'cin-1 subsequent-review-conference stopped 2027-03-15',
  ],
  // An unborn child on a plan: no birthday, conference on its due date.
  HB16: [
    'cin-1 decide-next-steps met-inferred 2027-02-09',
    'cin-1 initial-conference met 2027-03-02 2027-03-02',
    'cin-1 first-core-group not-in-return 2027-03-16',
    'cin-1 assessment-complete due 2027-04-14',
    'cin-1 first-review-conference due 2027-06-02',
    'cin-1 subsequent-review-conference not-yet-triggered',
  ],
  // A referral from before the census year: its assessment may predate the return.
  HB17: ['cin-1 decide-next-steps met-inferred 2025-09-02', 'cin-1 assessment-complete not-in-return 2025-11-03'],
  // A plan from before the census year: its conference is not in the return, so no plan clocks (reviews in the Department's measure).
  HB18: ['cin-1 decide-next-steps met-inferred 2025-06-03', 'cin-1 assessment-complete not-in-return 2025-08-04'],
  // A review held late (due 20 Jan 2027, held 28 Jan).
  HB19: [
    'cin-1 decide-next-steps met-inferred 2026-04-08',
    'cin-1 initial-conference met 2026-04-29 2026-04-24',
    'cin-1 first-core-group not-in-return 2026-05-11',
    'cin-1 assessment-complete met 2026-06-11 2026-06-05',
    'cin-1 first-review-conference met 2026-07-24 2026-07-20',
    'cin-1 subsequent-review-conference late 2027-01-20 2027-01-28',
    'cin-1 subsequent-review-conference due 2027-07-28',
  ],
  // The plan starts the Monday after its conference (census validation 2885): its clocks run from the conference.
  HB20: [
    'cin-1 decide-next-steps met-inferred 2026-10-13',
    'cin-1 initial-conference met 2026-11-03 2026-10-30',
    'cin-1 first-core-group not-in-return 2026-11-13',
    'cin-1 assessment-complete met 2026-12-14 2026-12-01',
    'cin-1 first-review-conference overdue 2027-01-30',
    'cin-1 subsequent-review-conference not-yet-triggered',
  ],
  // The episode closed before the assessment was due.
  HB21: ['cin-1 decide-next-steps met-inferred 2026-07-07', 'cin-1 assessment-complete stopped 2026-09-08'],
  // The child died (Sunday 20 Dec 2026) on a plan.
  HB22: [
    'cin-1 decide-next-steps met-inferred 2026-10-20',
    'cin-1 initial-conference met 2026-11-10 2026-11-06',
    'cin-1 first-core-group not-in-return 2026-11-20',
    'cin-1 assessment-complete met 2026-12-21 2026-12-03',
    'cin-1 first-review-conference stopped 2027-02-06',
  ],
  // NFA on Christmas Eve: the decision was due 29 Dec.
  HB23: ['cin-1 decide-next-steps met-inferred 2026-12-29', 'cin-1 assessment-complete not-required 2027-03-02'],
  // A referral on Saturday 26 Dec: Thursday 24 Dec's count applies, assessment due 2 Mar, authorised that day.
  HB24: ['cin-1 decide-next-steps met-inferred 2026-12-29', 'cin-1 assessment-complete met 2027-03-02 2027-03-02'],
  // A referral on Good Friday 2027.
  HB25: ['cin-1 decide-next-steps met-inferred 2027-03-30', 'cin-1 initial-conference due 2027-04-20', 'cin-1 assessment-complete due 2027-06-02'],
  // Two assessments in one episode: the first authorised one concludes the referral's assessment.
  HB26: ['cin-1 decide-next-steps met-inferred 2026-09-15', 'cin-1 assessment-complete met 2026-11-16 2026-10-30'],
  // A referral the day before the reference date, nothing recorded yet: the decision is due today.
  HB29: ['cin-1 decide-next-steps due 2027-03-31', 'cin-1 assessment-complete due 2027-06-03'],
  // A referral on 1 Mar 2027 with no step recorded after it: the decision is overdue.
  HB30: ['cin-1 decide-next-steps overdue 2027-03-02', 'cin-1 assessment-complete due 2027-05-06'],
  // The conference recorded in CINdetails (not in Section47), one working day late.
  HB31: [
    'cin-1 decide-next-steps met-inferred 2026-11-24',
    'cin-1 initial-conference late 2026-12-15 2026-12-16',
    'cin-1 first-core-group not-in-return 2027-01-04',
    'cin-1 assessment-complete met 2027-01-28 2027-01-20',
    'cin-1 first-review-conference met 2027-03-16 2027-03-10',
    'cin-1 subsequent-review-conference due 2027-09-10',
  ],
  // An assessment started and authorised on the day of the referral (the first day of the census year).
  HB32: ['cin-1 decide-next-steps met-inferred 2026-04-02', 'cin-1 assessment-complete met 2026-06-09 2026-04-01'],
  // Closed and re-referred the same day: the closure stops only its own episode.
  HB33: [
    'cin-1 decide-next-steps met-inferred 2026-05-19',
    'cin-1 assessment-complete met 2026-07-21 2026-06-30',
    'cin-2 decide-next-steps met-inferred 2026-07-16',
    'cin-2 assessment-complete overdue 2026-09-17',
  ],
  // A conference that made no plan.
  HB34: [
    'cin-1 decide-next-steps met-inferred 2026-06-09',
    'cin-1 initial-conference met 2026-06-30 2026-06-26',
    'cin-1 first-core-group not-required 2026-07-10',
    'cin-1 assessment-complete met 2026-08-10 2026-07-31',
    'cin-1 first-review-conference not-required 2026-09-26',
  ],
};

async function judgeFixture() {
  const run = judgeCensus(readFileSync(file, 'utf8'));
  const children: (CensusChildResult | CensusChildProblem)[] = [];
  for await (const child of run) children.push(child.ok ? child.result : child);
  return { children, summary: run.summary() };
}

const short = (id: string) => id.replace(/^(referral-and-assessment|child-protection)\./, '');

describe('the hand-built census', async () => {
  const { children, summary } = await judgeFixture();
  const judged = children.filter((c): c is CensusChildResult => !('ok' in c));

  it('holds 34 children; 32 judged, 2 refused with their problems', () => {
    expect(children).toHaveLength(34);
    expect(judged).toHaveLength(32);
    expect(summary.census).toMatchObject({ children: 34, judged: 32, notJudged: [27, 28], referenceDate: '2027-03-31', asOf: '2027-03-31', censusYear: { from: '2026-04-01', to: '2027-03-31' } });
  });

  it('gives every status worked out by hand', () => {
    const got = Object.fromEntries(
      judged.map((c) => [c.LAchildID, c.deadlines.map((d) => [d.episode, short(d.id), d.status, d.due, d.doneOn].filter((x) => x !== undefined).join(' '))]),
    );
    expect(got).toEqual(expected);
  });

  it('refuses the child with a date that is not real and the one without ReferralNFA, by position, without the value', () => {
    const problems = children.filter((c): c is CensusChildProblem => 'ok' in c && c.ok === false);
    expect(problems.map((p) => [p.child, p.problems.map((i) => i.code)])).toEqual([
      [27, ['invalid-date']],
      [28, ['required']],
    ]);
    expect(problems[0]!.problems[0]!.message).toMatch(/^line \d+, column \d+: the 27th child, its 1st CINdetails: CINreferralDate is not a real date/);
    expect(JSON.stringify(problems)).not.toContain('2026-13-01');
    expect(JSON.stringify(problems)).not.toContain('HB27');
  });

  it("puts the Department's measures beside the judgement: query 8670Q flags HB05 only when the reference date counts as working day 1", () => {
    const hb05 = judged.find((c) => c.LAchildID === 'HB05')!;
    expect(hb05.departmentMeasures).toEqual([
      { measure: 'dfe.assessment-duration', episode: 'cin-1', assessment: 1, startDate: '2027-01-25', open: true, workingDays: 45, query: { code: '8670Q', flagged: true, flaggedCountingFromDay0: false } },
    ]);
    const q = summary.departmentMeasures.assessmentDuration.query8670Q;
    const ids = (refs: { LAchildID?: string }[]) => refs.map((r) => r.LAchildID);
    // Open assessments started before 26 Jan 2027 (day 1 count) or 25 Jan (day 0): HB04, HB13, HB14, HB21, HB33 (and HB05 on the day-1 count).
    expect(ids(q.flagged)).toEqual(['HB04', 'HB05', 'HB13', 'HB14', 'HB21', 'HB33']);
    expect(ids(q.flaggedCountingFromDay0)).toEqual(['HB04', 'HB13', 'HB14', 'HB21', 'HB33']);
    // HB03: started 16 Nov 2026 (159), authorised 25 Jan 2027 (206): 47 working days. HB24: 29 Dec (188) to 2 Mar (232): 44.
    const duration = (id: string) => judged.find((c) => c.LAchildID === id)!.departmentMeasures.find((m) => m.measure === 'dfe.assessment-duration');
    expect(duration('HB03')).toMatchObject({ workingDays: 47, band: '46-50', within45: false });
    expect(duration('HB24')).toMatchObject({ workingDays: 44, band: '41-45', within45: true });
    expect(duration('HB32')).toMatchObject({ workingDays: 0, band: 'same-day', within45: true });
  });

  it('compares the conference and reviews the Department way: HB08 15 working days, HB11 21; HB18 reviews from a plan before the year', () => {
    const m = (id: string, kind: string) => judged.find((c) => c.LAchildID === id)!.departmentMeasures.filter((x) => x.measure === kind);
    expect(m('HB08', 'dfe.section-47-to-initial-conference')).toEqual([
      expect.objectContaining({ startDate: '2026-12-14', conferenceDate: '2027-01-07', workingDays: 15, band: '11-15', within15: true, target: '2027-01-07', targetInReturn: '2027-01-06' }),
    ]);
    expect(m('HB11', 'dfe.section-47-to-initial-conference')[0]).toMatchObject({ workingDays: 21, band: '21+', within15: false });
    expect(m('HB18', 'dfe.child-protection-reviews')).toEqual([
      {
        measure: 'dfe.child-protection-reviews',
        episode: 'cin-1',
        plan: 1,
        startDate: '2025-07-10',
        reviews: [{ date: '2026-04-08' }, { date: '2026-10-05', due: '2026-10-08', onTime: true }, { date: '2027-03-25', due: '2027-04-05', onTime: true }],
        startedBeforeCensusYear: true,
        nextReviewDue: '2027-09-25',
        nextReviewOverdue: false,
        allOnTime: true,
      },
    ]);
    expect(m('HB19', 'dfe.child-protection-reviews')[0]).toMatchObject({ reviews: [{ date: '2026-07-20', due: '2026-07-24', onTime: true }, { date: '2027-01-28', due: '2027-01-20', onTime: false }], allOnTime: false });
  });

  it('warns where the return is inconsistent, naming the census field', () => {
    const codes = (id: string) => judged.find((c) => c.LAchildID === id)!.warnings.map((w) => w.code);
    expect(codes('HB08')).toContain('census.warning.conference-target-differs');
    expect(codes('HB18')).toContain('census.warning.plan-conference-not-in-return');
    expect(codes('HB20')).toContain('census.warning.plan-start-differs-from-conference');
    expect(codes('HB03')).toContain('timeline.warning.assessment-delay-reason-missing');
    // No reason for delay is asked for where the return cannot show the assessment at all.
    expect(codes('HB17')).not.toContain('timeline.warning.assessment-delay-reason-missing');
    const hb08 = judged.find((c) => c.LAchildID === 'HB08')!;
    expect(hb08.warnings.find((w) => w.code === 'census.warning.conference-target-differs')!.facts).toEqual(['CINdetails[1]/Section47[1]/InitialCPCtarget']);
  });

  it('counts the summary from the same statuses', () => {
    const t = (id: string) => summary.timescales.find((s) => s.id === id)!;
    expect(t('referral-and-assessment.assessment-complete').counts).toMatchObject({ overdue: 2, late: 1, due: 7, met: 17, 'not-required': 3, stopped: 3, 'not-in-return': 2 });
    expect(t('referral-and-assessment.assessment-complete').children.overdue).toEqual([
      { child: 4, LAchildID: 'HB04', episode: 'cin-1' },
      { child: 33, LAchildID: 'HB33', episode: 'cin-2' },
    ]);
    expect(t('child-protection.first-review-conference').counts).toMatchObject({ overdue: 2, due: 1, met: 5, 'not-required': 1, stopped: 1 });
  });
});
