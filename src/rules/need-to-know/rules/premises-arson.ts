import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const premisesArson: RuleModule = {
  id: 'need-to-know.premises.arson',
  decision: 'need-to-know',
  title: 'Arson at premises',
  citation: [ntk.premises],
  summary: 'Any arson at service premises, a school or commissioned or partner agency premises needs a notification.',
  conditions: { all: [{ fact: 'premisesArson', operator: 'equal', value: true, says: 'service premises, a school, or commissioned or partner agency premises have been the subject of arson' }] },
  interpretations: [needToKnowInterpretations.headingNotRestricting, needToKnowInterpretations.premisesAsListed],
  event: { type: 'need-to-know-circumstance', params: { category: 'premises' } },
  examples: [
    {
      name: 'A fire is set deliberately in the bin store of a children’s home',
      input: { asOf: '2026-03-02', premisesArson: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A fire is set deliberately at a primary school: schools are among the premises the guidance names',
      input: { asOf: '2026-03-02', premisesArson: true },
      expect: { rule: 'fired', outcome: 'notification-required', result: { 'interpretations.1.id': 'need-to-know.interpretation.premises-as-listed' } },
    },
    { name: 'There has been no arson', input: { asOf: '2026-03-02', premisesArson: false }, expect: { rule: 'not-fired' } },
  ],
};
