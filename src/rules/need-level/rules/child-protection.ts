import type { RuleModule } from '../../engine/rule-module.js';
import { harmIndicators } from '../indicators/harm-indicators.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';
import { childProtectionGrounds, indicatorId } from './shared-conditions.js';

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
    'Where there is reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm, the local authority must make section 47 enquiries: the referral is a child protection referral, and consent is not sought where seeking it would increase the risk. That is so when the practitioner suspects significant harm or an immediate risk of it, when an indicator the document itself describes as significant harm is recorded (a single event such as sexual abuse or a violent assault can be significant harm), when FGM, forced marriage, or sexual or criminal exploitation (being exploited or at high risk) is known or suspected, and when a looked after child goes missing (the highest child protection priority). Otherwise a Specialist need is a private fostering case (section 67), an accommodation case (section 20) for a child with no one to care for them or an unaccompanied child, or a child in need (section 17). Evidence of a risk of significant harm (a disclosure, a risk in the household) does not decide section 47 by itself: the practitioner answers, and a "no" is warned about and routed through a MASH social worker first.',
  conditions: { any: childProtectionGrounds },
  interpretations: [
    ...harmIndicators.map((h) => h.interpretation),
    needLevelInterpretations.forcedMarriageChildProtection,
    needLevelInterpretations.countyLinesIsExploitation,
    needLevelInterpretations.missingLookedAfterChildProtection,
    needLevelInterpretations.categoryMapping,
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
      input: { indicators: ['need-level.specialist.health.sexual-abuse'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A family is about to become homeless and whether significant harm is suspected was not answered',
      input: { indicators: ['need-level.specialist.housing-employment-and-finance.homeless'], immediateRiskOfSignificantHarm: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: 'A baby under one year with a bruise recorded as an unexplained injury, harm answered no: section 47 with a warning',
      input: { indicators: [indicatorId.nonAccidentalInjury], ...answeredNo, ageInYears: 0 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'route.consent.situation': 'child-protection', 'route.consent.required': false },
        warnings: { include: ['need-level.warning.harm-indicator-without-harm'] },
      },
    },
    {
      name: 'A child discloses abuse and significant harm is answered no: the answer is kept (section 17), and the counterfactual shows that "yes" gives section 47 without consent',
      input: { indicators: [indicatorId.childDisclosesAbuse], ...answeredNo, ageInYears: 8 },
      expect: {
        rule: 'not-fired',
        outcome: 'specialist',
        result: {
          'workingTogetherCategory.id': 'child-in-need-section-17',
          'counterfactuals.0.fact': 'significantHarmSuspected',
          'counterfactuals.0.workingTogetherCategory': 'child-protection-section-47',
          'counterfactuals.0.consent': 'child-protection',
          'counterfactuals.0.consentRequired': false,
        },
      },
    },
    {
      name: 'A looked after 14-year-old who goes missing, harm answered no: the highest child protection priority, section 47 without consent, and a warning',
      input: { indicators: [indicatorId.missingFromHome], ...answeredNo, lookedAfter: true, ageInYears: 14 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'workingTogetherCategory.id': 'child-protection-section-47', 'route.consent.required': false },
        warnings: { include: ['need-level.warning.missing-looked-after-without-harm'] },
        actions: { include: ['need-level.special-circumstance.missing.looked-after-priority'] },
      },
    },
    {
      name: 'A 14-year-old who goes missing, harm answered no, and whether she is looked after not given: not decided (it decides section 47)',
      input: { indicators: [indicatorId.missingFromHome], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, ageInYears: 14 },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: "A disabled child's complex care needs can only be met by children's social care, and no harm is suspected",
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
