import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';
import { evidenceReadings } from '../indicators/evidence-readings.js';

export const intensiveIndicators: RuleModule = {
  id: 'need-level.classify.intensive-indicators',
  decision: 'need-level',
  title: 'Several Intensive indicators mean Intensive need',
  citation: [luton.atAGlance, luton.categories, luton.judgement],
  summary:
    'The threshold document says that a number of Intensive indicators point to Intensive need, without saying how many; its categories table also places children with a disability resulting in complex needs at Intensive on their own, where the special needs and disability service becomes involved (the SEND duties follow). The library uses two by default (see the interpretation); a case system can set its own number with the intensiveIndicatorThreshold option. The indicators are not weighted, so the count is a prompt for professional judgement, not a score.',
  conditions: {
    any: [
      {
        fact: 'intensiveIndicatorCount',
        operator: 'greaterThanInclusive',
        value: { fact: 'intensiveIndicatorThreshold' },
        says: 'the number of Intensive indicators observed reaches the threshold (two by default)',
      },
      // The categories table's Intensive row: "a disability resulting in complex needs", on its own.
      { fact: 'complexDisabilityIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'a disability resulting in complex needs was recorded (Intensive on its own)' },
    ],
  },
  interpretations: [needLevelInterpretations.intensiveThresholdTwo, needLevelInterpretations.complexDisabilityIntensive, evidenceReadings.nearDuplicates, evidenceReadings.custodyConflict, evidenceReadings.garbledBullets],
  event: { type: 'level', params: { level: 'intensive' } },
  priority: 8,
  examples: [
    {
      name: 'A 10-year-old with a significant disability and nothing else recorded: Intensive on its own, with the SEND duties',
      input: { indicators: ['need-level.intensive.health.significant-disability'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false, ageInYears: 10 },
      expect: {
        rule: 'fired',
        outcome: 'intensive',
        result: { 'route.form': 'Luton referral form, with the consent section signed by the parents' },
        actions: { include: ['need-level.special-circumstance.send.inform-allocated-worker'] },
      },
    },
    {
      name: 'A child whose disability limits self-care (Additional) only',
      input: { indicators: ['need-level.additional.self-care-and-independence.disability-limits-self-care'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'Two Intensive indicators are observed and significant harm is not suspected',
      input: {
        indicators: [example.intensive, example.intensiveOther],
        significantHarmSuspected: false,
        immediateRiskOfSignificantHarm: false,
        childInNeed: false,
      },
      expect: { rule: 'fired', outcome: 'intensive' },
    },
    {
      name: 'One concern, changed engagement, ticked in three near-identical Intensive bullets counts once',
      input: {
        indicators: [
          'need-level.intensive.emotional-development.engagement-changed',
          'need-level.intensive.emotional-development.marked-change-in-engagement',
          'need-level.intensive.identity-and-self-esteem.changed-attention-engagement-behaviour',
        ],
        significantHarmSuspected: false,
        immediateRiskOfSignificantHarm: false,
        childInNeed: false,
      },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'Escalating, out-of-character behaviour ticked in two near-identical bullets counts once',
      input: {
        indicators: ['need-level.intensive.behavioural-development.increasing-atypical-behaviour-changes', 'need-level.intensive.behavioural-development.escalating-uncharacteristic-behaviour'],
        significantHarmSuspected: false,
        immediateRiskOfSignificantHarm: false,
        childInNeed: false,
      },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'A custodial sentence on its own is one Intensive indicator, as printed at a glance',
      input: { indicators: ['need-level.intensive.behavioural-development.prosecuted-offending'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'A single Intensive indicator is observed',
      input: { indicators: [example.intensive], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
