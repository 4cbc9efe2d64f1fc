/** The national alert rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { timescales } from '../timescales/registry.js';
import { nationalAlertFacts } from './facts.js';
import { roles } from './roles.js';
import { nationalAlertRules } from './rules/index.js';

export const nationalAlertRuleSet = createRuleSet({
  area: 'national-alert',
  modules: nationalAlertRules,
  facts: nationalAlertFacts,
  // The three weeks, re-issue and deletion timescales and the sign-off roles are part of the version.
  data: { timescales: timescales.filter((t) => t.id.startsWith('national-alert.')), roles },
});
