import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const legalSensitiveProceedings: RuleModule = {
  id: 'need-to-know.legal.sensitive-proceedings',
  decision: 'need-to-know',
  title: 'Sensitive legal proceedings',
  citation: [ntk.legal],
  summary: 'Sensitive proceedings need a notification: for example proceedings about the death of a client, prosecutions or breaches of regulations about registered homes, the closure of a registered home, or litigation about residents of a children’s home.',
  conditions: {
    all: [
      {
        fact: 'sensitiveProceedings',
        operator: 'equal',
        value: true,
        says: 'there are sensitive proceedings, such as about a client’s death or a registered home',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'legal-proceedings' } },
  examples: [
    {
      name: 'A registered children’s home faces prosecution for breaching regulations',
      input: { asOf: '2026-03-02', sensitiveProceedings: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There are no sensitive proceedings',
      input: { asOf: '2026-03-02', sensitiveProceedings: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
