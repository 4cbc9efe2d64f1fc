import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const premisesSeriousDamage: RuleModule = {
  id: 'need-to-know.premises.serious-damage',
  decision: 'need-to-know',
  title: 'Serious or significant damage to premises',
  citation: [ntk.premises],
  summary: 'Serious or significant damage to service premises, a school or commissioned or partner agency premises, for example from a flood or an accidental fire, needs a notification.',
  conditions: {
    all: [
      {
        fact: 'premisesSeriousDamage',
        operator: 'equal',
        value: true,
        says: 'service premises, a school, or commissioned or partner agency premises have suffered serious or significant damage',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting, needToKnowInterpretations.premisesAsListed],
  event: { type: 'need-to-know-circumstance', params: { category: 'premises' } },
  examples: [
    {
      name: 'A children’s home is flooded and the children have to move out',
      input: { asOf: '2026-03-02', premisesSeriousDamage: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No premises have been seriously damaged',
      input: { asOf: '2026-03-02', premisesSeriousDamage: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
