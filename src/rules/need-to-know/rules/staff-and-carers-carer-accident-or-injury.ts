import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersCarerAccidentOrInjury: RuleModule = {
  id: 'need-to-know.staff-and-carers.carer-accident-or-injury',
  decision: 'need-to-know',
  title: 'A foster carer has a significant accident or injury',
  citation: [ntk.staffAndCarers],
  summary: 'A significant accident or injury to a foster carer needs a notification, in addition to the usual health and safety procedures. The section heading also names adoptive parents and SGO carers, so the library applies it to them too.',
  conditions: {
    all: [
      {
        fact: 'carerAccidentOrInjury',
        operator: 'equal',
        value: true,
        says: 'a foster carer (or adoptive parent or SGO carer) has had a significant accident or injury',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting, needToKnowInterpretations.carerItemsIncludeAdoptiveAndSgo],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers', healthAndSafety: true } },
  examples: [
    {
      name: 'A foster carer is badly hurt in a car crash',
      input: { asOf: '2026-03-02', carerAccidentOrInjury: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No foster carer has had a significant accident or injury',
      input: { asOf: '2026-03-02', carerAccidentOrInjury: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
