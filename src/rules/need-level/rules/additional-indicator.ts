import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { answeredNo, example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';
import { evidenceReadings } from '../indicators/evidence-readings.js';
import { indicatorId } from './shared-conditions.js';

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
  interpretations: [needLevelInterpretations.additionalFamilyAgreement, evidenceReadings.neetConflict, evidenceReadings.siblingCare, evidenceReadings.garbledBullets, evidenceReadings.nearDuplicates],
  event: { type: 'level', params: { level: 'additional' } },
  priority: 6,
  examples: [
    {
      name: 'One Additional indicator is observed',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'A child with dyslexia and targeted support: no MASH contact for a disabled child’s safety, which is not in question',
      input: { indicators: [indicatorId.dyslexia], ...answeredNo, ageInYears: 9 },
      expect: { rule: 'fired', outcome: 'additional', actions: { exclude: ['need-level.special-circumstance.send.contact-mash'] } },
    },
    {
      name: 'A 9-year-old who looks after younger siblings, with no referral to children’s social care: no young carer’s assessment duty',
      input: { indicators: [indicatorId.caringRole], ...answeredNo, ageInYears: 9 },
      expect: {
        rule: 'fired',
        outcome: 'additional',
        actions: { exclude: ['need-level.special-circumstance.young-carers.consider-on-referral', 'need-level.special-circumstance.young-carers.needs-assessment'] },
      },
    },
    {
      name: 'A 17-year-old not in education, employment or training is Additional, as printed at a glance',
      input: { indicators: [indicatorId.neet], ...answeredNo, ageInYears: 17 },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'No Additional indicator is observed',
      input: { indicators: [example.universal], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
