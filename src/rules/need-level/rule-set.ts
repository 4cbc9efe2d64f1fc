/** The need-level rule set, built once and reused by every classification. */
import { createRuleSet } from '../engine/rule-set.js';
import { needLevelFacts } from './facts.js';
import { needIndicators } from './indicators/index.js';
import { needLevelRules } from './rules/index.js';

export const needLevelRuleSet = createRuleSet({
  area: 'need-level',
  modules: needLevelRules,
  facts: needLevelFacts,
  // The catalogue decides which indicator counts where, so it is part of the version.
  data: needIndicators,
});
