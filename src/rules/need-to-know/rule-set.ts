/** The Need to Know rule set, built once and reused by every decision. */
import { createRuleSet } from '../engine/rule-set.js';
import { needToKnowFacts } from './facts.js';
import { needToKnowRules } from './rules/index.js';

export const needToKnowRuleSet = createRuleSet({ area: 'need-to-know', modules: needToKnowRules, facts: needToKnowFacts });
