import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const mediaPublicDebateOrAnxiety: RuleModule = {
  id: 'need-to-know.media.public-debate-or-anxiety',
  decision: 'need-to-know',
  title: 'A matter of public debate or anxiety',
  citation: [ntk.media],
  summary: 'Matters of public debate or anxiety need a notification.',
  conditions: { all: [{ fact: 'publicDebateOrAnxiety', operator: 'equal', value: true, says: 'the matter is one of public debate or anxiety' }] },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'media' } },
  examples: [
    {
      name: 'A local campaign forms after an incident involving a looked after child',
      input: { asOf: '2026-03-02', publicDebateOrAnxiety: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The matter is not one of public debate or anxiety',
      input: { asOf: '2026-03-02', publicDebateOrAnxiety: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
