/**
 * The processes a case timeline follows, the timescales each judges, the
 * events that start and satisfy every clock, which events stop which clocks,
 * and the order of events recorded on the same day. A process appears in an
 * episode once its first event is recorded there; processes never started
 * are listed once, under `notStarted`, rather than as rows.
 */
import type { TimelineEventType } from './input-schema.js';

export const timelineProcesses = [
  { id: 'referral', title: 'Referral and assessment', startedBy: 'referral-received' },
  { id: 'section-47', title: 'Section 47 enquiries and the initial child protection conference', startedBy: 'strategy-discussion-s47-initiated' },
  { id: 'child-protection-plan', title: 'Child protection plan: core groups and review conferences', startedBy: 'initial-conference-held' },
  { id: 'transfer-in', title: 'Child on a plan moving into the area', startedBy: 'transfer-in-notification-received' },
  { id: 'lado', title: 'Allegation against a person who works with children', startedBy: 'allegation-received' },
  { id: 'serious-incident', title: 'Serious incident notification and rapid review', startedBy: 'serious-incident-aware' },
  { id: 'lcspr', title: 'Local child safeguarding practice review', startedBy: 'lcspr-decided' },
  { id: 'private-fostering', title: 'Private fostering visits', startedBy: 'private-fostering-notified' },
  { id: 'missing-child', title: 'Need to Know notification about a missing child: weekly updates', startedBy: 'need-to-know-missing-child-notified' },
  { id: 'national-alert', title: 'National child protection alert: re-issues while the child is missing', startedBy: 'national-alert-issued' },
  { id: 'coroner', title: "Child death: the coroner's notification to the child death review partners", startedBy: 'coroner-decided-to-investigate' },
  { id: 'death-registration', title: "Child death: the registrar's notification to the child death review partners", startedBy: 'death-registered' },
] as const satisfies readonly { id: string; title: string; startedBy: TimelineEventType }[];

/** One process of a case the timeline follows (`referral`, `section-47`, `lcspr`, ...), as `timelineProcesses` lists them. */
export type TimelineProcessId = (typeof timelineProcesses)[number]['id'];

/** The timescales the timeline covers: the process, what starts each clock and what satisfies it, and any stop of the process that does not stop it (`notStoppedBy`). */
export const timelineTimescales = [
  { id: 'referral-and-assessment.decide-next-steps', process: 'referral', startedBy: 'referral-received', satisfiedBy: 'referral-decision-made' },
  { id: 'referral-and-assessment.assessment-complete', process: 'referral', startedBy: 'referral-received', satisfiedBy: 'assessment-completed' },
  { id: 'child-protection.initial-conference', process: 'section-47', startedBy: 'strategy-discussion-s47-initiated', satisfiedBy: 'initial-conference-held' },
  { id: 'child-protection.first-core-group', process: 'child-protection-plan', startedBy: 'initial-conference-held', satisfiedBy: 'core-group-meeting-held' },
  { id: 'child-protection.first-review-conference', process: 'child-protection-plan', startedBy: 'initial-conference-held', satisfiedBy: 'review-conference-held' },
  { id: 'child-protection.subsequent-review-conference', process: 'child-protection-plan', startedBy: 'review-conference-held', satisfiedBy: 'review-conference-held' },
  // Closing the case is not the review that ends the plan at 18 (child-protection.interpretation.plan-ended-by-18th-birthday): a closure does not stop this clock.
  { id: 'child-protection.review-around-18th-birthday', process: 'child-protection-plan', startedBy: 'child-turned-18', satisfiedBy: 'plan-ended', notStoppedBy: ['case-closed'] },
  { id: 'child-protection.transfer-in-conference', process: 'transfer-in', startedBy: 'transfer-in-notification-received', satisfiedBy: 'transfer-in-conference-held' },
  { id: 'lado.inform-designated-officer', process: 'lado', startedBy: 'allegation-received', satisfiedBy: 'designated-officer-informed' },
  { id: 'serious-incident.notify-panel', process: 'serious-incident', startedBy: 'serious-incident-aware', satisfiedBy: 'serious-incident-notified' },
  { id: 'serious-incident.rapid-review', process: 'serious-incident', startedBy: 'serious-incident-notified', satisfiedBy: 'rapid-review-submitted' },
  { id: 'serious-incident.lcspr-published', process: 'lcspr', startedBy: 'lcspr-decided', satisfiedBy: 'lcspr-published' },
  { id: 'serious-incident.report-to-panel-and-secretary-of-state', process: 'lcspr', startedBy: 'lcspr-published', satisfiedBy: 'lcspr-report-sent' },
  { id: 'private-fostering.visit-first-year', process: 'private-fostering', startedBy: 'private-fostering-notified', satisfiedBy: 'private-fostering-visit' },
  { id: 'private-fostering.visit-after-first-year', process: 'private-fostering', startedBy: 'private-fostering-visit', satisfiedBy: 'private-fostering-visit' },
  { id: 'need-to-know.missing-child-weekly-update', process: 'missing-child', startedBy: 'need-to-know-missing-child-notified', satisfiedBy: 'need-to-know-update-sent' },
  { id: 'national-alert.reissue', process: 'national-alert', startedBy: 'national-alert-issued', satisfiedBy: 'national-alert-reissued' },
  { id: 'national-alert.deletion-by-other-authorities', process: 'national-alert', startedBy: 'national-alert-issued', satisfiedBy: 'national-alert-reissued' },
  { id: 'child-death-review.coroner-notification', process: 'coroner', startedBy: 'coroner-decided-to-investigate', satisfiedBy: 'coroner-notified-partners' },
  { id: 'child-death-review.registrar-notification', process: 'death-registration', startedBy: 'death-registered', satisfiedBy: 'registrar-notified-partners' },
] as const satisfies readonly { id: string; process: TimelineProcessId; startedBy: TimelineEventType; satisfiedBy: TimelineEventType; notStoppedBy?: readonly TimelineEventType[] }[];

export type TimelineTimescaleId = (typeof timelineTimescales)[number]['id'];

/** The processes of children's social care and Luton's missing-child procedure: a child's death and 18th birthday bound them. */
const childrensProcesses = ['referral', 'section-47', 'child-protection-plan', 'transfer-in', 'private-fostering', 'missing-child', 'national-alert'] as const satisfies readonly TimelineProcessId[];

/** Which processes' clocks each stopping event stops (see `../timescales/timeline-interpretations.ts`). */
export const clocksStoppedBy: Record<'case-closed' | 'child-died' | 'child-turned-18' | 'child-moved-out-of-area' | 'child-became-looked-after' | 'child-found', readonly TimelineProcessId[]> = {
  'case-closed': ['referral', 'section-47', 'child-protection-plan', 'transfer-in', 'private-fostering'],
  'child-died': childrensProcesses,
  'child-turned-18': childrensProcesses,
  'child-moved-out-of-area': ['referral', 'section-47', 'transfer-in', 'private-fostering'],
  'child-became-looked-after': ['private-fostering'],
  'child-found': ['missing-child', 'national-alert'],
};

export type StoppingEventType = keyof typeof clocksStoppedBy;

/**
 * The order of events recorded on the same day, so that a history is read
 * the same whatever the order of its rows: the 18th birthday first (the
 * child is 18 all that day), then a closure (it closes what was open before:
 * a referral the same day starts afresh), the steps of each process in the
 * order they follow one another (a referral before its decision, a review
 * before the plan it ends), and last what happens to the child (becoming
 * looked after, moving away, being found, dying), which ends what was
 * running that day. Events of one type on one day are ordered by their
 * fields; identical ones are one event.
 */
export const sameDayOrder = [
  'child-turned-18',
  'case-closed',
  'referral-received',
  'referral-decision-made',
  'assessment-completed',
  'strategy-discussion-s47-initiated',
  'strategy-discussion-held',
  'section-47-concluded-no-conference',
  'initial-conference-held',
  'core-group-meeting-held',
  'review-conference-held',
  'plan-ended',
  'transfer-in-notification-received',
  'transfer-in-conference-held',
  'allegation-received',
  'designated-officer-informed',
  'serious-incident-aware',
  'serious-incident-notified',
  'rapid-review-submitted',
  'lcspr-decided',
  'lcspr-report-sent',
  'lcspr-published',
  'private-fostering-notified',
  'private-fostering-visit',
  'private-fostering-ended',
  'child-went-missing',
  'need-to-know-missing-child-notified',
  'need-to-know-update-sent',
  'national-alert-issued',
  'national-alert-reissued',
  'coroner-decided-to-investigate',
  'coroner-notified-partners',
  'death-registered',
  'registrar-notified-partners',
  'child-became-looked-after',
  'child-moved-out-of-area',
  'child-found',
  'child-died',
] as const satisfies readonly TimelineEventType[];

/** The process each event belongs to; `child` for events about the child, `episode` for a closure. */
export const processOfEvent: Record<TimelineEventType, TimelineProcessId | 'child' | 'episode'> = {
  'referral-received': 'referral',
  'referral-decision-made': 'referral',
  'assessment-completed': 'referral',
  'strategy-discussion-s47-initiated': 'section-47',
  'strategy-discussion-held': 'section-47',
  'section-47-concluded-no-conference': 'section-47',
  'initial-conference-held': 'child-protection-plan',
  'core-group-meeting-held': 'child-protection-plan',
  'review-conference-held': 'child-protection-plan',
  'plan-ended': 'child-protection-plan',
  'transfer-in-notification-received': 'transfer-in',
  'transfer-in-conference-held': 'transfer-in',
  'case-closed': 'episode',
  'child-moved-out-of-area': 'child',
  'child-turned-18': 'child',
  'child-died': 'child',
  'child-became-looked-after': 'child',
  'child-went-missing': 'child',
  'child-found': 'child',
  'allegation-received': 'lado',
  'designated-officer-informed': 'lado',
  'serious-incident-aware': 'serious-incident',
  'serious-incident-notified': 'serious-incident',
  'rapid-review-submitted': 'serious-incident',
  'lcspr-decided': 'lcspr',
  'lcspr-report-sent': 'lcspr',
  'lcspr-published': 'lcspr',
  'private-fostering-notified': 'private-fostering',
  'private-fostering-visit': 'private-fostering',
  'private-fostering-ended': 'private-fostering',
  'need-to-know-missing-child-notified': 'missing-child',
  'need-to-know-update-sent': 'missing-child',
  'national-alert-issued': 'national-alert',
  'national-alert-reissued': 'national-alert',
  'coroner-decided-to-investigate': 'coroner',
  'coroner-notified-partners': 'coroner',
  'death-registered': 'death-registration',
  'registrar-notified-partners': 'death-registration',
};

const bounded: ReadonlySet<TimelineEventType> = new Set(
  (Object.keys(processOfEvent) as TimelineEventType[]).filter((t) => processOfEvent[t] === 'child' || (childrensProcesses as readonly string[]).includes(processOfEvent[t])),
);

/** Whether an event belongs to a process the child's death and 18th birthday bound, or is about the child. */
export function boundByChildsLife(type: TimelineEventType): boolean {
  return bounded.has(type);
}

/**
 * Events accepted after the child's death or 18th birthday without a
 * warning: they end what was open and start no clock (a plan or arrangement
 * ended, a case closed, a missing child found; after the birthday, the review
 * around it that ends the plan, and the death of the young adult).
 */
export const acceptedAfterDeath: readonly TimelineEventType[] = ['plan-ended', 'case-closed', 'private-fostering-ended', 'child-found'];
export const acceptedAfterEighteen: readonly TimelineEventType[] = [...acceptedAfterDeath, 'review-conference-held', 'child-died'];
