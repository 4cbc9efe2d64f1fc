import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const legalProsecutionByOrAgainstCouncil: RuleModule = {
  id: 'need-to-know.legal.prosecution-by-or-against-council',
  decision: 'need-to-know',
  title: 'A prosecution by or against the Council',
  citation: [ntk.legal],
  summary: 'A prosecution brought by, or against, the Council needs a notification.',
  conditions: {
    all: [{ fact: 'prosecutionByOrAgainstCouncil', operator: 'equal', value: true, says: 'the Council is bringing, or facing, a prosecution' }],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'legal-proceedings' } },
  examples: [
    {
      name: 'The Council is prosecuted under health and safety law after an accident at a children’s home',
      input: { asOf: '2026-03-02', prosecutionByOrAgainstCouncil: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no prosecution by or against the Council',
      input: { asOf: '2026-03-02', prosecutionByOrAgainstCouncil: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
