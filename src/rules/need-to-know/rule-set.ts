/** The Need to Know rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { timescales } from '../timescales/registry.js';
import { needToKnowFacts } from './facts.js';
import { roles } from './roles.js';
import { needToKnowRules } from './rules/index.js';

export const needToKnowRuleSet = createRuleSet({
  area: 'need-to-know',
  modules: needToKnowRules,
  facts: needToKnowFacts,
  // The weekly-update timescale and the roles actions name are part of the version.
  data: { timescales: timescales.filter((t) => t.id.startsWith('need-to-know.')), roles },
});
