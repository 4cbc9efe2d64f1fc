import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { fgmRaised } from './shared-conditions.js';

/**
 * FGM is significant harm in the threshold document's own words, so a known
 * or suspected case is Specialist even when the practitioner has not also
 * answered the general significant-harm question with "yes" (without this
 * rule, a disclosure of FGM with that question answered "no" came out
 * Universal).
 *
 * The rule only looks at the FGM facts once an FGM concern has been raised
 * (see shared-conditions.ts).
 */
export const fgmConcern: RuleModule = {
  id: 'need-level.classify.fgm-concern',
  decision: 'need-level',
  title: 'Known or suspected FGM means Specialist need',
  citation: [luton.fgmDuty, luton.categories, workingTogether.section47],
  summary:
    'Female genital mutilation is child abuse and amounts to significant harm. When a girl says she has had FGM, when signs of it have been seen, or when she is thought to be at risk of it, the need is Specialist and child protection procedures apply (a referral to the Luton MASH). The threshold document places girls at high risk of FGM at the Specialist level.',
  conditions: { all: [fgmRaised] },
  interpretations: [needLevelInterpretations.honourBasedAbuseFamilyNotTold],
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: 'A girl tells her teacher she has had FGM, though the teacher answered "no" to the general significant-harm question',
      input: {
        indicators: [],
        significantHarmSuspected: false,
        immediateRiskOfSignificantHarm: false,
        childInNeed: false,
        fgm: { disclosedByGirl: true },
        reporterRole: 'teacher',
      },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'honour-based-abuse', 'route.consent.required': false } },
    },
    {
      name: 'A health visitor thinks a baby girl is at risk of FGM',
      input: { indicators: [], fgm: { atRisk: true }, reporterRole: 'regulated-health-or-social-care-professional' },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'The FGM questions were opened but not answered: not decided until they are',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, fgm: {} },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: 'FGM was considered and ruled out',
      input: {
        indicators: [],
        significantHarmSuspected: false,
        immediateRiskOfSignificantHarm: false,
        childInNeed: false,
        fgm: { disclosedByGirl: false, physicalSignsObserved: false, atRisk: false },
      },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
