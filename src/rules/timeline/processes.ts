/**
 * The processes a case timeline follows, the timescales each judges, and the
 * events that start and satisfy every clock. A process appears in an episode
 * once its first event is recorded there; processes never started are listed
 * once, under `notStarted`, rather than as rows.
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
] as const satisfies readonly { id: string; title: string; startedBy: TimelineEventType }[];

/** One process of a case the timeline follows (`referral`, `section-47`, `lcspr`, ...), as `timelineProcesses` lists them. */
export type TimelineProcessId = (typeof timelineProcesses)[number]['id'];

/** The timescales the timeline covers: the process, what starts each clock and what satisfies it. */
export const timelineTimescales = [
  { id: 'referral-and-assessment.decide-next-steps', process: 'referral', startedBy: 'referral-received', satisfiedBy: 'referral-decision-made' },
  { id: 'referral-and-assessment.assessment-complete', process: 'referral', startedBy: 'referral-received', satisfiedBy: 'assessment-completed' },
  { id: 'child-protection.initial-conference', process: 'section-47', startedBy: 'strategy-discussion-s47-initiated', satisfiedBy: 'initial-conference-held' },
  { id: 'child-protection.first-core-group', process: 'child-protection-plan', startedBy: 'initial-conference-held', satisfiedBy: 'core-group-meeting-held' },
  { id: 'child-protection.first-review-conference', process: 'child-protection-plan', startedBy: 'initial-conference-held', satisfiedBy: 'review-conference-held' },
  { id: 'child-protection.subsequent-review-conference', process: 'child-protection-plan', startedBy: 'review-conference-held', satisfiedBy: 'review-conference-held' },
  { id: 'child-protection.transfer-in-conference', process: 'transfer-in', startedBy: 'transfer-in-notification-received', satisfiedBy: 'transfer-in-conference-held' },
  { id: 'lado.inform-designated-officer', process: 'lado', startedBy: 'allegation-received', satisfiedBy: 'designated-officer-informed' },
  { id: 'serious-incident.notify-panel', process: 'serious-incident', startedBy: 'serious-incident-aware', satisfiedBy: 'serious-incident-notified' },
  { id: 'serious-incident.rapid-review', process: 'serious-incident', startedBy: 'serious-incident-notified', satisfiedBy: 'rapid-review-submitted' },
  { id: 'serious-incident.lcspr-published', process: 'lcspr', startedBy: 'lcspr-decided', satisfiedBy: 'lcspr-published' },
  { id: 'serious-incident.report-to-panel-and-secretary-of-state', process: 'lcspr', startedBy: 'lcspr-published', satisfiedBy: 'lcspr-report-sent' },
  { id: 'private-fostering.visit-first-year', process: 'private-fostering', startedBy: 'private-fostering-notified', satisfiedBy: 'private-fostering-visit' },
  { id: 'private-fostering.visit-after-first-year', process: 'private-fostering', startedBy: 'private-fostering-visit', satisfiedBy: 'private-fostering-visit' },
] as const satisfies readonly { id: string; process: TimelineProcessId; startedBy: TimelineEventType; satisfiedBy: TimelineEventType }[];

export type TimelineTimescaleId = (typeof timelineTimescales)[number]['id'];

/** Which processes' clocks each stopping event stops (see `timeline-interpretations.ts`). */
export const clocksStoppedBy: Record<'case-closed' | 'child-died' | 'child-turned-18' | 'child-moved-out-of-area' | 'child-became-looked-after', readonly TimelineProcessId[]> = {
  'case-closed': ['referral', 'section-47', 'child-protection-plan', 'transfer-in', 'private-fostering'],
  'child-died': ['referral', 'section-47', 'child-protection-plan', 'transfer-in', 'private-fostering'],
  'child-turned-18': ['referral', 'section-47', 'child-protection-plan', 'transfer-in', 'private-fostering'],
  'child-moved-out-of-area': ['referral', 'section-47', 'transfer-in', 'private-fostering'],
  'child-became-looked-after': ['referral', 'private-fostering'],
};

export type StoppingEventType = keyof typeof clocksStoppedBy;
