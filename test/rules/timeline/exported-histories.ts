/**
 * Case histories as case systems export them: duplicated rows, several
 * events on one day, re-referrals, repeated strategy discussions, events
 * after a death or an 18th birthday, and the missing-child and child-death
 * timescales. Each is a real pattern of extract, with the rows and warnings
 * the timeline gives. `exported-histories.test.ts` runs every one, and
 * `npm run docs` prints them on docs/timeline.md, so the page cannot drift
 * from what the library does.
 */
import type { StatutoryTimelineInput } from '../../../src/rules/timeline/input-types.js';

/** One expected row: the timescale (without its area prefix where unambiguous), its episode when not `default`, trigger date, status and due date. */
export type ExpectedRow = string;

export interface ExportedHistory {
  /** Short id, used as the heading anchor. */
  id: string;
  /** What the extract holds, in a sentence. */
  title: string;
  /** What the timeline does with it, and why (the source, the reading). */
  reading: string;
  input: StatutoryTimelineInput;
  expect: {
    /** Every row but those not yet triggered, in order: `timescale-id [episode] trigger status due`. */
    rows: ExpectedRow[];
    /** The warning codes, in order. */
    warnings: string[];
    /** Interpretations the result must list (others may be listed too). */
    interpretations?: string[];
  };
}

const referral = (date: string, episode?: string) => ({ type: 'referral-received' as const, date, ...(episode ? { episode } : {}) });
const decision = (date: string, nextStep: 'assessment' | 'strategy-discussion' | 'early-help' | 'no-further-action', episode?: string) => ({
  type: 'referral-decision-made' as const,
  date,
  nextStep,
  ...(episode ? { episode } : {}),
});

export const exportedHistories: ExportedHistory[] = [
  {
    id: 'referral-exported-twice',
    title: 'A referral exported twice (two identical rows).',
    reading:
      'Identical rows record one event: one referral, one decision and one assessment are due, both met, and a warning names both rows (interpretation timeline.interpretation.identical-rows-are-one-event).',
    input: {
      asOf: '2027-02-15',
      events: [referral('2026-11-02'), referral('2026-11-02'), decision('2026-11-03', 'assessment'), { type: 'assessment-completed', date: '2026-12-01' }],
    },
    expect: {
      rows: ['referral-and-assessment.decide-next-steps 2026-11-02 met 2026-11-03', 'referral-and-assessment.assessment-complete 2026-11-02 met 2027-01-07'],
      warnings: ['timeline.warning.duplicate-event'],
      interpretations: ['timeline.interpretation.identical-rows-are-one-event'],
    },
  },
  {
    id: 'two-referrers-same-day',
    title: 'A school and the police both refer the child on the same day, recorded in one episode.',
    reading:
      'Two referrals on one day in one episode are one referral: one decision on next steps and one assessment answer both. Separate referrals belong in separate episodes; the warning says so.',
    input: {
      asOf: '2027-02-15',
      events: [referral('2026-11-16'), referral('2026-11-16'), decision('2026-11-17', 'assessment'), { type: 'assessment-completed', date: '2027-01-10' }],
    },
    expect: {
      rows: ['referral-and-assessment.decide-next-steps 2026-11-16 met 2026-11-17', 'referral-and-assessment.assessment-complete 2026-11-16 met 2027-01-21'],
      warnings: ['timeline.warning.duplicate-event'],
    },
  },
  {
    id: 'strategy-discussion-exported-twice',
    title: 'A strategy discussion exported twice, and the conference exported twice.',
    reading: 'Each pair of identical rows is one event: one initial conference is due, met, and the plan starts once.',
    input: {
      asOf: '2026-11-25',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
        { type: 'initial-conference-held', date: '2026-11-20' },
        { type: 'initial-conference-held', date: '2026-11-20' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-11-02 met 2026-11-23',
        'child-protection.first-core-group 2026-11-20 due 2026-12-04',
        'child-protection.first-review-conference 2026-11-20 due 2027-02-20',
      ],
      warnings: ['timeline.warning.duplicate-event', 'timeline.warning.duplicate-event'],
    },
  },
  {
    id: 'one-day-in-any-order',
    title: 'A strategy discussion, the initial conference and the first core group all on one day, exported in reverse order.',
    reading:
      'Events of one day are read in a fixed order (a strategy discussion before its conference, the conference before its core group), whatever the order of the rows (timeline.interpretation.same-day-order).',
    input: {
      asOf: '2026-11-20',
      events: [
        { type: 'core-group-meeting-held', date: '2026-11-02' },
        { type: 'initial-conference-held', date: '2026-11-02' },
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
      ],
    },
    expect: {
      rows: [
        'child-protection.first-core-group 2026-11-02 met 2026-11-16',
        'child-protection.initial-conference 2026-11-02 met 2026-11-23',
        'child-protection.first-review-conference 2026-11-02 due 2027-02-02',
      ],
      warnings: [],
      interpretations: ['timeline.interpretation.same-day-order'],
    },
  },
  {
    id: 'closed-and-re-referred-same-day',
    title: 'A case closed and a new referral received on the same day, in one episode.',
    reading:
      "The closure ends what was open before it; the new referral's clocks start after it and keep running. Its assessment, never completed, is overdue, not stopped (timeline.interpretation.same-day-order).",
    input: {
      asOf: '2027-03-01',
      events: [
        referral('2026-10-01'),
        decision('2026-10-01', 'no-further-action'),
        { type: 'case-closed', date: '2026-11-16' },
        referral('2026-11-16'),
        decision('2026-11-17', 'assessment'),
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-10-01 met 2026-10-02',
        'referral-and-assessment.decide-next-steps 2026-11-16 met 2026-11-17',
        'referral-and-assessment.assessment-complete 2026-10-01 not-required 2026-12-03',
        'referral-and-assessment.assessment-complete 2026-11-16 overdue 2027-01-21',
      ],
      warnings: ['timeline.warning.assessment-delay-reason-missing'],
      interpretations: ['timeline.interpretation.same-day-order'],
    },
  },
  {
    id: 're-referral-assessment-open',
    title: 'A re-referral while the first referral\'s assessment is open, and one assessment completed.',
    reading:
      "Each referral keeps its own clocks. The assessment completed is taken to conclude the earliest referral whose assessment is open, and a warning says which and how to name another (referralDate); the second referral's assessment stays open (timeline.interpretation.steps-matched-to-referrals).",
    input: {
      asOf: '2026-12-15',
      events: [referral('2026-09-01'), decision('2026-09-02', 'assessment'), referral('2026-10-01'), decision('2026-10-01', 'assessment'), { type: 'assessment-completed', date: '2026-10-20' }],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-09-01 met 2026-09-02',
        'referral-and-assessment.decide-next-steps 2026-10-01 met 2026-10-02',
        'referral-and-assessment.assessment-complete 2026-09-01 met 2026-11-03',
        'referral-and-assessment.assessment-complete 2026-10-01 overdue 2026-12-03',
      ],
      warnings: ['timeline.warning.assessment-matched-to-referral', 'timeline.warning.assessment-delay-reason-missing'],
      interpretations: ['timeline.interpretation.steps-matched-to-referrals'],
    },
  },
  {
    id: 're-referral-assessment-named',
    title: 'The same re-referral, the assessment naming the referral it concluded.',
    reading: 'With referralDate the assessment concludes the referral it names, and no warning about the match is needed; the first referral\'s assessment is the one still open.',
    input: {
      asOf: '2026-12-15',
      events: [
        referral('2026-09-01'),
        decision('2026-09-02', 'assessment'),
        referral('2026-10-01'),
        decision('2026-10-01', 'assessment'),
        { type: 'assessment-completed', date: '2026-10-20', referralDate: '2026-10-01' },
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-09-01 met 2026-09-02',
        'referral-and-assessment.decide-next-steps 2026-10-01 met 2026-10-02',
        'referral-and-assessment.assessment-complete 2026-09-01 overdue 2026-11-03',
        'referral-and-assessment.assessment-complete 2026-10-01 met 2026-12-03',
      ],
      warnings: ['timeline.warning.assessment-delay-reason-missing'],
    },
  },
  {
    id: 'two-referrals-one-decision',
    title: 'Two contacts a day apart, recorded as two referrals, and one decision on next steps.',
    reading:
      "A decision that names no referral is matched to the latest waiting for one: the earlier referral's one-working-day deadline is judged on its own, and here is overdue. A warning says which referral the decision was matched to and how to name another (referralDate) or record a decision for each (timeline.interpretation.steps-matched-to-referrals).",
    input: {
      asOf: '2026-12-01',
      events: [referral('2026-11-02'), referral('2026-11-03'), decision('2026-11-04', 'assessment')],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-11-02 overdue 2026-11-03',
        'referral-and-assessment.decide-next-steps 2026-11-03 met 2026-11-04',
        'referral-and-assessment.assessment-complete 2026-11-02 due 2027-01-07',
        'referral-and-assessment.assessment-complete 2026-11-03 due 2027-01-08',
      ],
      warnings: ['timeline.warning.decision-matched-to-referral'],
      interpretations: ['timeline.interpretation.steps-matched-to-referrals'],
    },
  },
  {
    id: 're-referral-two-assessments',
    title: 'A re-referral while an assessment is open, and both assessments completed.',
    reading: 'The first completion concludes the earlier referral, the second the later one: both are met, and neither is refused as a second assessment.',
    input: {
      asOf: '2026-12-15',
      events: [
        referral('2026-09-01'),
        decision('2026-09-02', 'assessment'),
        referral('2026-10-01'),
        decision('2026-10-01', 'assessment'),
        { type: 'assessment-completed', date: '2026-10-20' },
        { type: 'assessment-completed', date: '2026-10-21' },
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-09-01 met 2026-09-02',
        'referral-and-assessment.decide-next-steps 2026-10-01 met 2026-10-02',
        'referral-and-assessment.assessment-complete 2026-09-01 met 2026-11-03',
        'referral-and-assessment.assessment-complete 2026-10-01 met 2026-12-03',
      ],
      warnings: ['timeline.warning.assessment-matched-to-referral'],
    },
  },
  {
    id: 'second-initiating-strategy-discussion',
    title: 'Two strategy discussions both recorded as initiating section 47 enquiries, then the conference.',
    reading:
      'Enquiries are initiated once: the second discussion, with the enquiries still open and no new referral, is read as reconvened, and the conference is judged against the first (Working Together, Chapter 3, Section 4, "Outcome of section 47 enquiries", page 100: "the strategy discussion at which section 47 enquiries were initiated if more than one has been held"). It was 2 working days late; a warning names both discussions.',
    input: {
      asOf: '2026-12-20',
      events: [
        referral('2026-10-30'),
        decision('2026-10-30', 'strategy-discussion'),
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-12' },
        { type: 'initial-conference-held', date: '2026-11-25' },
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-10-30 met 2026-11-02',
        'child-protection.initial-conference 2026-11-02 late 2026-11-23',
        'child-protection.first-core-group 2026-11-25 overdue 2026-12-09',
        'referral-and-assessment.assessment-complete 2026-10-30 due 2027-01-06',
        'child-protection.first-review-conference 2026-11-25 due 2027-02-25',
      ],
      warnings: ['timeline.warning.second-section-47-initiation'],
      interpretations: ['timeline.interpretation.section-47-initiated-once'],
    },
  },
  {
    id: 'reconvened-strategy-discussion',
    title: 'The same case with the second discussion recorded as reconvened (strategy-discussion-held).',
    reading: 'A strategy discussion that did not initiate enquiries starts no clock: the same late conference, and nothing to warn about.',
    input: {
      asOf: '2026-12-20',
      events: [
        referral('2026-10-30'),
        decision('2026-10-30', 'strategy-discussion'),
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
        { type: 'strategy-discussion-held', date: '2026-11-12' },
        { type: 'initial-conference-held', date: '2026-11-25' },
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-10-30 met 2026-11-02',
        'child-protection.initial-conference 2026-11-02 late 2026-11-23',
        'child-protection.first-core-group 2026-11-25 overdue 2026-12-09',
        'referral-and-assessment.assessment-complete 2026-10-30 due 2027-01-06',
        'child-protection.first-review-conference 2026-11-25 due 2027-02-25',
      ],
      warnings: [],
    },
  },
  {
    id: 'booking-and-held-same-day',
    title: 'The first review conference exported twice: as booked for 10 December and as held on 10 December.',
    reading: 'A booking for a day on which the meeting is recorded as held was kept: it is not carried to the next review, and nothing warns that it was not held.',
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-09-01' },
        { type: 'initial-conference-held', date: '2026-09-18' },
        { type: 'core-group-meeting-held', date: '2026-09-25' },
        { type: 'review-conference-held', date: '2026-12-10', status: 'scheduled' },
        { type: 'review-conference-held', date: '2026-12-10' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-09-01 met 2026-09-22',
        'child-protection.first-core-group 2026-09-18 met 2026-10-02',
        'child-protection.first-review-conference 2026-09-18 met 2026-12-18',
        'child-protection.subsequent-review-conference 2026-12-10 due 2027-06-10',
      ],
      warnings: [],
    },
  },
  {
    id: 'plans-open-in-two-episodes',
    title: 'A child protection plan in one episode never recorded as ended, and a new plan made in a later episode.',
    reading:
      "A child is the subject of one plan at a time: the new plan replaces the open one, whose next review is stopped on the day the new plan was made rather than going overdue, and a warning asks for the old plan's end (timeline.interpretation.new-plan-supersedes-open-plan).",
    input: {
      asOf: '2027-07-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-09-01', episode: 'R1' },
        { type: 'initial-conference-held', date: '2026-09-18', episode: 'R1' },
        { type: 'core-group-meeting-held', date: '2026-09-25', episode: 'R1' },
        { type: 'review-conference-held', date: '2026-12-15', episode: 'R1' },
        { type: 'strategy-discussion-s47-initiated', date: '2027-01-11', episode: 'R2' },
        { type: 'initial-conference-held', date: '2027-01-29', episode: 'R2' },
        { type: 'core-group-meeting-held', date: '2027-02-05', episode: 'R2' },
        { type: 'review-conference-held', date: '2027-04-20', episode: 'R2' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference R1 2026-09-01 met 2026-09-22',
        'child-protection.first-core-group R1 2026-09-18 met 2026-10-02',
        'child-protection.first-review-conference R1 2026-09-18 met 2026-12-18',
        'child-protection.subsequent-review-conference R1 2026-12-15 stopped 2027-06-15',
        'child-protection.initial-conference R2 2027-01-11 met 2027-02-01',
        'child-protection.first-core-group R2 2027-01-29 met 2027-02-12',
        'child-protection.first-review-conference R2 2027-01-29 met 2027-04-29',
        'child-protection.subsequent-review-conference R2 2027-04-20 due 2027-10-20',
      ],
      warnings: ['timeline.warning.plan-open-in-another-episode'],
      interpretations: ['timeline.interpretation.new-plan-supersedes-open-plan'],
    },
  },
  {
    id: 'section-47-after-no-further-action',
    title: 'A referral decided "no further action", then a strategy discussion initiating section 47 enquiries on it.',
    reading:
      'Section 47 enquiries are an assessment due "no longer than 45 working days from the point of referral", so the assessment is due again from the same referral, and a warning asks whether a new referral should be recorded.',
    input: {
      asOf: '2027-02-01',
      events: [
        referral('2026-11-16'),
        decision('2026-11-16', 'no-further-action'),
        { type: 'strategy-discussion-s47-initiated', date: '2026-12-01' },
        { type: 'initial-conference-held', date: '2026-12-15' },
        { type: 'core-group-meeting-held', date: '2026-12-22' },
      ],
    },
    expect: {
      rows: [
        'referral-and-assessment.decide-next-steps 2026-11-16 met 2026-11-17',
        'child-protection.initial-conference 2026-12-01 met 2026-12-22',
        'child-protection.first-core-group 2026-12-15 met 2026-12-31',
        'referral-and-assessment.assessment-complete 2026-11-16 overdue 2027-01-21',
        'child-protection.first-review-conference 2026-12-15 due 2027-03-15',
      ],
      warnings: ['timeline.warning.section-47-after-no-further-action', 'timeline.warning.assessment-delay-reason-missing'],
      interpretations: ['timeline.interpretation.next-step-without-assessment'],
    },
  },
  {
    id: 'looked-after-mid-assessment',
    title: 'A child who becomes looked after while the assessment is open.',
    reading:
      'Becoming looked after does not stop the assessment: para 167 includes looked after children in the decision on next steps, and para 184 makes the assessment the baseline for work with the family. Never completed, it is overdue (timeline.interpretation.looked-after-ends-private-fostering).',
    input: {
      asOf: '2027-01-15',
      events: [referral('2026-09-01'), decision('2026-09-02', 'assessment'), { type: 'child-became-looked-after', date: '2026-09-20' }],
    },
    expect: {
      rows: ['referral-and-assessment.decide-next-steps 2026-09-01 met 2026-09-02', 'referral-and-assessment.assessment-complete 2026-09-01 overdue 2026-11-03'],
      warnings: ['timeline.warning.assessment-delay-reason-missing'],
    },
  },
  {
    id: 'looked-after-on-referral-day',
    title: 'A referral received on the day the child becomes looked after.',
    reading: 'The decision on next steps and the assessment are due as for any referral.',
    input: { asOf: '2026-11-17', events: [referral('2026-11-16'), { type: 'child-became-looked-after', date: '2026-11-16' }] },
    expect: {
      rows: ['referral-and-assessment.decide-next-steps 2026-11-16 due 2026-11-17', 'referral-and-assessment.assessment-complete 2026-11-16 due 2027-01-21'],
      warnings: [],
    },
  },
  {
    id: 'turns-18-on-a-plan',
    title: 'A child who turns 18 on a child protection plan that is never recorded as ended.',
    reading:
      'The plan\'s review clock stops at 18, and the review around the birthday to end the plan (Working Together, Chapter 3, Section 4, "Discontinuing the child protection plan", page 108) is due on the birthday: not recorded, it is overdue, and a warning says the plan was never ended (child-protection.interpretation.plan-ended-by-18th-birthday).',
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-09-10' },
        { type: 'initial-conference-held', date: '2026-10-01' },
        { type: 'core-group-meeting-held', date: '2026-10-12' },
        { type: 'child-turned-18', date: '2026-12-15' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-09-10 met 2026-10-01',
        'child-protection.first-core-group 2026-10-01 met 2026-10-15',
        'child-protection.review-around-18th-birthday 2026-12-15 overdue 2026-12-15',
        'child-protection.first-review-conference 2026-10-01 stopped 2027-01-01',
      ],
      warnings: ['timeline.warning.plan-open-at-18'],
      interpretations: ['child-protection.interpretation.plan-ended-by-18th-birthday'],
    },
  },
  {
    id: 'turns-18-ahead',
    title: 'The same plan judged a month before the 18th birthday, recorded in advance.',
    reading: 'The birthday may be dated after asOf: the review around it shows as due while it can still be planned, beside the first review.',
    input: {
      asOf: '2026-11-16',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-09-10' },
        { type: 'initial-conference-held', date: '2026-10-01' },
        { type: 'core-group-meeting-held', date: '2026-10-12' },
        { type: 'child-turned-18', date: '2026-12-15' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-09-10 met 2026-10-01',
        'child-protection.first-core-group 2026-10-01 met 2026-10-15',
        'child-protection.review-around-18th-birthday 2026-12-15 due 2026-12-15',
        'child-protection.first-review-conference 2026-10-01 due 2027-01-01',
      ],
      warnings: [],
    },
  },
  {
    id: 'turns-18-plan-ended-at-review',
    title: 'The plan ended at a review held on the 18th birthday.',
    reading: 'The review around the birthday is met; the first review, due after the birthday, is met by the same review.',
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-09-10' },
        { type: 'initial-conference-held', date: '2026-10-01' },
        { type: 'core-group-meeting-held', date: '2026-10-12' },
        { type: 'child-turned-18', date: '2026-12-15' },
        { type: 'review-conference-held', date: '2026-12-15' },
        { type: 'plan-ended', date: '2026-12-15' },
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-09-10 met 2026-10-01',
        'child-protection.first-core-group 2026-10-01 met 2026-10-15',
        'child-protection.review-around-18th-birthday 2026-12-15 met 2026-12-15',
        'child-protection.first-review-conference 2026-10-01 met 2027-01-01',
      ],
      warnings: [],
    },
  },
  {
    id: 'events-after-death',
    title: 'A core group four days after the child died, and a referral two months later.',
    reading:
      "Nothing starts or completes after a child's death: the core group does not meet the first core group deadline, which stopped when the child died, and the referral starts no clock. A warning names both (timeline.interpretation.childs-life-bounds-clocks).",
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-10-01' },
        { type: 'initial-conference-held', date: '2026-10-20' },
        { type: 'child-died', date: '2026-11-01' },
        { type: 'core-group-meeting-held', date: '2026-11-05' },
        referral('2027-01-05'),
      ],
    },
    expect: {
      rows: [
        'child-protection.initial-conference 2026-10-01 met 2026-10-22',
        'child-protection.first-core-group 2026-10-20 stopped 2026-11-03',
        'child-protection.first-review-conference 2026-10-20 stopped 2027-01-20',
      ],
      warnings: ['timeline.warning.event-after-death'],
      interpretations: ['timeline.interpretation.childs-life-bounds-clocks'],
    },
  },
  {
    id: 'death-recorded-twice',
    title: 'Two deaths recorded (20 November and 20 December), and an 18th birthday after the first.',
    reading: 'The first death is the death; the later rows are events after it, set aside with a warning.',
    input: {
      asOf: '2027-03-01',
      events: [
        referral('2026-11-16'),
        decision('2026-11-20', 'assessment'),
        { type: 'child-died', date: '2026-11-20' },
        { type: 'child-died', date: '2026-12-20' },
        { type: 'child-turned-18', date: '2027-01-10' },
      ],
    },
    expect: {
      rows: ['referral-and-assessment.decide-next-steps 2026-11-16 late 2026-11-17', 'referral-and-assessment.assessment-complete 2026-11-16 stopped 2027-01-21'],
      warnings: ['timeline.warning.event-after-death'],
    },
  },
  {
    id: 'referral-after-18',
    title: 'A referral recorded after the 18th birthday.',
    reading: 'A young person of 18 is not a child: no clock starts, and a warning names the referral.',
    input: { asOf: '2027-03-01', events: [{ type: 'child-turned-18', date: '2026-12-01' }, referral('2027-01-05'), decision('2027-01-06', 'assessment')] },
    expect: { rows: [], warnings: ['timeline.warning.event-after-18th-birthday'] },
  },
  {
    id: 'missing-child-need-to-know',
    title: 'A child missing from home: a Need to Know notification, then weekly updates, one sent late, until the child is found, and a closing update.',
    reading:
      "Luton's procedure asks for a weekly updated notification for a missing child: each update is due a week after the notification or the last update, and finding the child stops the clock; the closing update after the child was found starts no new week (timeline.interpretation.found-ends-missing-child-clocks).",
    input: {
      asOf: '2027-02-15',
      events: [
        { type: 'child-went-missing', date: '2027-01-04' },
        { type: 'need-to-know-missing-child-notified', date: '2027-01-05', episode: 'NTK' },
        { type: 'need-to-know-update-sent', date: '2027-01-12', episode: 'NTK' },
        { type: 'need-to-know-update-sent', date: '2027-01-21', episode: 'NTK' },
        { type: 'child-found', date: '2027-01-25' },
        { type: 'need-to-know-update-sent', date: '2027-01-26', episode: 'NTK' },
      ],
    },
    expect: {
      rows: [
        'need-to-know.missing-child-weekly-update NTK 2027-01-05 met 2027-01-12',
        'need-to-know.missing-child-weekly-update NTK 2027-01-12 late 2027-01-19',
        'need-to-know.missing-child-weekly-update NTK 2027-01-21 stopped 2027-01-28',
      ],
      warnings: [],
      interpretations: ['timeline.interpretation.found-ends-missing-child-clocks'],
    },
  },
  {
    id: 'national-alert',
    title: 'A family missing with a child on a plan: a national alert issued after 16 days, and no re-issue in eight months.',
    reading:
      "The alert may not be issued until three weeks after the family went missing (Luton's threshold, an earliest date rather than a deadline), so a warning says it was early; the re-issue was due at six months and is overdue, and the follow-up before other authorities delete the alert is due at twelve.",
    input: {
      asOf: '2027-09-01',
      events: [
        { type: 'child-went-missing', date: '2027-01-04' },
        { type: 'national-alert-issued', date: '2027-01-20', episode: 'ALERT' },
      ],
    },
    expect: {
      rows: ['national-alert.reissue ALERT 2027-01-20 overdue 2027-07-20', 'national-alert.deletion-by-other-authorities ALERT 2027-01-20 due 2028-01-20'],
      warnings: ['timeline.warning.alert-before-three-weeks'],
      interpretations: ['national-alert.interpretation.three-weeks-as-21-days'],
    },
  },
  {
    id: 'coroner-and-registrar',
    title: "After a child's death: the coroner's decision to investigate and the registration of the death.",
    reading:
      "The coroner notifies the child death review partners within three working days of deciding to investigate, and the registrar within seven days of the registration; these follow the death, so the death does not stop them.",
    input: {
      asOf: '2027-01-20',
      events: [
        { type: 'child-died', date: '2026-12-20' },
        { type: 'coroner-decided-to-investigate', date: '2026-12-22', episode: 'CDR' },
        { type: 'coroner-notified-partners', date: '2026-12-30', episode: 'CDR' },
        { type: 'death-registered', date: '2027-01-08', episode: 'CDR' },
      ],
    },
    expect: {
      rows: ['child-death-review.coroner-notification CDR 2026-12-22 late 2026-12-29', 'child-death-review.registrar-notification CDR 2027-01-08 overdue 2027-01-15'],
      warnings: [],
    },
  },
  {
    id: 'report-before-publication',
    title: 'An LCSPR: the report sent to the Panel and the Secretary of State seven working days before publication.',
    reading: 'A deadline counted back from its trigger takes no working days from it, so the row has no workingDaysTaken (never a negative count); its explanation says how many working days before publication the report went.',
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'lcspr-decided', date: '2026-08-31' },
        { type: 'lcspr-report-sent', date: '2027-02-17' },
        { type: 'lcspr-published', date: '2027-02-26' },
      ],
    },
    expect: {
      rows: ['serious-incident.report-to-panel-and-secretary-of-state 2027-02-26 met 2027-02-17', 'serious-incident.lcspr-published 2026-08-31 met 2027-02-28'],
      warnings: [],
    },
  },
  {
    id: 'publication-booked-late',
    title: 'An LCSPR whose publication is booked after the six months.',
    reading: 'The booking is of the publication: "Publication of the review is booked for …", and a warning that it is after the due date.',
    input: {
      asOf: '2027-03-01',
      events: [
        { type: 'lcspr-decided', date: '2026-08-28' },
        { type: 'lcspr-published', date: '2027-04-14', status: 'scheduled' },
      ],
    },
    expect: {
      rows: ['serious-incident.lcspr-published 2026-08-28 overdue 2027-02-28', 'serious-incident.report-to-panel-and-secretary-of-state 2027-04-14 due 2027-04-05'],
      warnings: ['timeline.warning.booked-after-due'],
    },
  },
];
