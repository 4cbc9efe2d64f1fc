/** Every national child protection alert rule: who can be alerted, then the thresholds. */
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

export const eligibilityRules: readonly RuleModule[] = deepFreeze([
  eligibilityChildProtectionPlan,
  exceptionalSection47,
  exceptionalCareOrderAbduction,
  exceptionalAccommodatedRemoved,
]);

export const thresholdRules: readonly RuleModule[] = deepFreeze([
  thresholdReallyMissing,
  thresholdTemporaryAbsenceExcluded,
  thresholdReasonableAttempts,
  thresholdThreeWeeks,
]);

// Deeply frozen: the modules are public (through `rules`) and shared by every decision.
export const nationalAlertRules: readonly RuleModule[] = deepFreeze([...eligibilityRules, ...thresholdRules]);
