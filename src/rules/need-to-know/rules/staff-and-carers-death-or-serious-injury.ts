import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersDeathOrSeriousInjury: RuleModule = {
  id: 'need-to-know.staff-and-carers.death-or-serious-injury',
  decision: 'need-to-know',
  title: 'A member of staff or foster carer dies unexpectedly or is seriously injured',
  citation: [ntk.staffAndCarers],
  summary: 'The unexpected or unexplained death, or the serious injury, of a member of staff or a foster carer needs a notification.',
  conditions: {
    all: [
      {
        fact: 'staffOrCarerDeathOrSeriousInjury',
        operator: 'equal',
        value: true,
        says: 'a member of staff or a foster carer has died unexpectedly or unexplainedly, or has been seriously injured',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers' } },
  examples: [
    {
      name: 'A foster carer dies suddenly with children in placement',
      input: { asOf: '2026-03-02', staffOrCarerDeathOrSeriousInjury: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No member of staff or carer has died or been seriously injured',
      input: { asOf: '2026-03-02', staffOrCarerDeathOrSeriousInjury: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
