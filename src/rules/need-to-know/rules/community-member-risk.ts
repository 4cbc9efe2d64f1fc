import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const communityMemberRisk: RuleModule = {
  id: 'need-to-know.community.member-poses-risk',
  decision: 'need-to-know',
  title: 'A member of the community poses a risk to children or young people',
  citation: [ntk.appliesTo],
  summary:
    'The guidance names members of the community who pose a risk to children or young people among those a notification may apply to. The library puts such a case to the Service Manager, who decides (see the interpretation).',
  conditions: {
    all: [
      {
        fact: 'communityMemberPosesRisk',
        operator: 'equal',
        value: true,
        says: 'a member of the community poses a risk to children or young people',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.communityMemberRisk],
  event: { type: 'need-to-know-circumstance', params: { category: 'community' } },
  examples: [
    {
      name: 'A man recently released after offences against children has moved next to a children’s home',
      input: { asOf: '2026-03-02', communityMemberPosesRisk: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No member of the community is known to pose a risk',
      input: { asOf: '2026-03-02', communityMemberPosesRisk: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
