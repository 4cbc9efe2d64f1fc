/** Every national child protection alert rule: who is never alerted, who can be, the thresholds, then the follow-up of an issued alert. */
import type { RuleModule } from '../../engine/rule-module.js';
import { eligibilityChildProtectionPlan } from './eligibility-child-protection-plan.js';
import { exceptionalSection47 } from './exceptional-section-47.js';
import { exceptionalCareOrderAbduction } from './exceptional-care-order-abduction.js';
import { exceptionalAccommodatedRemoved } from './exceptional-accommodated-removed.js';
import { thresholdReallyMissing } from './threshold-really-missing.js';
import { thresholdTemporaryAbsenceExcluded } from './threshold-temporary-absence-excluded.js';
import { thresholdReasonableAttempts } from './threshold-reasonable-attempts.js';
import { thresholdThreeWeeks } from './threshold-three-weeks.js';
import { deepFreeze } from '../../deep-freeze.js';
import { followUpChildLocated, followUpEnded, followUpReissueDated, followUpStillMissing, followUpWithdraw } from './follow-up.js';
import { exclusionVulnerableAdult } from './exclusion-vulnerable-adult.js';
import { warningLocatedAndLocality } from './warning-located-and-locality.js';
import { warningIssuedBeforeThreeWeeks } from './warning-issued-before-three-weeks.js';

export const eligibilityRules: readonly RuleModule[] = deepFreeze([
  eligibilityChildProtectionPlan,
  exceptionalSection47,
  exceptionalCareOrderAbduction,
  exceptionalAccommodatedRemoved,
]);

/** Who is never alerted, whatever the thresholds say: weighed before them. */
export const exclusionRules: readonly RuleModule[] = deepFreeze([exclusionVulnerableAdult]);

export const thresholdRules: readonly RuleModule[] = deepFreeze([
  thresholdReallyMissing,
  thresholdTemporaryAbsenceExcluded,
  thresholdReasonableAttempts,
  thresholdThreeWeeks,
]);

/** The rules for an alert already issued that decide what becomes of it: ended, withdrawn, ended by a "found" notification, or kept. */
export const followUpRules: readonly RuleModule[] = deepFreeze([followUpEnded, followUpWithdraw, followUpChildLocated, followUpStillMissing]);

/** The rule that says whether the next re-issue and the deletion can be dated (it adds dates, never changes the outcome). */
export const followUpDateRules: readonly RuleModule[] = deepFreeze([followUpReissueDated]);

/** Rules that warn about answers that contradict each other (they conclude nothing). */
export const warningRules: readonly RuleModule[] = deepFreeze([warningLocatedAndLocality, warningIssuedBeforeThreeWeeks]);

export const nationalAlertRules: readonly RuleModule[] = deepFreeze([...exclusionRules, ...eligibilityRules, ...thresholdRules, ...followUpRules, ...followUpDateRules, ...warningRules]);
