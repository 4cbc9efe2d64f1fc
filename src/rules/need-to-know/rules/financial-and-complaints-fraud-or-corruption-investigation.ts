import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const financialAndComplaintsFraudOrCorruptionInvestigation: RuleModule = {
  id: 'need-to-know.financial-and-complaints.fraud-or-corruption-investigation',
  decision: 'need-to-know',
  title: 'A police investigation into suspected fraud or corruption',
  citation: [ntk.financial],
  summary: 'A police investigation into suspected fraud or corruption involving employees or contractors needs a notification.',
  conditions: {
    all: [
      {
        fact: 'fraudOrCorruptionInvestigation',
        operator: 'equal',
        value: true,
        says: 'the police are investigating suspected fraud or corruption involving employees or contractors',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'financial-and-complaints' } },
  examples: [
    {
      name: 'Police investigate a contractor for invoicing for placements that did not happen',
      input: { asOf: '2026-03-02', fraudOrCorruptionInvestigation: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no police investigation into fraud or corruption',
      input: { asOf: '2026-03-02', fraudOrCorruptionInvestigation: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
