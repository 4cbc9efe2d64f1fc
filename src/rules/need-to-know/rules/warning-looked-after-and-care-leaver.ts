import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { ntk } from '../citations.js';

/** A care leaver has stopped being looked after: the two statuses cannot both hold. */
export const warningLookedAfterAndCareLeaver: RuleModule = {
  id: 'need-to-know.warning.looked-after-and-care-leaver',
  decision: 'need-to-know',
  title: 'Warning: the child is recorded as both looked after and a care leaver',
  citation: [ntk.lookedAfter],
  summary:
    'A care leaver is a young person who has stopped being looked after, so one child cannot be both. The circumstances for children looked after and care leavers apply either way, so the advice does not change; the warning asks the practitioner to correct the status, which decides (for a death) whether the Secretary of State and Ofsted notification is the looked after child\'s or the care leaver\'s.',
  conditions: {
    all: [
      { fact: 'childStatus', operator: 'contains', value: 'looked-after', says: 'the child is recorded as looked after' },
      { fact: 'childStatus', operator: 'contains', value: 'care-leaver', says: 'the young person is recorded as a care leaver' },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-to-know.warning.looked-after-and-care-leaver',
      message: 'The child is recorded as both looked after and a care leaver; a care leaver has stopped being looked after. Check which holds and correct the status.',
    },
  },
  examples: [
    {
      name: 'A young person is recorded as looked after and as a care leaver',
      input: { asOf: '2026-05-11', childStatus: ['looked-after', 'care-leaver'], childMissing: true, missingMoreThan24Hours: true },
      expect: { rule: 'fired', outcome: 'notification-required', warnings: { include: ['need-to-know.warning.looked-after-and-care-leaver'] } },
    },
    {
      name: 'A care leaver only',
      input: { asOf: '2026-05-11', childStatus: ['care-leaver'], childDied: true },
      expect: { rule: 'not-fired', outcome: 'notification-required', warnings: { exclude: ['need-to-know.warning.looked-after-and-care-leaver'] } },
    },
  ],
};
