import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const mediaAttentionOfMembersOrMps: RuleModule = {
  id: 'need-to-know.media.attention-of-members-or-mps',
  decision: 'need-to-know',
  title: 'A matter attracting the attention of the media, councillors or MPs',
  citation: [ntk.media],
  summary: 'Any matter that has attracted, or is likely to attract, the attention of the media, Members of the Council or Members of Parliament needs a notification.',
  conditions: {
    all: [
      {
        fact: 'attentionOfMembersOrMps',
        operator: 'equal',
        value: true,
        says: 'the matter has attracted, or is likely to attract, the attention of the media, councillors or MPs',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'media' } },
  examples: [
    {
      name: 'An MP writes to the Council about a looked after child’s placement',
      input: { asOf: '2026-03-02', attentionOfMembersOrMps: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The matter has not attracted the attention of the media, councillors or MPs',
      input: { asOf: '2026-03-02', attentionOfMembersOrMps: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
