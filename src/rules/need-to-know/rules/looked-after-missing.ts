import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterMissing: RuleModule = {
  id: 'need-to-know.looked-after.missing',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver is missing for more than 24 hours, or keeps going missing',
  citation: [ntk.lookedAfter],
  summary: 'A child looked after or care leaver who is missing for more than 24 hours, or who keeps going missing for significant periods after returning, needs a notification, updated weekly while they are missing. Either one is enough (see the interpretation).',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        any: [
          { fact: 'missingMoreThan24Hours', operator: 'equal', value: true, says: 'the child has been missing for more than 24 hours' },
          {
            fact: 'repeatedlyMissing',
            operator: 'equal',
            value: true,
            says: 'the child keeps going missing for significant periods after returning',
          },
        ],
        says: 'the child has been missing for more than 24 hours, or keeps going missing for long periods',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.missingEitherCondition],
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers', missingChild: true } },
  examples: [
    {
      name: 'A looked after child has been missing for 30 hours',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child was missing for a few hours, once',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], missingMoreThan24Hours: false, repeatedlyMissing: false },
      expect: { rule: 'not-fired' },
    },
    {
      name: 'A care leaver came back after a day but keeps going missing for several days at a time',
      input: { asOf: '2026-03-02', childStatus: ['care-leaver'], missingMoreThan24Hours: false, repeatedlyMissing: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child was missing for a few hours and nobody has said whether it keeps happening',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], missingMoreThan24Hours: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
