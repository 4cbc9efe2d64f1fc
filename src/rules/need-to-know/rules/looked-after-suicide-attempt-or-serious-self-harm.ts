import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterSuicideAttemptOrSeriousSelfHarm: RuleModule = {
  id: 'need-to-know.looked-after.suicide-attempt-or-serious-self-harm',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver attempts suicide or seriously self-harms',
  citation: [ntk.lookedAfter],
  summary: 'A suicide attempt, or serious episodes of self-harm, by a child looked after or care leaver need a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'suicideAttemptOrSeriousSelfHarm',
        operator: 'equal',
        value: true,
        says: 'the child has attempted suicide or seriously self-harmed',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A looked after child is taken to hospital after an overdose',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], suicideAttemptOrSeriousSelfHarm: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The looked after child has not attempted suicide or seriously self-harmed',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], suicideAttemptOrSeriousSelfHarm: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
