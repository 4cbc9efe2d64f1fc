import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';

export const positionOfTrustSignificantHarm: RuleModule = {
  id: 'need-to-know.position-of-trust.significant-harm',
  decision: 'need-to-know',
  title: 'An adult in a position of trust is alleged to have significantly harmed a child',
  citation: [ntk.positionOfTrust],
  summary: 'When it is alleged that an adult in a position of trust with children has significantly harmed a child in their care, or poses a risk of significant harm, a notification is needed. The LADO normally completes it, and its circulation may be anonymised.',
  conditions: {
    all: [
      {
        fact: 'positionOfTrustAllegation',
        operator: 'equal',
        value: true,
        says: 'it is alleged that an adult in a position of trust has significantly harmed a child or poses a risk of significant harm',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'position-of-trust', adultInPositionOfTrust: true, aboutChild: true } },
  examples: [
    {
      name: 'A school teacher is alleged to have assaulted a pupil',
      input: { asOf: '2026-03-02', positionOfTrustAllegation: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no allegation against an adult in a position of trust',
      input: { asOf: '2026-03-02', positionOfTrustAllegation: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
