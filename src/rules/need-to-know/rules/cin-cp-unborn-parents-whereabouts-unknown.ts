import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';
import { onChildInNeedOrProtectionPlan } from './shared-conditions.js';

export const cinCpUnbornParentsWhereaboutsUnknown: RuleModule = {
  id: 'need-to-know.cin-cp.unborn-parents-whereabouts-unknown',
  decision: 'need-to-know',
  title: 'An unborn child on a plan whose parents\' whereabouts are unknown',
  citation: [ntk.cinAndCp],
  summary: 'An unborn child subject to a child in need or child protection plan (a pre-birth plan) whose parents\' whereabouts are unknown needs a notification.',
  conditions: {
    all: [
      onChildInNeedOrProtectionPlan,
      { fact: 'childIsUnborn', operator: 'equal', value: true, says: 'the child is unborn' },
      { fact: 'parentsWhereaboutsUnknown', operator: 'equal', value: true, says: 'the parents\' whereabouts are unknown' },
    ],
  },
  interpretations: [needToKnowInterpretations.unbornWithMissingParentsIsMissing],
  event: { type: 'need-to-know-circumstance', params: { category: 'child-in-need-and-child-protection', missingChild: true, unborn: true } },
  examples: [
    {
      name: 'An unborn baby on a child protection plan; the mother has left her address and no one knows where she is',
      input: { asOf: '2026-03-02', childStatus: ['child-protection-plan'], childIsUnborn: true, parentsWhereaboutsUnknown: true },
      expect: { rule: 'fired', outcome: 'notification-required', actions: { include: ['need-to-know.action.consider-national-alert'] } },
    },
    {
      name: 'The same notification sent a week ago, the mother still not found: weekly updates, as for a missing child',
      input: { asOf: '2026-03-09', childStatus: ['child-protection-plan'], childIsUnborn: true, parentsWhereaboutsUnknown: true, notifiedOn: '2026-03-02' },
      expect: { rule: 'fired', outcome: 'keep-notification', result: { 'deadlines.0.due': '2026-03-09' }, actions: { include: ['need-to-know.action.weekly-missing-child-update'] } },
    },
    {
      name: 'An unborn baby on a child in need plan whose parents are at their known address',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], childIsUnborn: true, parentsWhereaboutsUnknown: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
