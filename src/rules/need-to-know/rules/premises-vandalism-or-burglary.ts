import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const premisesVandalismOrBurglary: RuleModule = {
  id: 'need-to-know.premises.vandalism-or-burglary',
  decision: 'need-to-know',
  title: 'Significant vandalism of, or a burglary at, premises',
  citation: [ntk.premises],
  summary: 'Significant vandalism of, or a burglary at, service premises needs a notification.',
  conditions: {
    all: [
      {
        fact: 'premisesVandalismOrBurglary',
        operator: 'equal',
        value: true,
        says: 'service premises, a school, or commissioned or partner agency premises have suffered significant vandalism or a burglary',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting, needToKnowInterpretations.premisesAsListed],
  event: { type: 'need-to-know-circumstance', params: { category: 'premises' } },
  examples: [
    {
      name: 'A family centre is broken into and case files are taken',
      input: { asOf: '2026-03-02', premisesVandalismOrBurglary: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There has been no significant vandalism or burglary',
      input: { asOf: '2026-03-02', premisesVandalismOrBurglary: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
