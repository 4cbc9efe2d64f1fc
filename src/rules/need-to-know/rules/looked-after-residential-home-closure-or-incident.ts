import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const lookedAfterResidentialHomeClosureOrIncident: RuleModule = {
  id: 'need-to-know.looked-after.residential-home-closure-or-incident',
  decision: 'need-to-know',
  title: 'A residential home with Luton children placed closes or has an incident',
  citation: [ntk.lookedAfter],
  summary: 'The closure of, or an incident at, a residential home where Luton children are placed needs a notification, especially when the closure is unexpected or urgent. It concerns the home, so it applies whatever the status of the child the case is recorded against.',
  conditions: {
    all: [
      {
        fact: 'residentialHomeClosureOrIncident',
        operator: 'equal',
        value: true,
        says: 'a residential home where Luton children are placed has closed or had an incident',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.residentialHomeWhateverStatus],
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers', aboutChild: false, residentialHome: true } },
  examples: [
    {
      name: 'A children’s home with two Luton children placed is closed at short notice',
      input: { asOf: '2026-03-02', residentialHomeClosureOrIncident: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A home closes and no single child is named: the notification goes on each placed child’s record, not one child’s',
      input: { asOf: '2026-03-02', childStatus: [], residentialHomeClosureOrIncident: true },
      expect: {
        rule: 'fired',
        outcome: 'notification-required',
        actions: { include: ['need-to-know.action.record-on-placed-childrens-records'], exclude: ['need-to-know.action.record-on-child-record'] },
      },
    },
    {
      name: 'No residential home closure or incident is involved',
      input: { asOf: '2026-03-02', residentialHomeClosureOrIncident: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
