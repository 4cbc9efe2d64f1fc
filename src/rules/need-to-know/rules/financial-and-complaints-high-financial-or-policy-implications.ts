import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const financialAndComplaintsHighFinancialOrPolicyImplications: RuleModule = {
  id: 'need-to-know.financial-and-complaints.high-financial-or-policy-implications',
  decision: 'need-to-know',
  title: 'An incident with potentially high financial or policy implications',
  citation: [ntk.financial],
  summary: 'Incidents with potentially high financial or policy implications, such as a judicial review for which leave has been granted, need a notification.',
  conditions: {
    all: [
      {
        fact: 'highFinancialOrPolicyImplications',
        operator: 'equal',
        value: true,
        says: 'the incident has potentially high financial or policy implications',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'financial-and-complaints' } },
  examples: [
    {
      name: 'Leave is granted for a judicial review of a care leaver’s support',
      input: { asOf: '2026-03-02', highFinancialOrPolicyImplications: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There are no high financial or policy implications',
      input: { asOf: '2026-03-02', highFinancialOrPolicyImplications: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
