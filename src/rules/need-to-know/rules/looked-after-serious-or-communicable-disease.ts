import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterSeriousOrCommunicableDisease: RuleModule = {
  id: 'need-to-know.looked-after.serious-or-communicable-disease',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver has a serious or communicable disease in a setting',
  citation: [ntk.lookedAfter],
  summary: 'A serious or communicable disease of a child looked after or care leaver in a school, residential home or foster placement needs a notification, because others in the setting may be affected.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'seriousOrCommunicableDisease',
        operator: 'equal',
        value: true,
        says: 'the child has a serious or communicable disease in a school, residential home or foster placement',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A looked after child in a residential home is diagnosed with tuberculosis',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], seriousOrCommunicableDisease: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The looked after child has no serious or communicable disease',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], seriousOrCommunicableDisease: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
