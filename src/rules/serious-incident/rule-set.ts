/** The serious incident rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { timescales } from '../timescales/registry.js';
import { workingTogether, luton } from './citations.js';
import { seriousIncidentFacts } from './facts.js';
import { lcsprCriteria } from './lcspr-criteria.js';
import { ruleModules } from './rules/index.js';

export const seriousIncidentRuleSet = createRuleSet({
  area: 'serious-incident',
  modules: ruleModules,
  facts: seriousIncidentFacts,
  // The LCSPR checklist, the deadlines' timescales (5 working days to notify, ...) and
  // the citations the actions carry are part of what the decision returns, so of the version.
  data: { lcsprCriteria, timescales: timescales.filter((t) => t.id.startsWith('serious-incident.')), citations: { workingTogether, luton } },
});
