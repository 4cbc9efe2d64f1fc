import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';

export const specialistIndicator: RuleModule = {
  id: 'need-level.classify.specialist-indicator',
  decision: 'need-level',
  title: 'Any Specialist indicator means Specialist need',
  citation: [luton.atAGlance, luton.categories],
  summary:
    'A single indicator of Specialist need is enough for the need to be Specialist: these indicators describe children who have suffered or are likely to suffer significant harm, or whose needs only statutory or specialist services can meet.',
  conditions: {
    all: [{ fact: 'specialistIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'at least one Specialist indicator was observed' }],
  },
  // Relied on only when the indicator is one of the statutory situations (classifyNeed returns it then).
  interpretations: [needLevelInterpretations.statutoryConsentSituations],
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: 'One Specialist indicator is observed alongside Additional ones',
      input: { indicators: [example.specialist, example.additional], significantHarmSuspected: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'Only Additional indicators are observed',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
