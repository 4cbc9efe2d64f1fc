import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { onChildInNeedOrProtectionPlan } from './shared-conditions.js';

export const cinCpRiskyBehaviours: RuleModule = {
  id: 'need-to-know.cin-cp.risky-behaviours',
  decision: 'need-to-know',
  title: 'A child on a child in need or child protection plan is involved in risky behaviours',
  citation: [ntk.cinAndCp],
  summary: 'A child subject to a child in need plan or a child protection plan who is involved in risky behaviours needs a notification.',
  conditions: {
    all: [
      onChildInNeedOrProtectionPlan,
      { fact: 'riskyBehaviours', operator: 'equal', value: true, says: 'the child is involved in risky behaviours' },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'child-in-need-and-child-protection' } },
  examples: [
    {
      name: 'A child on a child in need plan is repeatedly found in a known drug house',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], riskyBehaviours: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A child on a child in need plan is not involved in risky behaviours',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], riskyBehaviours: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
