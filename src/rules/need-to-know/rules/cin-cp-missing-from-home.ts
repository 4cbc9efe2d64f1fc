import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';
import { onChildProtectionPlan } from './shared-conditions.js';

export const cinCpMissingFromHome: RuleModule = {
  id: 'need-to-know.cin-cp.missing-from-home',
  decision: 'need-to-know',
  title: 'A child on a child protection plan is missing from home',
  citation: [ntk.cinAndCp],
  interpretations: [needToKnowInterpretations.registerIsAPlan],
  summary: 'A child subject to a child protection plan who is missing from home needs a notification, updated weekly while they are missing. (See also national child protection alerts when the family has gone missing from the area.)',
  conditions: {
    all: [
      onChildProtectionPlan,
      { fact: 'childMissing', operator: 'equal', value: true, says: 'the child is missing from home' },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'child-in-need-and-child-protection', missingChild: true } },
  examples: [
    {
      name: 'A child on a child protection plan has not been seen at home since yesterday',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childMissing: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A child on a child protection plan is at home',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childMissing: false },
      expect: { rule: 'not-fired' },
    },
    {
      name: 'A child on a child in need plan only is missing; this rule is for child protection plans',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], childMissing: true },
      expect: { rule: 'not-fired' },
    },
  ],
};
