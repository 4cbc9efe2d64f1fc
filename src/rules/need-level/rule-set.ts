/** The need-level rule set, built once and reused by every classification. */
import { createRuleSet } from '../engine/rule-set.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from './defaults.js';
import { needLevelFacts } from './facts.js';
import { needIndicators } from './indicators/index.js';
import { adultRoute, consultationRoutes, immediateRiskScreening, mashScreeningOutcomes, needLevelRoutes, specialistHonourBasedRoute, specialistLookedAfterRoute, specialistRoutes } from './routes.js';
import { evidenceByIndicator } from './indicators/evidence.js';
import { nearDuplicateGroups } from './indicators/same-concern.js';
import { strengthContradictions } from './indicators/contradictions.js';
import { needLevelRules } from './rules/index.js';
import { specialCircumstances } from './special-circumstances.js';
import { categories } from './working-together-category.js';

/** Everything besides the rule modules and facts that the decision depends on; hashed into `ruleset.hash`. */
export const needLevelHashData = {
  needIndicators,
  evidence: [...evidenceByIndicator.values()],
  nearDuplicateGroups,
  strengthContradictions,
  routes: { byLevel: needLevelRoutes, specialist: specialistRoutes, honourBased: specialistHonourBasedRoute, lookedAfter: specialistLookedAfterRoute, consultation: consultationRoutes, adult: adultRoute, mashScreeningOutcomes, immediateRiskScreening },
  workingTogetherCategories: categories,
  specialCircumstances,
  defaults: { intensiveIndicatorThreshold: DEFAULT_INTENSIVE_INDICATOR_THRESHOLD },
};

export const needLevelRuleSet = createRuleSet({
  area: 'need-level',
  modules: needLevelRules,
  facts: needLevelFacts,
  // Everything else a classification depends on, so the hash changes when any of it does:
  // which indicator counts where and what it is evidence of, the routes and MASH
  // outcomes, the Working Together categories, the special circumstances' duties
  // and the default threshold.
  data: needLevelHashData,
});
