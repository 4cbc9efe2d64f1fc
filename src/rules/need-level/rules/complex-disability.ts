import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';

/** The categories table's Intensive row names children with "a disability resulting in complex needs" on their own. */
export const complexDisability: RuleModule = {
  id: 'need-level.classify.complex-disability',
  decision: 'need-level',
  title: 'A disability resulting in complex needs makes Intensive need on its own, with the special needs and disability service',
  citation: [luton.categories, luton.glanceIntensive],
  summary:
    'The categories table places children who "have a disability resulting in complex needs" in the Intensive row, and the Intensive indicators begin: "for a child with a complex disability, the special needs and disability service will become involved". So a significant disability, or a disability that prevents self-care in many tasks, makes Intensive need by itself (the "number of" indicators is not needed), and the SEND duties follow: the MASH, and a child’s allocated social worker in the children with disability service told at once.',
  conditions: {
    all: [{ fact: 'complexDisabilityIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'a disability resulting in complex needs was recorded' }],
  },
  interpretations: [needLevelInterpretations.complexDisabilityIntensive],
  event: {
    type: 'level',
    params: {
      level: 'intensive',
      action: {
        id: 'need-level.action.complex-disability',
        description:
          'A disability resulting in complex needs is Intensive need: the special needs and disability service becomes involved. Send the Luton referral form to the MASH with the family’s consent; if the child has an allocated social worker in the children with disability service, the MASH shares the information with them and the service manager straight away.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  priority: 7,
  examples: [
    {
      name: 'A 10-year-old with a significant disability and nothing else recorded: Intensive, with the SEND duties',
      input: { indicators: ['need-level.intensive.health.significant-disability'], ...answeredNo, ageInYears: 10 },
      expect: {
        rule: 'fired',
        outcome: 'intensive',
        result: { 'route.form': 'Luton referral form, with the consent section signed by the parents' },
        actions: { include: ['need-level.action.complex-disability', 'need-level.special-circumstance.send.inform-allocated-worker'] },
      },
    },
    {
      name: 'A child whose disability limits self-care (Additional) only',
      input: { indicators: ['need-level.additional.self-care-and-independence.disability-limits-self-care'], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
