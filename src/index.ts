/** `luton-safeguarding-rules`: the public API (re-exports only). */
export { SafeguardingInputError, type InputIssue } from './schemas/input-error.js';
export type { Citation } from './schemas/citation.js';
export type { IsoDate } from './schemas/iso-date.js';
export type { Deadline, PeriodUnit } from './calendar/deadline-types.js';
export type { Action, DecisionResult, MissingFact, RuleTrace, RulesetVersion } from './rules/engine/decision-result.js';
export type { ConditionTrace, ConditionStatus } from './rules/engine/condition-trace.js';
export type { RuleStatus } from './rules/engine/rule-module.js';
