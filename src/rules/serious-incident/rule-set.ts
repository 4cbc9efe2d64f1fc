/** The serious incident rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { seriousIncidentFacts } from './facts.js';
import { lcsprCriteria } from './lcspr-criteria.js';
import { ruleModules } from './rules/index.js';

export const seriousIncidentRuleSet = createRuleSet({
  area: 'serious-incident',
  modules: ruleModules,
  facts: seriousIncidentFacts,
  // The LCSPR checklist is part of what the decision returns, so it is part of the version.
  data: { lcsprCriteria },
});
