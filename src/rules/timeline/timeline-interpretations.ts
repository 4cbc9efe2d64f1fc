/**
 * How the timeline reads the sources where they do not say what an event
 * does to a clock: which later events prove an earlier step, which decisions
 * make a step unnecessary, and which events stop which clocks. Each is
 * returned on a timeline that relied on it and listed in the interpretations
 * catalogue with the timescales it affects.
 */
import type { Interpretation } from '../engine/interpretation.js';

const wt = 'working-together-2026';
const section3 = 'Chapter 3, Section 3: Timeliness, paragraph 167';
const discontinuing = { document: wt, section: 'Chapter 3, Section 4: Discontinuing the child protection plan', page: 108 };

const referralClocks = ['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete'];
const section47Clocks = ['child-protection.initial-conference', 'child-protection.transfer-in-conference'];
const planClocks = ['child-protection.first-core-group', 'child-protection.first-review-conference', 'child-protection.subsequent-review-conference'];
const fosteringClocks = ['private-fostering.visit-first-year', 'private-fostering.visit-after-first-year'];

export const decisionInferredFromLaterStep: Interpretation = {
  id: 'timeline.interpretation.decision-inferred-from-later-step',
  says:
    'When no date is recorded for the decision on next steps but a later step of the same referral is (an assessment completed, a strategy discussion, section 47 enquiries, a conference), or the decision is recorded without its day (dateRecorded: false), the decision is marked met-inferred, not overdue or met, and the timeline asks for its date.',
  why:
    'Paragraph 167 makes the decision on next steps the step that leads to an assessment or section 47 enquiries, so a later step proves it was made; it does not prove it was made within one working day, which only the recorded date can show.',
  citation: { document: wt, section: section3, page: 62 },
  ruleIds: ['referral-and-assessment.decide-next-steps'],
};

export const nextStepWithoutAssessment: Interpretation = {
  id: 'timeline.interpretation.next-step-without-assessment',
  says:
    'A decision on next steps of early help or no further action makes the 45-working-day assessment not required for that referral; a decision of assessment or strategy discussion, or one that records no next step, keeps the assessment clock running.',
  why:
    'Paragraph 167 says the decision includes whether the child should be assessed; a referral closed or stepped down to early help at that decision has no statutory assessment to complete. Where the next step is not recorded the library keeps the clock, so a due assessment is never dropped on a missing answer.',
  citation: { document: wt, section: section3, page: 62 },
  ruleIds: ['referral-and-assessment.assessment-complete'],
};

export const endingEventsStopClocks: Interpretation = {
  id: 'timeline.interpretation.ending-events-stop-clocks',
  says:
    "Closing the case (for its episode), the child's death and the child's 18th birthday (for every episode) stop the children's social care clocks running on that day: a deadline not yet due is stopped, one already past due stays overdue, missed, with the day its clock stopped (stoppedOn). They never stop serious incident, LCSPR or LADO clocks, which a death may itself start.",
  why:
    'Working Together ends a child protection plan when the child reaches 18 or dies and applies to children under 18; it says nothing of clocks still running when a case closes. Stopping only what was still in time keeps a missed deadline on the record.',
  citation: discontinuing,
  ruleIds: [...referralClocks, ...section47Clocks, ...planClocks, ...fosteringClocks],
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

export const lookedAfterStopsAssessment: Interpretation = {
  id: 'timeline.interpretation.looked-after-stops-assessment',
  says:
    'When the child becomes looked after, the referral decision and assessment clocks and private fostering visits stop; section 47, conference and plan clocks continue until their own events end them.',
  why:
    "The practice standards say a looked after child's ongoing need is monitored as part of care planning, so the referral's assessment gives way to the care plan; a looked after child can still be the subject of section 47 enquiries and a child protection plan, and a child looked after is no longer privately fostered.",
  // The standards run from p87 to p91 with no page break visible in the extraction near this list, so no page is cited.
  citation: { document: wt, section: 'Chapter 3, Section 4: National multi-agency practice standards for child protection (C: Discharging the child protection plan)' },
  ruleIds: [...referralClocks, ...fosteringClocks],
};

export const newPlanSupersedesOpenPlan: Interpretation = {
  id: 'timeline.interpretation.new-plan-supersedes-open-plan',
  says:
    'A conference that makes a child protection plan while an earlier plan of the same episode has not been recorded as ended starts a new plan; the earlier plan\'s clocks stop on that day (or stay overdue if already past due).',
  why: 'A child is the subject of one child protection plan at a time; the later conference is read as replacing the earlier plan rather than adding a second set of reviews.',
  citation: { document: wt, section: 'Chapter 3, Section 4: Child protection review conference (lead practitioners should)', page: 107 },
  ruleIds: planClocks,
};

export const timelineInterpretations: readonly Interpretation[] = [
  decisionInferredFromLaterStep,
  nextStepWithoutAssessment,
  endingEventsStopClocks,
  moveOutKeepsPlanClocks,
  lookedAfterStopsAssessment,
  newPlanSupersedesOpenPlan,
];
