/**
 * Prompts to weigh the case as the threshold document asks: they add an
 * action for the practitioner, never a level (see the interpretation
 * `need-level.interpretation.weighing-advises-only`). Each is cited to the
 * passage it rests on.
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { example } from './example-indicators.js';
import { babyOrYoungChild, harmNotAnsweredYes, indicatorId } from './shared-conditions.js';

const noSpecialistIndicator = { fact: 'specialistIndicatorCount', operator: 'equal', value: 0, says: 'no Specialist indicator was observed' } as const;
const practitioner = 'The practitioner who identified the need';
const statutoryNo = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false };

export const promptYoungChild: RuleModule = {
  id: 'need-level.prompt.young-child',
  decision: 'need-level',
  title: 'A baby, young or unborn child with needs beyond Universal: weigh their age',
  citation: [luton.significantHarm],
  summary:
    'Babies and young children are particularly vulnerable, and the document asks for age and context to be weighed. For a child under five (or unborn) with needs beyond Universal, wherever the answer to the significant-harm question still decides the route (Specialist included), the practitioner is prompted to weigh whether the concerns amount to a suspicion of significant harm, and to consult the MASH if unsure. The level does not change by itself.',
  conditions: {
    all: [
      babyOrYoungChild,
      { fact: 'concernIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'needs beyond Universal were observed' },
      harmNotAnsweredYes,
    ],
  },
  interpretations: [needLevelInterpretations.weighingAdvisesOnly, needLevelInterpretations.youngChildUnderFive, needLevelInterpretations.youngCarerFromFive],
  event: {
    type: 'prompt',
    params: {
      action: {
        id: 'need-level.action.weigh-young-age',
        description:
          'The child is under five, or not yet born, and babies, young and unborn children are particularly vulnerable: weigh whether the concerns amount to a higher level of need, or to a suspicion of significant harm, and consult the MASH if unsure.',
        role: practitioner,
      },
    },
  },
  examples: [
    {
      name: 'A two-year-old is missing health appointments',
      input: { indicators: [example.additional], ...statutoryNo, ageInYears: 2 },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'A ten-year-old is missing health appointments',
      input: { indicators: [example.additional], ...statutoryNo, ageInYears: 10 },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'A baby fails to thrive and misses milestones through parental care, harm answered no: the prompt is given at Specialist too',
      input: { indicators: [indicatorId.failureToThrive, 'need-level.intensive.health.milestones-missed-due-to-care'], ...statutoryNo, ageInYears: 0 },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.action.weigh-young-age', 'need-level.action.weigh-harm-evidence'] } },
    },
    {
      name: 'A baby with a non-accidental injury and harm answered yes: nothing left to weigh',
      input: { indicators: [indicatorId.nonAccidentalInjury], significantHarmSuspected: true, ageInYears: 0 },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};

export const promptParentalFactors: RuleModule = {
  id: 'need-level.prompt.parental-factors',
  decision: 'need-level',
  title: 'Parental domestic abuse, substance misuse or mental ill-health: weigh whether significant harm is suspected',
  citation: [luton.significantHarm],
  summary:
    'The document says a history of significant domestic abuse, substance misuse or mental ill-health in a parent "will always be significant" in judging harm. Where one is recorded, at any level, and the answer to the significant-harm question still decides the route, the practitioner is prompted to weigh whether there is reasonable cause to suspect significant harm.',
  conditions: {
    all: [
      { fact: 'parentalFactorCount', operator: 'greaterThanInclusive', value: 1, says: 'parental domestic abuse, substance misuse or mental ill-health was recorded' },
      harmNotAnsweredYes,
    ],
  },
  interpretations: [needLevelInterpretations.weighingAdvisesOnly],
  event: {
    type: 'prompt',
    params: {
      action: {
        id: 'need-level.action.weigh-parental-factors',
        description:
          "Domestic abuse, substance misuse or mental ill-health in the family will always weigh in judging harm: consider whether there is reasonable cause to suspect significant harm, and consult your manager or designated safeguarding lead, then the MASH, if unsure.",
        role: practitioner,
      },
    },
  },
  examples: [
    {
      name: 'Domestic abuse at home is recorded with no Specialist indicator',
      input: { indicators: ['need-level.intensive.basic-care-safety-and-protection.domestic-abuse'], ...statutoryNo },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'A 3-year-old lives with chronic domestic abuse and high-risk parental substance misuse, harm answered no: prompted at Specialist',
      input: { indicators: [indicatorId.chronicDomesticAbuse, indicatorId.parentalSubstanceMisuse], ...statutoryNo, ageInYears: 3 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'route.consent.afterMashConsultation': true },
        actions: { include: ['need-level.action.weigh-parental-factors', 'need-level.action.weigh-young-age', 'need-level.action.weigh-harm-evidence'] },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'No parental factor is recorded',
      input: { indicators: [example.intensive], ...statutoryNo },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};

export const promptSeveralDomains: RuleModule = {
  id: 'need-level.prompt.several-domains',
  decision: 'need-level',
  title: 'Intensive concerns under several headings: weigh whether harm has built up',
  citation: [luton.significantHarm, luton.judgement],
  summary:
    'Significant harm is more often found in a number of events that together compromise a child than in one. When Intensive indicators are recorded under three or more different headings, and the answer to the significant-harm question still decides the route, the practitioner is prompted to consider whether, together, they amount to a suspicion of significant harm, and to consult the MASH if unsure.',
  conditions: {
    all: [
      { fact: 'intensiveDomainCount', operator: 'greaterThanInclusive', value: 3, says: 'Intensive indicators were recorded under three or more headings' },
      harmNotAnsweredYes,
    ],
  },
  interpretations: [needLevelInterpretations.weighingAdvisesOnly, needLevelInterpretations.severalDomainsThree],
  event: {
    type: 'prompt',
    params: {
      action: {
        id: 'need-level.action.weigh-accumulated-harm',
        description:
          'Intensive concerns are recorded across several areas of the child’s life: consider whether, taken together, they amount to reasonable cause to suspect significant harm, and consult the MASH if unsure.',
        role: practitioner,
      },
    },
  },
  examples: [
    {
      name: 'Self-harm, domestic abuse at home and persistently poor school attendance',
      input: {
        indicators: [example.intensive, 'need-level.intensive.basic-care-safety-and-protection.domestic-abuse', 'need-level.intensive.learning.poor-attendance-and-punctuality'],
        ...statutoryNo,
      },
      expect: { rule: 'fired', outcome: 'intensive' },
    },
    {
      name: 'Two Intensive indicators under the same heading',
      input: { indicators: [example.intensive, example.intensiveOther], ...statutoryNo },
      expect: { rule: 'not-fired', outcome: 'intensive' },
    },
  ],
};

export const promptAdditionalSupportFirst: RuleModule = {
  id: 'need-level.prompt.additional-support-first',
  decision: 'need-level',
  title: 'An Intensive request before Additional support was tried: consider Additional first',
  citation: [luton.accessIntensive],
  summary:
    'Before requesting services at the Intensive level, practitioners should consider whether they can meet the needs together at the Additional level; a Family Partnership Assessment is for concerns not resolved by additional support. When Additional support has not been tried, the practitioner is prompted to say why it would not be enough. The level stays Intensive.',
  conditions: {
    all: [
      {
        fact: 'intensiveIndicatorCount',
        operator: 'greaterThanInclusive',
        value: { fact: 'intensiveIndicatorThreshold' },
        says: 'enough Intensive indicators were observed for Intensive need',
      },
      { fact: 'additionalSupportTried', operator: 'equal', value: false, says: 'Additional support has not been tried' },
      noSpecialistIndicator,
    ],
  },
  interpretations: [needLevelInterpretations.weighingAdvisesOnly],
  event: {
    type: 'prompt',
    params: {
      // Advice about an Intensive request: given only where the need is Intensive.
      onlyAtLevel: 'intensive',
      action: {
        id: 'need-level.action.consider-additional-first',
        description:
          'Additional support has not been tried yet: before sending the Luton referral form, consider with the services that know the family whether you can meet the needs together at the Additional level, and say in the referral why that would not be enough.',
        role: practitioner,
      },
    },
  },
  examples: [
    {
      name: 'Two Intensive indicators, and nothing has been tried at the Additional level',
      input: { indicators: [example.intensive, example.intensiveOther], ...statutoryNo, additionalSupportTried: false },
      expect: { rule: 'fired', outcome: 'intensive' },
    },
    {
      name: 'Two Intensive indicators after Additional support did not resolve them',
      input: { indicators: [example.intensive, example.intensiveOther], ...statutoryNo, additionalSupportTried: true },
      expect: { rule: 'not-fired', outcome: 'intensive' },
    },
  ],
};
