import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersLadoRecommends: RuleModule = {
  id: 'need-to-know.staff-and-carers.lado-recommends',
  decision: 'need-to-know',
  title: 'The LADO recommends a Need to Know notification',
  citation: [ntk.staffAndCarers],
  summary: 'When the Local Authority Designated Officer (LADO) is contacted and, having considered the matter, recommends a Need to Know notification, one is completed.',
  conditions: {
    all: [
      {
        fact: 'ladoRecommendsNeedToKnow',
        operator: 'equal',
        value: true,
        says: 'the LADO has considered the matter and recommends a Need to Know notification',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers', adultInPositionOfTrust: true } },
  examples: [
    {
      name: 'The LADO recommends a notification after a concern about a foster carer',
      input: { asOf: '2026-03-02', ladoRecommendsNeedToKnow: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The LADO has not recommended a notification',
      input: { asOf: '2026-03-02', ladoRecommendsNeedToKnow: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
