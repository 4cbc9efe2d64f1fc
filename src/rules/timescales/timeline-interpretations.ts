/**
 * How the timeline reads the sources where they do not say what an event
 * does to a clock, and how it reads a history as case systems export it:
 * which later events prove an earlier step, which decisions make a step
 * unnecessary, which events stop which clocks, which referral a step belongs
 * to, and what a repeated or same-day row means. Each is returned on a
 * timeline that relied on it and listed in the interpretations catalogue with
 * the timescales it affects. They live with the timescale registry, not
 * the timeline, because they are readings of those timescales' clocks and
 * the registry's catalogue lists them (a registry imports no decision).
 */
import type { Interpretation } from '../engine/interpretation.js';

const wt = 'working-together-2026';
const section3 = 'Chapter 3, Section 3: Timeliness, paragraph 167';
const paragraph167 = { document: wt, section: section3, page: 62 };
const discontinuing = { document: wt, section: 'Chapter 3, Section 4: Discontinuing the child protection plan', page: 108 };
const initialConference = { document: wt, section: 'Chapter 3, Section 4: Outcome of section 47 enquiries (where concerns of significant harm are substantiated, lead practitioners should)', page: 100 };
const reviewConference = { document: wt, section: 'Chapter 3, Section 4: Child protection review conference (lead practitioners should)', page: 107 };
const ntk = 'luton-need-to-know';

const referralClocks = ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete'];
const section47Clocks = ['child-protection.initial-conference', 'child-protection.transfer-in-conference'];
const planClocks = ['child-protection.first-core-group', 'child-protection.first-review-conference', 'child-protection.subsequent-review-conference'];
const fosteringClocks = ['private-fostering.visit-first-year', 'private-fostering.visit-after-first-year'];
const missingChildClocks = ['need-to-know.missing-child-weekly-update', 'national-alert.reissue', 'national-alert.deletion-by-other-authorities'];
const everyTimelineClock = [
  ...referralClocks,
  ...section47Clocks,
  ...planClocks,
  'child-protection.review-around-18th-birthday',
  'lado.inform-designated-officer',
  'serious-incident.notify-panel',
  'serious-incident.rapid-review',
  'serious-incident.lcspr-published',
  'serious-incident.report-to-panel-and-secretary-of-state',
  ...fosteringClocks,
  ...missingChildClocks,
  'child-death-review.coroner-notification',
  'child-death-review.registrar-notification',
];

export const decisionInferredFromLaterStep: Interpretation = {
  id: 'timeline.interpretation.decision-inferred-from-later-step',
  says:
    'When no date is recorded for the decision on next steps but a later step of the same referral is (an assessment completed, a strategy discussion, section 47 enquiries, a conference), or the decision is recorded without its day (dateRecorded: false), the decision is marked met-inferred, not overdue or met, and the timeline asks for its date.',
  why:
    'Paragraph 167 makes the decision on next steps the step that leads to an assessment or section 47 enquiries, so a later step proves it was made; it does not prove it was made within one working day, which only the recorded date can show.',
  citation: paragraph167,
  ruleIds: ['referral-and-assessment.decide-next-steps'],
};

export const nextStepWithoutAssessment: Interpretation = {
  id: 'timeline.interpretation.next-step-without-assessment',
  says:
    'A decision on next steps of early help or no further action makes the 45-working-day assessment not required for that referral, unless a strategy discussion then initiates section 47 enquiries on it (before the next referral of the episode): the section 47 assessment is then due 45 working days from the same referral, and the timeline warns. A decision of assessment or strategy discussion, or one that records no next step, keeps the assessment clock running.',
  why:
    'Paragraph 167 says the decision includes whether the child should be assessed; a referral closed or stepped down to early help at that decision has no statutory assessment to complete. Section 47 enquiries are an assessment, and the strategy discussion section sets them the same "no longer than 45 working days from the point of referral", so enquiries started after a decision of no further action bring the clock back. Where the next step is not recorded the library keeps the clock, so a due assessment is never dropped on a missing answer.',
  citation: paragraph167,
  ruleIds: ['referral-and-assessment.assessment-complete'],
};

export const identicalRowsAreOneEvent: Interpretation = {
  id: 'timeline.interpretation.identical-rows-are-one-event',
  says:
    'Rows of a history that are identical (the same type, date, episode and fields) record one event and are counted once, with a warning naming every row. Two referrals received on the same day in one episode are such rows: one referral, with one decision and one assessment due.',
  why:
    'Case systems export an event twice (a referral held on two records, a strategy discussion entered by two agencies), and two referrers about the same child on the same day are answered by one decision on next steps and one assessment. Counting each row would start a second set of clocks for work that was done once, and report it as overdue; the warning lets the performance lead correct the record. Two real events of the same kind on the same day belong to different episodes.',
  citation: paragraph167,
  ruleIds: everyTimelineClock,
};

export const outOfSequenceRowsSetAside: Interpretation = {
  id: 'timeline.interpretation.out-of-sequence-rows-set-aside',
  says:
    'A row with nothing before it for it to follow in its episode (a decision or assessment before any referral, a conference, review, core group or plan end with no strategy discussion or open plan before it, a step naming a referral not received before it, a review on the day its plan was made, a fostering visit, an update or a re-issue with nothing to follow) is set aside with a warning naming it, and the rest of the history is judged without it: the clock it might have met is judged as if it were not recorded. Rows that conflict (a second, different decision for one referral, two outcomes for one enquiry) and dates outside the calendar or after asOf are still input errors.',
  why:
    'Case-system extracts carry the odd row out of order, most often a date keyed wrongly. The library cannot tell which of the two dates is wrong, so it pairs nothing by guess; rejecting the whole history for one row would drop every correct clock of the child from the figures. Judging without the row may show the clock it would have met as overdue, the safe side, and the warning says which row to correct. Two rows that contradict each other are different: either reading would change a status, so the caller decides.',
  citation: paragraph167,
  ruleIds: everyTimelineClock,
};

export const sameDayOrderRead: Interpretation = {
  id: 'timeline.interpretation.same-day-order',
  says:
    "Events recorded on the same day are read in a fixed order, whatever the order of the rows: the 18th birthday first; then a closure of the episode; then the steps of each process in the order they follow one another (a referral before its decision, a strategy discussion before its conference, a review before the end of the plan); and last what happens to the child (becoming looked after, moving away, being found, dying). An event stops only the clocks started before it in that order: a case closed and a new referral received on the same day leave the new referral's clocks running, and a referral on the day the child moved away or died is stopped that day.",
  why:
    'Case systems record dates, not times, so the order of a day is not in the record. The order chosen reads a closure and a re-referral on one day as closing the old work and opening new work, reads the 18th birthday as the whole day (a child is someone who has not reached it), and lets anything recorded on the day of a move or a death be judged with the clocks that day ends. It makes the result the same for every order of the input rows.',
  citation: discontinuing,
  ruleIds: everyTimelineClock,
};

export const closureOnReferralDayRead: Interpretation = {
  id: 'timeline.interpretation.closure-on-referral-day',
  says:
    'A case closed on the day a referral was received, when no earlier referral of the episode is open, is read as the outcome of that referral (closed with no further action): it comes after the referral in the day, and ends its clocks. A closure that has earlier work of the episode to close keeps the same-day order (closure first, the new referral running).',
  why:
    'Case systems record dates, not times. A contact closed the day it arrives is common in extracts; read in the same-day order, its closure would close nothing and the referral would show an overdue decision for a closed child. When nothing else is open, the closure can only be this referral\'s, which is the decision Working Together asks for within the working day.',
  citation: paragraph167,
  ruleIds: referralClocks,
};

export const stepsMatchedToReferrals: Interpretation = {
  id: 'timeline.interpretation.steps-matched-to-referrals',
  says:
    'Each referral of an episode keeps its own clocks. A decision on next steps belongs to the referral it names (referralDate), or else to the latest referral received before it that has no decision; an assessment completed belongs to the referral it names, or else to the earliest referral whose assessment is still open (not completed, and not made unnecessary by its decision). When several were waiting for a decision, or had their assessment open, the timeline warns which it chose.',
  why:
    'Working Together runs the one working day and the 45 working days from each referral, and a re-referral while an assessment is open is common. A decision follows its referral within a day, so it is matched to the latest one waiting; an assessment runs for weeks, and the one started first is taken to conclude first. Without a match an earlier referral\'s open assessment could never be completed once a later one was recorded.',
  citation: { document: wt, section: 'Chapter 3, Section 3: Timeliness, paragraph 169', page: 63 },
  ruleIds: referralClocks,
};

export const section47InitiatedOnce: Interpretation = {
  id: 'timeline.interpretation.section-47-initiated-once',
  says:
    'While the section 47 enquiries started by a strategy discussion have no outcome recorded (a conference, or a conclusion that none is needed) and the episode has had neither a new referral nor a closure since, a later strategy discussion recorded as initiating section 47 enquiries is read as a reconvened discussion of the same enquiries: the initial conference stays due 15 working days from the first, and the timeline warns. A reconvened discussion can be recorded as strategy-discussion-held, which starts no clock.',
  why:
    'Working Together sets the initial conference "within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held": enquiries are initiated once, and later discussions of the same enquiries do not restart the clock. Judging the conference against the later discussion would call a late conference met, and leave the first discussion with a conference that never comes.',
  citation: initialConference,
  ruleIds: ['child-protection.initial-conference'],
};

export const endingEventsStopClocks: Interpretation = {
  id: 'timeline.interpretation.ending-events-stop-clocks',
  says:
    "Closing the case (for its episode), the child's death and the child's 18th birthday (for every episode) stop the children's social care clocks running on that day, and the death and the birthday stop the missing child's weekly updates and alert re-issues too: a deadline not yet due is stopped, one already past due stays overdue, missed, with the day its clock stopped (stoppedOn). They never stop serious incident, LCSPR, LADO, coroner or registrar clocks, which a death may itself start.",
  why:
    'Working Together ends a child protection plan when the child reaches 18 or dies and applies to children under 18; it says nothing of clocks still running when a case closes. Stopping only what was still in time keeps a missed deadline on the record.',
  citation: discontinuing,
  ruleIds: [...referralClocks, ...section47Clocks, ...planClocks, ...fosteringClocks, ...missingChildClocks],
};

export const childsLifeBoundsClocks: Interpretation = {
  id: 'timeline.interpretation.childs-life-bounds-clocks',
  says:
    "Nothing new starts after the child's death or on or after the 18th birthday: an event of children's social care, of the missing child procedure, or about the child, dated after the death or the birthday, starts no clock and completes none, and the timeline warns, naming it. A second death, or a birthday after the death, is such an event. Accepted without a warning, because they only end what was open: a plan or private fostering arrangement ended, the case closed, the child found; after the birthday, the review around it (which may meet a review already due, but starts no further one) and the death of the young adult too.",
  why:
    'Working Together defines a child as anyone who has not yet reached their 18th birthday and ends a child protection plan when the child dies or reaches 18. A referral, a conference or a visit recorded after either cannot be a child\'s statutory step; reporting it as overdue would be phantom work, and leaving it unmentioned would hide a data problem.',
  citation: { document: wt, section: 'Introduction (a child is anyone who has not yet reached their 18th birthday)', page: 8 },
  ruleIds: [...referralClocks, ...section47Clocks, ...planClocks, ...fosteringClocks, ...missingChildClocks],
};

export const moveOutKeepsPlanClocks: Interpretation = {
  id: 'timeline.interpretation.move-out-keeps-plan-clocks',
  says:
    "A move out of the area stops the referral, assessment, conference and private fostering clocks, but not the child protection plan's core group and review clocks, which run until plan-ended is recorded.",
  why:
    'Working Together says the original authority may discontinue its plan only after the receiving authority has held its conference, so the plan (and its reviews) continue after the move until it is ended.',
  citation: discontinuing,
  ruleIds: [...referralClocks, ...section47Clocks, ...fosteringClocks],
};

export const lookedAfterEndsPrivateFostering: Interpretation = {
  id: 'timeline.interpretation.looked-after-ends-private-fostering',
  says:
    'When the child becomes looked after, the private fostering visits stop. The referral decision, the assessment, section 47, conference and plan clocks keep running until their own events end them.',
  why:
    'A child looked after by the local authority is no longer privately fostered. Paragraph 167 has the decision on next steps consider section 47 enquiries "including where the child is looked after", and paragraph 184 says that where a child becomes looked after "the assessment will be the baseline for work with the family": becoming looked after does not end the referral\'s decision or its assessment.',
  citation: paragraph167,
  ruleIds: fosteringClocks,
};

export const newPlanSupersedesOpenPlan: Interpretation = {
  id: 'timeline.interpretation.new-plan-supersedes-open-plan',
  says:
    "A conference that makes a child protection plan while an earlier plan (of the same episode or another) has not been recorded as ended starts a new plan; the earlier plan's clocks stop on that day (or stay overdue if already past due). When the earlier plan is in another episode the timeline warns.",
  why: 'A child is the subject of one child protection plan at a time; the later conference is read as replacing the earlier plan rather than adding a second set of reviews.',
  citation: reviewConference,
  ruleIds: planClocks,
};

export const foundEndsMissingChildClocks: Interpretation = {
  id: 'timeline.interpretation.found-ends-missing-child-clocks',
  says:
    "The missing child found (child-found) stops the Need to Know weekly updates and the national alert's re-issue and deletion clocks started before it; each weekly update and each re-issue starts the next clock. A Need to Know notification or a national alert sent again before the child is found is read as the next update or re-issue of the one open, not as a second set of clocks; an update or re-issue sent after the child was found (a closing one) starts no clock.",
  why:
    'The procedure asks for a weekly updated Need to Know notification "in respect of Missing Children", and for a new alert notification at 6-monthly intervals "if the children are not located" (a "found" notification follows when they are). Neither says when the updates end; the library ends them when the child is found.',
  citation: { document: ntk, section: 'The Process to Follow to End a National Alert, step 1' },
  ruleIds: missingChildClocks,
};

export const timelineInterpretations: readonly Interpretation[] = [
  decisionInferredFromLaterStep,
  nextStepWithoutAssessment,
  identicalRowsAreOneEvent,
  outOfSequenceRowsSetAside,
  sameDayOrderRead,
  closureOnReferralDayRead,
  stepsMatchedToReferrals,
  section47InitiatedOnce,
  endingEventsStopClocks,
  childsLifeBoundsClocks,
  moveOutKeepsPlanClocks,
  lookedAfterEndsPrivateFostering,
  newPlanSupersedesOpenPlan,
  foundEndsMissingChildClocks,
];
