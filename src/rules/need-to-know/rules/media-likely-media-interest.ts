import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const mediaLikelyMediaInterest: RuleModule = {
  id: 'need-to-know.media.likely-media-interest',
  decision: 'need-to-know',
  title: 'A matter likely to attract local or national media interest',
  citation: [ntk.media],
  summary: 'Matters likely to attract local or national media interest need a notification.',
  conditions: {
    all: [
      {
        fact: 'likelyMediaInterest',
        operator: 'equal',
        value: true,
        says: 'the matter is likely to attract local or national media interest',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'media' } },
  examples: [
    {
      name: 'A court case involving a care leaver is likely to be reported nationally',
      input: { asOf: '2026-03-02', likelyMediaInterest: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The matter is not likely to attract media interest',
      input: { asOf: '2026-03-02', likelyMediaInterest: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
