import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const mediaCoverageOfChild: RuleModule = {
  id: 'need-to-know.media.coverage-of-child',
  decision: 'need-to-know',
  title: 'Media coverage about a child receiving a service',
  citation: [ntk.media],
  summary: 'Any media coverage about a child receiving a service from the Children, Families & Education Directorate, including publicity about a missing person, child sexual exploitation or risk, needs a notification.',
  conditions: {
    all: [{ fact: 'mediaCoverageOfChild', operator: 'equal', value: true, says: 'there is media coverage about a child receiving a service' }],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'media', aboutChild: true } },
  examples: [
    {
      name: 'A police appeal for a missing looked after child is published',
      input: { asOf: '2026-03-02', mediaCoverageOfChild: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no media coverage about the child',
      input: { asOf: '2026-03-02', mediaCoverageOfChild: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
