import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersCriminalAllegation: RuleModule = {
  id: 'need-to-know.staff-and-carers.criminal-allegation',
  decision: 'need-to-know',
  title: 'A member of staff or foster carer faces allegations, arrest or conviction for serious offences',
  citation: [ntk.staffAndCarers],
  summary: 'Allegations of, an arrest for, or a conviction for serious criminal offences against a member of staff or a foster carer need a notification; as they are adults in a position of trust, the LADO is involved.',
  conditions: {
    all: [
      {
        fact: 'staffOrCarerCriminalAllegation',
        operator: 'equal',
        value: true,
        says: 'a member of staff or a foster carer faces allegations of, arrest for or conviction for serious criminal offences',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers', adultInPositionOfTrust: true } },
  examples: [
    {
      name: 'A foster carer is arrested for a serious offence',
      input: { asOf: '2026-03-02', staffOrCarerCriminalAllegation: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No member of staff or carer faces a serious criminal allegation',
      input: { asOf: '2026-03-02', staffOrCarerCriminalAllegation: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
