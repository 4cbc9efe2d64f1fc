import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton } from '../citations.js';
import { harmIndicatorRecorded } from './shared-conditions.js';

/** An indicator the document calls significant harm cannot stand beside "no significant harm is suspected". */
export const warningHarmIndicatorWithoutHarm: RuleModule = {
  id: 'need-level.warning.harm-indicator-without-harm',
  decision: 'need-level',
  title: 'Warning: an indicator of significant harm is recorded, but significant harm is answered no',
  citation: [luton.significantHarm, luton.categories],
  summary:
    'Sexual abuse, a non-accidental or unexplained injury, abuse or neglect, evidence of significant harm, fabricated or induced illness, a child in need with child protection concerns and sexual exploitation are described by the document as significant harm. Recording one and answering "no" to reasonable cause to suspect significant harm contradict each other. The classification follows the indicator (child protection); the warning names both so the practitioner can correct one before the result is stored.',
  conditions: {
    all: [harmIndicatorRecorded, { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is said not to be suspected' }],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.harm-indicator-without-harm',
      message:
        'significantHarmSuspected is false, but an indicator the threshold document describes as significant harm is recorded. Check both answers; the classification follows the indicator (child protection, section 47).',
    },
  },
  examples: [
    {
      name: 'A non-accidental injury is recorded and significant harm answered no',
      input: { indicators: ['need-level.specialist.health.non-accidental-injury'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A non-accidental injury is recorded and significant harm answered yes',
      input: { indicators: ['need-level.specialist.health.non-accidental-injury'], significantHarmSuspected: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
