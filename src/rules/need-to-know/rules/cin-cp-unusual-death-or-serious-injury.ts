import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { diedOrSeriouslyInjured } from './shared-conditions.js';

export const cinCpUnusualDeathOrSeriousInjury: RuleModule = {
  id: 'need-to-know.cin-cp.unusual-death-or-serious-injury',
  decision: 'need-to-know',
  title: 'Any child dies or is seriously injured in unusual circumstances',
  citation: [ntk.cinAndCp],
  summary: 'The death or serious injury of any child in unusual circumstances needs a notification, whether or not the child is known to the service or subject to a plan.',
  conditions: {
    all: [
      diedOrSeriouslyInjured,
      { fact: 'unusualCircumstances', operator: 'equal', value: true, says: 'the death or injury happened in unusual circumstances' },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'child-in-need-and-child-protection', deathOrSeriousInjury: true } },
  examples: [
    {
      name: 'A child not known to the service dies in unexplained circumstances',
      input: { asOf: '2026-03-02', childStatus: [], childDied: true, unusualCircumstances: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A child is seriously injured in an ordinary sports accident',
      input: { asOf: '2026-03-02', childStatus: [], childDied: false, childSeriousInjuryOrAccident: true, unusualCircumstances: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
