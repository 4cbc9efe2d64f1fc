/** Serious incident notifications (Working Together 2026, Chapter 5). */
export { assessSeriousIncident } from './assess-serious-incident.js';
export type {
  LcsprConsideration,
  NotifyingAuthority,
  PossibleNotification,
  SeriousIncidentAction,
  SeriousIncidentDecision,
  SeriousIncidentNote,
  SeriousIncidentNotification,
  SeriousIncidentNotificationKind,
  SeriousIncidentNotificationType,
  SeriousIncidentOutcome,
} from './decision-types.js';
export type { SeriousIncidentDeadline, SeriousIncidentDeadlineFields, SeriousIncidentDoneOnField, SeriousIncidentTriggerField } from './process-deadlines.js';
export { lcsprCriteria, type LcsprCriterion, type LcsprCriterionCheck, type LcsprCriterionStatus } from './lcspr-criteria.js';
export { ruleModules } from './rules/index.js';
export type { SeriousIncidentInput, LcsprCriteriaInput } from './input-types.js';
export { seriousIncidentFacts } from './facts.js';
