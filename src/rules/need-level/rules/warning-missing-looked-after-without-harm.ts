import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';
import { indicatorId, missingLookedAfterChild } from './shared-conditions.js';

/** A missing looked after child cannot stand beside "no significant harm is suspected" without a word. */
export const warningMissingLookedAfterWithoutHarm: RuleModule = {
  id: 'need-level.warning.missing-looked-after-without-harm',
  decision: 'need-level',
  title: 'Warning: a looked after child goes missing, but significant harm is answered no',
  citation: [luton.missing],
  summary:
    'The document gives looked after children who go missing the highest child protection priority. Answering "no" to reasonable cause to suspect significant harm beside it is kept in the input, but the classification follows the document (child protection); the warning names both so the practitioner checks the answer.',
  conditions: { all: [missingLookedAfterChild, { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is said not to be suspected' }] },
  interpretations: [needLevelInterpretations.missingLookedAfterChildProtection],
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.missing-looked-after-without-harm',
      message:
        'significantHarmSuspected is false, but the child is looked after and recorded as going missing, which the threshold document gives the highest child protection priority. The classification follows the document (child protection, section 47); check the answer.',
    },
  },
  examples: [
    {
      name: 'A looked after child keeps going missing from her placement, harm answered no',
      input: { indicators: [indicatorId.missingFromHome], ...answeredNo, lookedAfter: true, ageInYears: 15 },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-protection-section-47' } },
    },
    {
      name: 'The same child, harm answered yes',
      input: { indicators: [indicatorId.missingFromHome], significantHarmSuspected: true, lookedAfter: true, ageInYears: 15 },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
