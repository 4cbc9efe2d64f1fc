/**
 * The statutory situations of a Specialist need where there are no parents at
 * hand whose agreement the referral could wait for: a child with no one to
 * care for them or an unaccompanied child (accommodation, section 20), and a
 * privately fostered child (section 67). Each rule decides whether its
 * situation holds; the route and the Working Together category follow
 * (unless significant harm is suspected, when child protection does).
 * Accommodation comes before private fostering.
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';
import { indicatorId } from './shared-conditions.js';

const interpretations = [needLevelInterpretations.statutoryConsentSituations, needLevelInterpretations.statutorySituationCategories];

/**
 * No one to care for the child, or an unaccompanied child: accommodation
 * (section 20). One rule for both, since both lead to the same duty; the
 * route names whichever was recorded (no one to care, if both).
 */
export const accommodation: RuleModule = {
  id: 'need-level.situation.accommodation',
  decision: 'need-level',
  title: 'No one to care for the child, or an unaccompanied child: the local authority’s duty to accommodate (section 20)',
  citation: [workingTogether.section20, luton.noOneToCare, luton.otherIndicators],
  summary:
    'A child who has no one to care for them, and an unaccompanied refugee or asylum-seeking child, have no parent or carer at hand whose agreement the referral could wait for: the local authority has a duty to accommodate a child in need who is lost or abandoned, whose carer cannot provide care, or who has no one with parental responsibility for them (section 20, Children Act 1989). Refer at once, without waiting for anyone’s consent, and ask the child’s own views.',
  conditions: {
    any: [
      { fact: 'indicators', operator: 'contains', value: indicatorId.noOneToCare, says: 'no one is caring for the child' },
      { fact: 'indicators', operator: 'contains', value: indicatorId.unaccompanied, says: 'the child is an unaccompanied refugee or asylum seeker' },
    ],
  },
  interpretations,
  event: { type: 'situation', params: { situation: 'accommodation' } },
  priority: 9,
  examples: [
    {
      name: 'An 8-year-old has been abandoned and no one is caring for him',
      input: { indicators: [indicatorId.noOneToCare, 'need-level.specialist.family-and-social-relationships.rejected-or-abandoned'], ...answeredNo, ageInYears: 8 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'workingTogetherCategory.id': 'accommodation-section-20', 'route.consent.situation': 'no-one-to-care' },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'A 15-year-old arrives unaccompanied and claims asylum',
      input: { indicators: [indicatorId.unaccompanied], ...answeredNo, ageInYears: 15 },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'accommodation-section-20', 'route.consent.situation': 'unaccompanied-child', 'route.consent.required': false } },
    },
    {
      name: 'A family seeking asylum together, with someone to care for the child',
      input: { indicators: ['need-level.additional.housing-employment-and-finance.asylum-seeking-or-refugee'], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};

/**
 * A looked after child: open to children's social care, so a Specialist need
 * that is not child protection goes to the allocated social worker without
 * waiting for the parents' agreement. Asked only where it decides the route
 * (a Specialist need that is not child protection and no other statutory
 * situation); never for an unborn child, who cannot be looked after.
 */
export const lookedAfter: RuleModule = {
  id: 'need-level.situation.looked-after',
  decision: 'need-level',
  title: 'A looked after child: the allocated social worker, not the parents’ agreement',
  citation: [luton.accessSpecialist, luton.missing],
  summary:
    'Open cases go to the allocated social worker (or their manager, or the duty social worker). A looked after child is always an open case, and the local authority shares responsibility for them, so a Specialist need that is not child protection is not routed as a voluntary child in need referral that waits for the parents’ agreement. A looked after child who goes missing is child protection (the highest child protection priority).',
  conditions: { all: [{ fact: 'lookedAfter', operator: 'equal', value: true, says: 'the child is looked after by a local authority' }] },
  interpretations: [needLevelInterpretations.lookedAfterNotParentalAgreement, needLevelInterpretations.lookedAfterDecidesSpecialistRoute, needLevelInterpretations.unbornNotLookedAfter],
  event: { type: 'situation', params: { situation: 'looked-after' } },
  priority: 9,
  examples: [
    {
      name: 'A looked after 12-year-old whose needs only children’s social care can meet, no harm suspected: the allocated social worker, no parental consent step',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: true, ageInYears: 12 },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'looked-after', 'route.consent.required': false, 'workingTogetherCategory.id': 'child-in-need-section-17' } },
    },
    {
      name: 'The same child living with her parents: a child in need referral with their agreement',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false, ageInYears: 12 },
      expect: { rule: 'not-fired', outcome: 'specialist', result: { 'route.consent.situation': 'child-in-need', 'route.consent.required': true } },
    },
    {
      name: 'The same child, looked after status not given: the level is Specialist, but the route waits for the answer',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, ageInYears: 12 },
      expect: { rule: 'unknown', outcome: 'insufficient-information', result: { 'missingFacts.0.fact': 'lookedAfter', 'missingFacts.length': 1 } },
    },
    {
      name: 'An unborn baby whose mother misuses drugs, no harm suspected, a child in need: not asked whether looked after, a child in need referral with the parents’ agreement',
      input: { indicators: ['need-level.specialist.health.parental-substance-misuse'], unborn: true, significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true },
      expect: { rule: 'not-fired', outcome: 'specialist', result: { 'route.consent.situation': 'child-in-need', 'route.consent.required': true } },
    },
  ],
};

export const privateFostering: RuleModule = {
  id: 'need-level.situation.private-fostering',
  decision: 'need-level',
  title: 'A privately fostered child: the local authority’s private fostering duties (section 67)',
  citation: [luton.privateFostering, workingTogether.privateFostering],
  summary:
    'A private fostering arrangement is care of a child under 16 (under 18 if disabled), arranged privately, by someone who is not a parent or close relative, for 28 days or more. The local authority’s duties are statutory (assess the arrangement, visit the child regularly); contacting the MASH does not depend on the parents’ agreement. A 16- or 17-year-old who is not disabled is outside the definition: the arrangement is then not private fostering, and the result warns. Without an age, the practitioner’s record is taken as it is.',
  conditions: {
    all: [
      { fact: 'indicators', operator: 'contains', value: indicatorId.privatelyFostered, says: 'the child is recorded as privately fostered' },
      {
        any: [
          { fact: 'ageBand', operator: 'in', value: ['under-5', '5-to-15', 'not-given'], says: 'the child is under 16 (or no age is given)' },
          { fact: 'disabled', operator: 'equal', value: true, says: 'the child is disabled (private fostering runs to 18)' },
        ],
        says: 'the child is within the private fostering ages',
      },
    ],
  },
  interpretations: [...interpretations, needLevelInterpretations.privateFosteringFromRecord],
  event: { type: 'situation', params: { situation: 'private-fostering' } },
  priority: 9,
  examples: [
    {
      name: 'A 13-year-old has lived with a friend’s family for two months',
      input: { indicators: [indicatorId.privatelyFostered], ...answeredNo, ageInYears: 13 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'workingTogetherCategory.id': 'private-fostering-section-67', 'route.consent.situation': 'private-fostering' },
        actions: { include: ['need-level.special-circumstance.private-fostering.assess-and-visit'] },
      },
    },
    {
      name: 'A disabled 16-year-old is privately fostered',
      input: { indicators: [indicatorId.privatelyFostered, indicatorId.disabilityConstantSupervision], ...answeredNo, ageInYears: 16, disabled: true },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'private-fostering-section-67' } },
    },
    {
      name: 'A 17-year-old who is not disabled is outside the definition: no private fostering duties, and a warning',
      input: { indicators: [indicatorId.privatelyFostered], ...answeredNo, ageInYears: 17, disabled: false },
      expect: {
        rule: 'not-fired',
        outcome: 'universal',
        actions: { exclude: ['need-level.special-circumstance.private-fostering.assess-and-visit'] },
        warnings: { include: ['need-level.warning.age-contradicts-indicator'] },
      },
    },
    {
      name: 'A 17-year-old recorded as privately fostered, and whether she is disabled is not known: not decided',
      input: { indicators: [indicatorId.privatelyFostered], ...answeredNo, ageInYears: 17 },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
