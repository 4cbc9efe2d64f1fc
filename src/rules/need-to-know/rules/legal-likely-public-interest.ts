import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const legalLikelyPublicInterest: RuleModule = {
  id: 'need-to-know.legal.likely-public-interest',
  decision: 'need-to-know',
  title: 'Legal proceedings likely to excite public or media interest',
  citation: [ntk.legal],
  summary: 'Legal proceedings likely to excite public or media interest need a notification.',
  conditions: {
    all: [
      {
        fact: 'proceedingsLikelyPublicInterest',
        operator: 'equal',
        value: true,
        says: 'the proceedings are likely to excite public or media interest',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'legal-proceedings' } },
  examples: [
    {
      name: 'Care proceedings about a high-profile family are starting',
      input: { asOf: '2026-03-02', proceedingsLikelyPublicInterest: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The proceedings are not likely to excite public interest',
      input: { asOf: '2026-03-02', proceedingsLikelyPublicInterest: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
