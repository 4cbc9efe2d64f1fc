/**
 * Every rule module of the library, by decision area, and the public `rules`
 * documentation view of them.
 */
import { documentRule, type RuleDocumentation } from './engine/rule-documentation.js';
import type { DecisionArea, RuleModule } from './engine/rule-module.js';
import { nationalAlertRules } from './national-alert/rules/index.js';
import { needLevelRules } from './need-level/rules/index.js';
import { needToKnowRules } from './need-to-know/rules/index.js';
import { ruleModules as seriousIncidentRules } from './serious-incident/rules/index.js';
import { deepFreeze } from './deep-freeze.js';

export const decisionAreas: Record<DecisionArea, { title: string; description: string; entry: string }> = {
  'need-level': {
    title: 'Level of need',
    description:
      "A child's level of need (Universal, Additional, Intensive, Specialist) under Luton's threshold document, read for what each indicator is evidence of, with the route, the Working Together 2026 category and the duties that follow; ‘adult’ for a person of 18 or over. The timescales after a referral (the decision within one working day, the assessment within 45 working days, the conference within 15 working days of the strategy discussion) are judged by the statutory timeline decision on the case history, not here.",
    entry: 'classifyNeed',
  },
  'need-to-know': {
    title: "Luton 'Need to Know' notifications",
    description: 'Whether a serious event must be notified to senior managers under Luton’s Need to Know guidance, and what follows.',
    entry: 'assessNeedToKnow',
  },
  'national-alert': {
    title: 'National child protection alerts',
    description: 'Whether a national child protection alert should be issued for a missing child, and the sign-off and follow-up dates.',
    entry: 'assessNationalAlert',
  },
  'serious-incident': {
    title: 'Serious incident notifications',
    description:
      'Whether a serious incident must be notified to the Child Safeguarding Practice Review Panel (and others), with the rapid review and review deadlines.',
    entry: 'assessSeriousIncident',
  },
};

export const allRuleModules: readonly RuleModule[] = deepFreeze([
  ...needLevelRules,
  ...needToKnowRules,
  ...nationalAlertRules,
  ...seriousIncidentRules,
]);

/** Deeply frozen: one caller cannot change the catalogue (or a rule) under another. */
export const rules: readonly RuleDocumentation[] = deepFreeze(allRuleModules.map(documentRule));
