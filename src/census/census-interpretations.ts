/**
 * How the census reader reads the return where its fields are not literally
 * the timeline's events. Each is returned on a child's result when its
 * mapping relied on it, and listed in the docs for policy owners to confirm.
 */
import type { Interpretation } from '../rules/engine/interpretation.js';

const wt = 'working-together-2026';
const timeliness = (paragraph: number, page: number) => ({ document: wt, section: `Chapter 3, Section 3: Timeliness, paragraph ${paragraph}`, page });

export const referralNfaIsTheDecision: Interpretation = {
  id: 'census.interpretation.referral-nfa-is-the-decision',
  says:
    'ReferralNFA is read as the outcome of the decision on next steps, whose day the return does not hold: true is a decision of no further action (so no assessment is required); false with a later step in the episode (an assessment, a section 47 enquiry, a CIN or child protection plan) is a decision to act (a strategy discussion when section 47 enquiries came first, otherwise an assessment). Either is recorded without its day, so the one-working-day decision is met-inferred, never met on time. False with no later step is read as no decision recorded yet.',
  why:
    'Paragraph 167 sets one working day for the decision on next steps; the census records only whether the referral led to no further action. Dating the decision would claim a timeliness the return cannot show; treating a flag of false as a decision when nothing followed the referral could hide a referral still waiting for one.',
  citation: timeliness(167, 62),
  ruleIds: ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete'],
};

export const authorisationConcludesAssessment: Interpretation = {
  id: 'census.interpretation.authorisation-concludes-assessment',
  says:
    "AssessmentAuthorisationDate is read as the day the assessment concluded: the earliest authorisation of an episode meets the referral's 45 working days (counted from CINreferralDate, not from AssessmentActualStartDate). Further assessments of the same episode start no Working Together clock; they appear in the Department's assessment-duration measure only.",
  why:
    "Paragraph 169 runs the 45 working days from the point of referral to the assessment's conclusion, when a decision on next steps can be made; the census's end of an assessment is its authorisation by a manager. One referral has one such clock: a second assessment in the episode is not a new referral.",
  citation: timeliness(169, 63),
  ruleIds: ['referral-and-assessment.assessment-complete'],
};

export const s47StartIsStrategyDiscussion: Interpretation = {
  id: 'census.interpretation.s47-start-is-strategy-discussion',
  says:
    'S47ActualStartDate is read as the strategy discussion at which section 47 enquiries were initiated, the day the 15 working days to the initial child protection conference run from; each Section47 module is its own enquiry.',
  why:
    'Working Together runs the conference timescale from the strategy discussion that initiated section 47 enquiries; the census records the day the enquiry started, which is that strategy discussion.',
  citation: { document: wt, section: 'Chapter 3, Section 4: Outcome of section 47 enquiries (where concerns of significant harm are substantiated, lead practitioners should)', page: 100 },
  ruleIds: ['child-protection.initial-conference'],
};

export const icpcNotRequiredConcludesEnquiry: Interpretation = {
  id: 'census.interpretation.icpc-not-required-concludes-enquiry',
  says:
    'ICPCnotRequired true is read as the section 47 enquiry concluding that no initial child protection conference is needed (its day is not in the return), so the conference is not required for that enquiry.',
  why: 'The conference is convened where concerns of significant harm are substantiated; the census flags the enquiries that needed none.',
  citation: { document: wt, section: 'Chapter 3, Section 4: Outcome of section 47 enquiries (where concerns of significant harm are substantiated, lead practitioners should)', page: 100 },
  ruleIds: ['child-protection.initial-conference'],
};

export const planMadeWhenPlanStartsThatDay: Interpretation = {
  id: 'census.interpretation.plan-made-when-plan-starts-that-day',
  says:
    "An initial conference (DateOfInitialCPC, in Section47 or in CINdetails) is read as making the child protection plan of the episode that starts on the same day or, failing one, the next plan to start after it (with a warning: the census expects the same day); a conference no plan follows made none. A plan with no conference on or before its start in the episode (it started before the census year) starts no Working Together clock here: its reviews appear in the Department's review measure only.",
  why:
    "The first core group and the review conferences run from the conference at which the child became the subject of a plan; the census records the plan's start, which its validation expects on the conference day, and holds conferences of the census year only.",
  citation: { document: wt, section: 'Chapter 3, Section 4: Child protection review conference (lead practitioners should)', page: 107 },
  ruleIds: ['child-protection.first-core-group', 'child-protection.first-review-conference', 'child-protection.subsequent-review-conference'],
};

export const eighteenthBirthday: Interpretation = {
  id: 'census.interpretation.eighteenth-birthday',
  says:
    "The child turns 18 on the 18th anniversary of PersonBirthDate (1 March when born on 29 February and the anniversary year has none); an unborn child (ExpectedPersonBirthDate only), or a child who died before it (PersonDeathDate earlier), has no birthday in the history.",
  why:
    'A child is anyone who has not yet reached their 18th birthday, and a child protection plan ends at 18; the return gives the date of birth, not the birthday. A person born on 29 February is read as reaching an age on 1 March in a year without 29 February, the later of the two candidate days, so no clock is stopped early.',
  citation: { document: wt, section: 'Chapter 3, Section 4: Discontinuing the child protection plan', page: 108 },
  ruleIds: ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete', 'child-protection.initial-conference', 'child-protection.first-core-group', 'child-protection.first-review-conference', 'child-protection.subsequent-review-conference'],
};

export const beforeCensusYearNotInReturn: Interpretation = {
  id: 'census.interpretation.before-census-year-not-in-return',
  says:
    'A clock started before the census year (1 April to the ReferenceDate) whose step the return does not show is counted as not-in-return, not as due or overdue: the return holds the assessments, enquiries and conferences of its own year, so the step may have been taken before the year began. Clocks started in the census year are judged as the return shows them.',
  why:
    "A census return is a window on one year of each open episode; an absent step before that window is unknown, not missing. Working Together's timescales are unchanged; only what the return can show is limited.",
  citation: timeliness(169, 63),
  ruleIds: ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete', 'child-protection.initial-conference'],
};

export const coreGroupsNotInReturn: Interpretation = {
  id: 'census.interpretation.core-groups-not-in-return',
  says:
    'The return holds no core group meetings, so the first core group (10 working days from the conference that made the plan) is counted as not-in-return whenever the timeline finds it not met.',
  why: 'Working Together asks the core group to meet within 10 working days of the initial conference; the census has no field for it, so its absence says nothing.',
  citation: { document: wt, section: 'Chapter 3, Section 4: The child protection plan (the core group should)', page: 106 },
  ruleIds: ['child-protection.first-core-group'],
};

export const identicalEpisodesAreOne: Interpretation = {
  id: 'census.interpretation.identical-episodes-are-one',
  says:
    "Two CINdetails of one child that record exactly the same (every date, flag and module, in the same order) are one episode exported twice: the later is left out of the timeline, the Department's measures and the summary, with the warning census.warning.episode-recorded-twice naming both. CINdetails that differ in anything are separate episodes.",
  why:
    'The timeline counts identical rows of a history once (timeline.interpretation.identical-rows-are-one-event); a case system that exports an episode twice would otherwise count one referral, one assessment and one plan twice in every figure. Two real episodes share a referral date only if one closed and another opened the same day, and then they differ in what they record.',
  citation: timeliness(167, 62),
  ruleIds: ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete', 'child-protection.initial-conference', 'child-protection.first-review-conference', 'child-protection.subsequent-review-conference'],
};

export const reviewsStopWithThePlan: Interpretation = {
  id: 'census.interpretation.reviews-stop-with-the-plan',
  says:
    "In the Department's review measure a plan's reviews stop on the first of its CPPendDate, the episode's CINclosureDate, the child's death and 18th birthday (the return often leaves CPPendDate blank when the episode closes or the child turns 18). A review that fell due before that day and is not recorded is missed: the measure is not on time, the review shown as overdue. A review falling due on or after that day is not asked for.",
  why:
    'Working Together asks for the first review within three months of the initial conference and later ones at most six months apart, for as long as the child has a plan; a plan ends at the latest when the child turns 18, dies or the case closes, but the reviews owed while it was open were owed all the same. Stopping the count at the end without looking back would show a plan whose review was never held as on time.',
  citation: { document: wt, section: 'Chapter 3, Section 4: Child protection review conference (lead practitioners should)', page: 107 },
  ruleIds: ['child-protection.first-review-conference', 'child-protection.subsequent-review-conference'],
};

export const outOfOrderAssessmentNotMeasured: Interpretation = {
  id: 'census.interpretation.out-of-order-assessment-not-measured',
  says:
    "An assessment whose AssessmentAuthorisationDate is before its AssessmentActualStartDate (validation 8608) is kept out of the Department's assessment-duration bands and its within-45 count, and listed apart in the summary (datesOutOfOrder); the warning census.warning.authorised-before-start names it.",
  why:
    "The Department measures working days from the start to the authorisation; with the dates the wrong way round the count is negative, and banding it would put an assessment whose length is unknown in the \"same day\" band and count it as within 45 days. One of the two dates is wrong, and which cannot be told from the return.",
  citation: { document: wt, section: 'Chapter 3, Section 3: Timeliness, paragraph 169', page: 63 },
  ruleIds: ['referral-and-assessment.assessment-complete'],
};

/** Every census interpretation, in the order the docs list them. */
export const censusInterpretations: readonly Interpretation[] = [
  referralNfaIsTheDecision,
  authorisationConcludesAssessment,
  s47StartIsStrategyDiscussion,
  icpcNotRequiredConcludesEnquiry,
  planMadeWhenPlanStartsThatDay,
  eighteenthBirthday,
  beforeCensusYearNotInReturn,
  coreGroupsNotInReturn,
  identicalEpisodesAreOne,
  reviewsStopWithThePlan,
  outOfOrderAssessmentNotMeasured,
];
