import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';

export const additionalIndicator: RuleModule = {
  id: 'need-level.classify.additional-indicator',
  decision: 'need-level',
  title: 'An Additional indicator means Additional need',
  citation: [luton.atAGlance, luton.categories],
  summary:
    'When at least one indicator of Additional need is observed, the child would benefit from extra help: the practitioners who know the family work together and bring in other services using their own request forms.',
  conditions: {
    all: [{ fact: 'additionalIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'at least one Additional indicator was observed' }],
  },
  event: { type: 'level', params: { level: 'additional' } },
  priority: 6,
  examples: [
    {
      name: 'One Additional indicator is observed',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'No Additional indicator is observed',
      input: { indicators: [example.universal], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
