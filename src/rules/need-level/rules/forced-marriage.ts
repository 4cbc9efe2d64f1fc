import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { forcedMarriageRaised } from './shared-conditions.js';

/**
 * Forced marriage has its own way in, as FGM has: without it a disclosure
 * with the general harm question answered "no" came out Universal, and the
 * forced marriage duties were never returned.
 */
export const forcedMarriage: RuleModule = {
  id: 'need-level.classify.forced-marriage',
  decision: 'need-level',
  title: 'A risk of forced marriage means Specialist need',
  citation: [luton.categories, luton.forcedMarriage],
  summary:
    'The categories table places children at risk of forced marriage at the Specialist level, and the forced marriage section says professionals may get only one chance to act. When warning signs suggest a risk of forced marriage, or the child says they fear it, the need is Specialist: refer to the Luton MASH and follow the Multi-Agency Practice Guidelines, without delay.',
  conditions: { all: [forcedMarriageRaised] },
  interpretations: [needLevelInterpretations.forcedMarriageChildProtection, needLevelInterpretations.honourBasedAbuseFamilyNotTold],
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: 'A 15-year-old tells her tutor she is afraid she will be married on a family trip abroad, though the tutor answered "no" to the significant-harm question',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, forcedMarriage: { disclosedByChild: true }, ageInYears: 15 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'route.consent.situation': 'honour-based-abuse' },
        actions: { include: ['need-level.special-circumstance.forced-marriage.do-not-inform-family'] },
      },
    },
    {
      name: 'A 16-year-old fears being married on a summer trip; the statutory answers were left out: the family is not told first',
      input: { indicators: [], forcedMarriage: { disclosedByChild: true, atRisk: true }, ageInYears: 16 },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'honour-based-abuse', 'workingTogetherCategory.id': 'child-protection-section-47' } },
    },
    {
      name: 'Warning signs of forced marriage were considered and are not there',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, forcedMarriage: { atRisk: false, disclosedByChild: false } },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};

