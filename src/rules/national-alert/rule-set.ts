/** The national alert rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { nationalAlertFacts } from './facts.js';
import { nationalAlertRules } from './rules/index.js';

export const nationalAlertRuleSet = createRuleSet({ area: 'national-alert', modules: nationalAlertRules, facts: nationalAlertFacts });
