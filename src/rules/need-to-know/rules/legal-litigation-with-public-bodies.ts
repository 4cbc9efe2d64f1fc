import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const legalLitigationWithPublicBodies: RuleModule = {
  id: 'need-to-know.legal.litigation-with-public-bodies',
  decision: 'need-to-know',
  title: 'Litigation with other local authorities or public bodies',
  citation: [ntk.legal],
  summary: 'Litigation between the Council and other local authorities, or public bodies on which the Council is represented or with which it has a close relationship, needs a notification.',
  conditions: {
    all: [
      {
        fact: 'litigationWithPublicBodies',
        operator: 'equal',
        value: true,
        says: 'there is litigation between the Council and another local authority or a related public body',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'legal-proceedings' } },
  examples: [
    {
      name: 'Another local authority sues the Council over responsibility for a care leaver',
      input: { asOf: '2026-03-02', litigationWithPublicBodies: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no litigation with other public bodies',
      input: { asOf: '2026-03-02', litigationWithPublicBodies: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
