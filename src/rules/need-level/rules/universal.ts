import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';

export const universal: RuleModule = {
  id: 'need-level.classify.universal',
  decision: 'need-level',
  title: 'Without indicators of higher need, needs are met by universal services',
  citation: [luton.categories, luton.atAGlance],
  summary:
    'When no indicator of Additional, Intensive or Specialist need is observed, the child’s needs are met by their family and by universal services such as health and education. Universal indicators describe good progress; they never raise the level.',
  conditions: {
    all: [
      { fact: 'additionalIndicatorCount', operator: 'equal', value: 0, says: 'no Additional indicator was observed' },
      { fact: 'intensiveIndicatorCount', operator: 'equal', value: 0, says: 'no Intensive indicator was observed' },
      { fact: 'specialistIndicatorCount', operator: 'equal', value: 0, says: 'no Specialist indicator was observed' },
    ],
  },
  event: { type: 'level', params: { level: 'universal' } },
  priority: 1,
  examples: [
    {
      name: 'A child making good progress, with only Universal indicators recorded',
      input: { indicators: [example.universal], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'fired', outcome: 'universal' },
    },
    {
      name: 'An Additional indicator is recorded',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
