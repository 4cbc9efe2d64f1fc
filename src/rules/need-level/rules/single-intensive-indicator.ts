import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';

export const singleIntensiveIndicator: RuleModule = {
  id: 'need-level.classify.single-intensive-indicator',
  decision: 'need-level',
  title: 'Fewer Intensive indicators than the threshold mean at least Additional need',
  citation: [luton.glanceIntensive, luton.accessIntensive, luton.judgement],
  summary:
    'One Intensive indicator on its own (or fewer than the chosen threshold) does not by default make the need Intensive, but it does show a need beyond Universal: the library treats it as at least Additional and the practitioner should consider whether the need is in fact Intensive.',
  conditions: {
    all: [
      { fact: 'intensiveIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'at least one Intensive indicator was observed' },
      {
        fact: 'intensiveIndicatorCount',
        operator: 'lessThan',
        value: { fact: 'intensiveIndicatorThreshold' },
        says: 'fewer Intensive indicators were observed than the threshold for Intensive need (two by default)',
      },
    ],
  },
  interpretations: [needLevelInterpretations.intensiveThresholdTwo],
  event: {
    type: 'level',
    params: {
      level: 'additional',
      action: {
        id: 'need-level.action.consider-intensive',
        description:
          'Fewer Intensive indicators were recorded than make Intensive need (the threshold, two by default): start at the Additional level, with the services that know the family and their own request forms. If the need proves more complex, or Additional support does not resolve it, discuss it with the family and make an Intensive request: the Luton referral form, with the consent section signed, sent to the MASH.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  priority: 7,
  examples: [
    {
      name: 'One Intensive indicator and nothing else',
      input: { indicators: [example.intensive], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'Two Intensive indicators with a threshold of three: Additional, and the prompt does not say "on its own"',
      input: { indicators: [example.intensive, example.intensiveOther], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      options: { intensiveIndicatorThreshold: 3 },
      expect: { rule: 'fired', outcome: 'additional', actions: { include: ['need-level.action.consider-intensive'] } },
    },
    {
      name: 'Only Universal indicators',
      input: { indicators: [example.universal], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
