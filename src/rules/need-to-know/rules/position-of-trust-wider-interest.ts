import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';

export const positionOfTrustWiderInterest: RuleModule = {
  id: 'need-to-know.position-of-trust.wider-interest',
  decision: 'need-to-know',
  title: 'An allegation about an adult in a position of trust risks wider community or media interest',
  citation: [ntk.positionOfTrust],
  summary: 'An allegation about an adult in a position of trust where there is a risk of wider community or media knowledge or interest needs a notification.',
  conditions: {
    all: [
      {
        fact: 'allegationWiderInterest',
        operator: 'equal',
        value: true,
        says: 'the allegation risks wider community or media knowledge or interest',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'position-of-trust', adultInPositionOfTrust: true } },
  examples: [
    {
      name: 'An allegation against a youth club leader is being discussed on local social media',
      input: { asOf: '2026-03-02', allegationWiderInterest: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no risk of wider interest in an allegation',
      input: { asOf: '2026-03-02', allegationWiderInterest: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
