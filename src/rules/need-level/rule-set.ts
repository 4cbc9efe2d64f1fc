/** The need-level rule set, built once and reused by every classification. */
import { createRuleSet } from '../engine/rule-set.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from './defaults.js';
import { needLevelFacts } from './facts.js';
import { needIndicators } from './indicators/index.js';
import { mashScreeningOutcomes, needLevelRoutes, specialistChildInNeedRoute } from './routes.js';
import { needLevelRules } from './rules/index.js';
import { specialCircumstances } from './special-circumstances.js';
import { categories } from './working-together-category.js';

export const needLevelRuleSet = createRuleSet({
  area: 'need-level',
  modules: needLevelRules,
  facts: needLevelFacts,
  // Everything else a classification depends on, so the hash changes when any of it does:
  // which indicator counts where, the routes and MASH outcomes, the Working Together
  // categories, the special circumstances' duties and the default threshold.
  data: {
    needIndicators,
    routes: { byLevel: needLevelRoutes, specialistChildInNeed: specialistChildInNeedRoute, mashScreeningOutcomes },
    workingTogetherCategories: categories,
    specialCircumstances,
    defaults: { intensiveIndicatorThreshold: DEFAULT_INTENSIVE_INDICATOR_THRESHOLD },
  },
});
