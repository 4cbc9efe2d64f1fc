import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton } from '../citations.js';
import { harmIndicatorRecorded, indicatorId, riskIndicatorRecorded } from './shared-conditions.js';

/** "Protected from danger and significant harm" (Universal) cannot describe a child who is suspected to be suffering it. */
export const warningProtectedBesideHarm: RuleModule = {
  id: 'need-level.warning.protected-beside-harm',
  decision: 'need-level',
  title: 'Warning: "protected from danger or significant harm" is recorded beside significant harm or a risk of it',
  citation: [luton.atAGlance, luton.significantHarm],
  summary:
    'The Universal indicator "protection from danger or significant harm" says the child is protected. Recorded beside an indicator of significant harm or of a risk of it, a suspicion of significant harm or an immediate risk of it, one of them is wrong. The level follows the concern; the warning asks the practitioner to remove whichever does not hold.',
  conditions: {
    all: [
      { fact: 'indicators', operator: 'contains', value: indicatorId.protectedFromHarm, says: 'the Universal indicator "protected from danger or significant harm" is recorded' },
      {
        any: [
          harmIndicatorRecorded,
          riskIndicatorRecorded,
          { fact: 'significantHarmSuspected', operator: 'equal', value: true, says: 'significant harm is suspected' },
          { fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: true, says: 'the child is at immediate risk of significant harm' },
        ],
        says: 'significant harm, or a risk of it, is suspected or recorded',
      },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.protected-beside-harm',
      message:
        `The Universal indicator ${indicatorId.protectedFromHarm} is recorded beside a suspicion or an indicator of significant harm. Check which holds; the classification follows the concern.`,
    },
  },
  examples: [
    {
      name: '"Protected from danger" is ticked beside a non-accidental injury',
      input: { indicators: [indicatorId.protectedFromHarm, 'need-level.specialist.health.non-accidental-injury'], significantHarmSuspected: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: '"Protected from danger" is ticked for a child with no concerns',
      input: { indicators: [indicatorId.protectedFromHarm], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
