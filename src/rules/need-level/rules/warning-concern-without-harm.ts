import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton } from '../citations.js';


/** FGM, forced marriage and criminal exploitation are harms the document places at Specialist: "no significant harm" beside one is a contradiction. */
export const warningConcernWithoutHarm: RuleModule = {
  id: 'need-level.warning.concern-without-harm',
  decision: 'need-level',
  title: 'Warning: FGM, forced marriage or exploitation is raised, but significant harm is answered no',
  citation: [luton.fgmDuty, luton.categories],
  summary:
    'The document says FGM "constitutes significant harm" and places children at high risk of sexual or criminal exploitation, and those at risk of forced marriage, with the children who are suffering or likely to suffer significant harm. Answering "no" to reasonable cause to suspect significant harm beside one of these contradicts it; the classification follows the concern (child protection).',
  conditions: {
    all: [
      // A count of the answers of yes, not the three-valued groups: a warning is given only on a definite contradiction.
      {
        fact: 'harmConcernCount',
        operator: 'greaterThanInclusive',
        value: 1,
        says: 'FGM, forced marriage, or sexual or criminal exploitation (being exploited or at high risk) is known or suspected',
      },
      { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is said not to be suspected' },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.concern-without-harm',
      message:
        'significantHarmSuspected is false, but FGM, forced marriage, or sexual or criminal exploitation is known or suspected, each of which the threshold document treats as significant harm. Check the answers; the classification follows the concern (child protection, section 47).',
    },
  },
  examples: [
    {
      name: 'County lines involvement is recorded and significant harm answered no',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, criminalExploitation: { countyLines: true } },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A disclosure of forced marriage with significant harm answered yes',
      input: { indicators: [], significantHarmSuspected: true, forcedMarriage: { disclosedByChild: true } },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
