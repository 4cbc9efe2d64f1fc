import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { workingTogether } from '../citations.js';

/** An immediate risk of significant harm is a risk of significant harm: the two answers cannot both stand. */
export const warningImmediateRiskWithoutHarm: RuleModule = {
  id: 'need-level.warning.immediate-risk-without-harm',
  decision: 'need-level',
  title: 'Warning: immediate risk of significant harm answered yes, significant harm answered no',
  citation: [workingTogether.section47],
  summary:
    'A child at immediate risk of significant harm is a child who is likely to suffer significant harm, so answering "no" to reasonable cause to suspect significant harm contradicts the "yes" to immediate risk. The classification follows the immediate risk (Specialist); the warning asks the practitioner to correct one of the answers before the result is stored.',
  conditions: {
    all: [
      { fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: true, says: 'the child is said to be at immediate risk of significant harm' },
      { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is said not to be suspected' },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.immediate-risk-without-harm',
      message:
        'immediateRiskOfSignificantHarm is true but significantHarmSuspected is false: a child at immediate risk of significant harm is likely to suffer significant harm. Check both answers; the classification follows the immediate risk.',
    },
  },
  examples: [
    {
      name: 'Immediate risk is answered yes and significant harm no',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: true, childInNeed: false },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'Both answered yes',
      input: { indicators: [], significantHarmSuspected: true, immediateRiskOfSignificantHarm: true, childInNeed: false },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
