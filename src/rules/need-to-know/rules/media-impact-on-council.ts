import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const mediaImpactOnCouncil: RuleModule = {
  id: 'need-to-know.media.impact-on-council',
  decision: 'need-to-know',
  title: 'Media coverage that may have an impact on the Council',
  citation: [ntk.media],
  summary: 'Any media coverage, or likely coverage, that may have an impact on the Council needs a notification.',
  conditions: {
    all: [
      {
        fact: 'mediaImpactOnCouncil',
        operator: 'equal',
        value: true,
        says: 'there is, or is likely to be, media coverage that may have an impact on the Council',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'media' } },
  examples: [
    {
      name: 'A newspaper asks for comment on a story about the Council’s children’s homes',
      input: { asOf: '2026-03-02', mediaImpactOnCouncil: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No media coverage affecting the Council is expected',
      input: { asOf: '2026-03-02', mediaImpactOnCouncil: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
