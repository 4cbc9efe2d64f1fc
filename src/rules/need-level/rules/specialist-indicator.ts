import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';
import { evidenceReadings } from '../indicators/evidence-readings.js';

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
  interpretations: [needLevelInterpretations.specialistSingleIndicator, evidenceReadings.needWithoutHarm],
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: 'One Specialist indicator is observed alongside Additional ones',
      input: { indicators: [example.specialist, example.additional], significantHarmSuspected: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A child previously looked after, nothing else recorded: one Specialist indicator makes a Specialist referral',
      input: { indicators: ['need-level.specialist.family-and-social-relationships.previously-looked-after'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-in-need-section-17', 'route.consent.situation': 'child-in-need' } },
    },
    {
      name: 'An 11-year-old whose parent’s mental ill-health seriously affects their care: a referral, and whether she is a young carer is considered',
      input: { indicators: ['need-level.specialist.basic-care-safety-and-protection.parental-mental-health-or-substance-misuse'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false, ageInYears: 11 },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.special-circumstance.young-carers.consider-on-referral', 'need-level.action.weigh-parental-factors'] } },
    },
    {
      name: 'Only Additional indicators are observed',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
