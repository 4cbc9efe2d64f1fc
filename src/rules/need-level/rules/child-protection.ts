import type { RuleModule } from '../../engine/rule-module.js';
import { harmIndicators } from '../indicators/harm-indicators.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { criminalExploitationRaised, fgmRaised, forcedMarriageRaised, harmIndicatorRecorded } from './shared-conditions.js';

/**
 * Decides the Working Together category of a Specialist need: section 47
 * (child protection) when this rule fires, section 17 (child in need) when it
 * does not. While it is undecided at the Specialist level the classification
 * is `insufficient-information`: the category, the route and the consent
 * rule all turn on it, so no decided outcome may carry them.
 */
export const childProtection: RuleModule = {
  id: 'need-level.category.child-protection',
  decision: 'need-level',
  title: 'Suspected significant harm makes the Specialist need child protection (section 47)',
  citation: [luton.significantHarm, luton.categories, workingTogether.section47],
  summary:
    'Where there is reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm, the local authority must make section 47 enquiries: the referral is a child protection referral, and consent is not sought where seeking it would increase the risk. That is so when the practitioner suspects significant harm or an immediate risk of it, when an indicator the document itself describes as significant harm is recorded (a single event such as sexual abuse or a violent assault can be significant harm), and when FGM, forced marriage or criminal exploitation is known or suspected. Otherwise a Specialist need is a child in need (section 17).',
  conditions: {
    any: [
      { fact: 'significantHarmSuspected', operator: 'equal', value: true, says: 'there is reasonable cause to suspect significant harm (suffered or likely)' },
      { fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: true, says: 'the child is at immediate risk of significant harm' },
      harmIndicatorRecorded,
      fgmRaised,
      forcedMarriageRaised,
      criminalExploitationRaised,
    ],
  },
  interpretations: [
    ...harmIndicators.map((h) => h.interpretation),
    needLevelInterpretations.forcedMarriageChildProtection,
    needLevelInterpretations.countyLinesIsExploitation,
  ],
  event: { type: 'category', params: { category: 'child-protection-section-47' } },
  priority: 9,
  examples: [
    {
      name: 'A baby has a non-accidental injury and the statutory questions were left out',
      input: { indicators: ['need-level.specialist.health.non-accidental-injury'], ageInYears: 0 },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'Sexual abuse is recorded though significant harm was answered "no"',
      input: { indicators: ['need-level.specialist.health.sexual-abuse'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A family is about to become homeless and whether significant harm is suspected was not answered',
      input: { indicators: ['need-level.specialist.housing-employment-and-finance.homeless'], immediateRiskOfSignificantHarm: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: "A disabled child's complex care needs can only be met by children's social care, and no harm is suspected",
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
