/** `luton-safeguarding-rules`: the public API (re-exports only). */
// The calendar too, for users who import everything from one place; `luton-safeguarding-rules/calendar`
// stays the entry that loads neither zod nor the rules (a bundler drops what is not imported either way).
export {
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  previousWorkingDay,
  addCalendarDays,
  addCalendarMonths,
  londonDate,
  bankHolidays,
  bankHolidayOn,
  createCalendar,
  englandAndWales,
  createDeadline,
  calendarFingerprint,
  CONFIRMED_HORIZON_YEAR,
  FIRST_SERVED_YEAR,
  LAST_SERVED_YEAR,
  type CreateCalendarOptions,
  type DeadlineSpec,
  type Calendar,
  type BankHoliday,
} from './calendar/index.js';
export { SafeguardingInputError, isSafeguardingInputError, inputIssueCodes, type InputIssue, type InputIssueCode } from './schemas/input-error.js';
export { inputLimits, type InputLimits } from './schemas/limits.js';
export { inputIssueCodeDescriptions } from './schemas/input-issue-codes.js';
export type { Citation } from './schemas/citation.js';
export type { IsoDate } from './schemas/iso-date.js';
export type { Deadline, PeriodUnit } from './calendar/deadline-types.js';
export type {
  Booking,
  DeadlineStatus,
  DueDeadline,
  JudgedDeadline,
  LateDeadline,
  MetDeadline,
  MetInferredDeadline,
  NotRequiredDeadline,
  NotYetTriggeredDeadline,
  OverdueDeadline,
  StartedDeadline,
  StoppedDeadline,
} from './rules/deadlines/index.js';
export type { Action, Counterfactual, DecisionResult, FiredRuleTrace, Interpretation, InterpretationDefinition, MissingFact, RuleTrace, RulesetVersion, UnfiredRuleTrace, Warning } from './rules/engine/decision-result.js';
export { interpretations } from './rules/interpretations.js';
export type { EngineRule } from './rules/engine/engine-rule.js';
export type { ConditionTrace, ConditionStatus, FactConditionTrace, GroupConditionTrace } from './rules/engine/condition-trace.js';
export type { RuleStatus, DecisionArea } from './rules/engine/rule-module.js';
// The parts of results that name a type of their own (each element type a user may need to write).
export type { SpecialCircumstanceContact } from './rules/need-level/special-circumstances.js';
export type { TimelineProcessId } from './rules/timeline/processes.js';
export { rules } from './rules/catalogue.js';
export { verifyDecision, MAX_DIFFERENCES, type DecisionVerification, type DecisionDifference, type VerifyDecisionOptions } from './rules/verify-decision.js';
export { toRecord, explainRecord, RECORD_VERSION, type DecisionRecord, type RecordedDeadline, type ExplainRecordOptions, type StoredDecisionName, type StoredDecisionResult, type StoredDecisionResults } from './rules/records/index.js';
export type { DecisionOptions, ResultRuleset } from './rules/decision-options.js';
export type { RuleDocumentation } from './rules/engine/rule-documentation.js';
export type { ConditionDescription } from './rules/engine/describe-conditions.js';
export { classifyNeed, DEFAULT_INTENSIVE_INDICATOR_THRESHOLD, type MatchedIndicator, type MatchedIndicators, needIndicators, needIndicatorById, isNeedIndicatorId, needIndicatorEvidence, type IndicatorEvidence, type IndicatorEvidenceEntry, type EvidenceTopic, type HarmEvidence, type NeedLevelCounterfactual, type NeedLevelOutcome, needLevels, needDomains, specialCircumstances, specialCircumstanceById, needLevelRoutes, mashScreeningOutcomes, immediateRiskScreening, type MashScreening, type NeedClassification, type NeedDomain, type NeedDomainInfo, type NeedIndicator, type NeedIndicatorId, type NeedLevel, type SpecialCircumstance, type SpecialCircumstanceInfo, type SpecialCircumstanceDuty, type NeedLevelRoute, type ConsentSituation, type WorkingTogetherCategory, type WorkingTogetherCategoryId } from './rules/need-level/index.js';
export { assessSeriousIncident, lcsprCriteria, type SeriousIncidentDeadline, type SeriousIncidentDeadlineFields, type SeriousIncidentTriggerField, type SeriousIncidentDoneOnField, type SeriousIncidentDecision, type SeriousIncidentOutcome, type SeriousIncidentNotification, type SeriousIncidentNotificationKind, type SeriousIncidentNotificationType, type PossibleNotification, type NotifyingAuthority, type SeriousIncidentAction, type SeriousIncidentNote, type LcsprConsideration, type LcsprCriterion, type LcsprCriterionCheck, type LcsprCriterionStatus, type SeriousIncidentInput } from './rules/serious-incident/index.js';
export { assessNeedToKnow, type MatchedCircumstance, type NeedToKnowDeadline, type NeedToKnowDecision, type NeedToKnowInput, type NeedToKnowOutcome, type ChildStatus } from './rules/need-to-know/index.js';
export { timescales, timescaleInterpretations, type Timescale, type TimescaleBasis } from './rules/timescales/index.js';
export {
  statutoryTimeline,
  type StatutoryTimelineOptions,
  type CaseTimeline,
  type TimelineEpisode,
  type TimelineDeadline,
  type TimelineDeadlineFields,
  type TimelineStatus,
  type TimelineMetDeadline,
  type TimelineLateDeadline,
  type TimelineMetInferredDeadline,
  type TimelineDueDeadline,
  type TimelineOverdueDeadline,
  type TimelineStoppedDeadline,
  type TimelineNotRequiredDeadline,
  type TimelineNotYetTriggeredDeadline,
  type NotStartedProcess,
  type EventReference,
} from './rules/timeline/index.js';
export {
  validatePlacementNotification,
  type PlacementNotificationResult,
  type ValidPlacementNotificationResult,
  type InvalidPlacementNotificationResult,
  type PlacementNotificationProblem,
} from './rules/placement-notification/index.js';
export type { PlacementNotificationInput } from './schemas/placement-notification-input.js';
export type { StatutoryTimelineInput, TimelineEvent, TimelineEventType } from './schemas/timeline.js';
export { assessNationalAlert, type NationalAlertDeadline, type NationalAlertDecision, type NationalAlertEligibility, type NationalAlertInput, type NationalAlertOutcome, type ThresholdCheck, type AlertSubject } from './rules/national-alert/index.js';
export type { ClassifyNeedInput, ClassifyNeedOptions } from './rules/need-level/input-types.js';
export type { ReporterRole } from './rules/need-level/input-schema.js';
export type { ReadonlyInput } from './schemas/readonly-input.js';
