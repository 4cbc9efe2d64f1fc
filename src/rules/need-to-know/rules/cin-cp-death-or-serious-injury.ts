import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';
import { onChildProtectionPlan, diedOrSeriouslyInjured } from './shared-conditions.js';

export const cinCpDeathOrSeriousInjury: RuleModule = {
  id: 'need-to-know.cin-cp.death-or-serious-injury',
  decision: 'need-to-know',
  title: 'A child on a child protection plan dies or is seriously injured',
  citation: [ntk.cinAndCp],
  interpretations: [needToKnowInterpretations.registerIsAPlan],
  summary: 'The death or serious injury of a child subject to a child protection plan needs a notification.',
  conditions: {
    all: [
      onChildProtectionPlan,
      diedOrSeriouslyInjured,
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'child-in-need-and-child-protection', deathOrSeriousInjury: true } },
  examples: [
    {
      name: 'A child on a child protection plan is admitted to hospital with serious injuries',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childDied: false, childSeriousInjuryOrAccident: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A child on a child protection plan has neither died nor been seriously injured',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childDied: false, childSeriousInjuryOrAccident: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
