import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const financialAndComplaintsComplaintToElectedMembers: RuleModule = {
  id: 'need-to-know.financial-and-complaints.complaint-to-elected-members',
  decision: 'need-to-know',
  title: 'Significant complaints likely to be raised with elected members',
  citation: [ntk.financial],
  summary: 'Significant complaints or issues likely to be raised with elected members by children looked after, care leavers, their families or members of the public need a notification.',
  conditions: {
    all: [
      {
        fact: 'complaintToElectedMembers',
        operator: 'equal',
        value: true,
        says: 'significant complaints or issues are likely to be raised with elected members',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'financial-and-complaints' } },
  examples: [
    {
      name: 'A care leaver says they will take their housing complaint to their councillor',
      input: { asOf: '2026-03-02', complaintToElectedMembers: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No complaint is likely to go to elected members',
      input: { asOf: '2026-03-02', complaintToElectedMembers: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
