/** National child protection alerts: the decision, its result types and its rules. */
export {
  assessNationalAlert,
  type NationalAlertDeadline,
  type NationalAlertDecision,
  type NationalAlertEligibility,
  type NationalAlertOutcome,
  type ThresholdCheck,
} from './assess-national-alert.js';
export type { NationalAlertInput } from './input-types.js';
export { nationalAlertRules, nationalAlertRules as ruleModules } from './rules/index.js';
export { nationalAlertFacts, type AlertSubject } from './facts.js';
