import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersViolence: RuleModule = {
  id: 'need-to-know.staff-and-carers.violence',
  decision: 'need-to-know',
  title: 'A member of staff or foster carer is subject to violence or significant threats',
  citation: [ntk.staffAndCarers],
  summary: 'A member of staff or foster carer who is the subject of violent incidents, or of significant threats of violence, needs a notification.',
  conditions: {
    all: [
      {
        fact: 'staffOrCarerViolence',
        operator: 'equal',
        value: true,
        says: 'a member of staff or a carer is the subject of violence or significant threats of violence',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting, needToKnowInterpretations.carerItemsIncludeAdoptiveAndSgo],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers' } },
  examples: [
    {
      name: 'An adoptive parent supported by the service is assaulted by a birth relative: covered, as the heading names adoptive parents',
      input: { asOf: '2026-03-02', staffOrCarerViolence: true },
      expect: { rule: 'fired', outcome: 'notification-required', result: { 'interpretations.1.id': 'need-to-know.interpretation.carer-items-include-adoptive-and-sgo' } },
    },
    {
      name: 'A social worker is threatened with a knife on a home visit',
      input: { asOf: '2026-03-02', staffOrCarerViolence: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No member of staff or carer has faced violence or significant threats',
      input: { asOf: '2026-03-02', staffOrCarerViolence: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
