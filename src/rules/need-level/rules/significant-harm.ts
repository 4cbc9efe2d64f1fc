import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';

export const significantHarm: RuleModule = {
  id: 'need-level.classify.significant-harm',
  decision: 'need-level',
  title: 'Suspected significant harm means Specialist need',
  citation: [luton.accessSpecialist, luton.categories, workingTogether.section47],
  summary:
    'When there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm, the need is Specialist whatever indicators were recorded: the professional refers to the Luton MASH, and children’s social care decides on section 47 enquiries.',
  conditions: {
    all: [{ fact: 'significantHarmSuspected', operator: 'equal', value: true, says: 'there is reasonable cause to suspect significant harm (suffered or likely)' }],
  },
  // Relied on when the answer is missing and the practitioner is told whom to consult first (classifyNeed returns it then).
  interpretations: [needLevelInterpretations.designatedSafeguardingLead],
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: 'No indicators were recorded, but the practitioner suspects the child is likely to suffer significant harm',
      input: { indicators: [], significantHarmSuspected: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'The practitioner has no suspicion of significant harm',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
    {
      name: 'Nobody has said whether significant harm is suspected',
      input: { indicators: [] },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
