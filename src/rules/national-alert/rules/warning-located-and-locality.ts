import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { alerts } from '../citations.js';

/** "Located" means the address is known or the child seen; "a known locality" means only the town is. Both cannot hold. */
export const warningLocatedAndLocality: RuleModule = {
  id: 'national-alert.warning.located-and-known-locality',
  decision: 'national-alert',
  title: 'Warning: the child is recorded as located and as only known to be in a locality',
  citation: [alerts.endStep1, alerts.threshold1],
  summary:
    'A child who has been located has been seen or has a confirmed address; a family "known to be in a particular locality" has no known address. One of the two answers is wrong. The decision follows "located" (a "found" notification); the warning asks the practitioner to check before it is sent.',
  conditions: {
    all: [
      { fact: 'childLocated', operator: 'equal', value: true, says: 'the child is recorded as located' },
      { fact: 'knownLocality', operator: 'equal', value: true, says: 'the family is recorded as known to be in a particular locality, address unknown' },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'national-alert.warning.located-and-known-locality',
      message:
        'The child is recorded as located, and the family as known only to be in a particular locality with the address unknown. Check which holds before a "found" notification is sent: knowing the locality is not being located.',
    },
  },
  examples: [
    {
      name: 'An alert follow-up records the child as located and the family as only known to be "in Leeds"',
      input: { asOf: '2026-09-01', subject: 'child', alertIssuedOn: '2026-03-02', childLocated: true, knownLocality: true },
      expect: { rule: 'fired', outcome: 'end-alert', warnings: { include: ['national-alert.warning.located-and-known-locality'] } },
    },
    {
      name: 'The child is located at a confirmed address',
      input: { asOf: '2026-09-01', subject: 'child', alertIssuedOn: '2026-03-02', childLocated: true, knownLocality: false },
      expect: { rule: 'not-fired', outcome: 'end-alert', warnings: { exclude: ['national-alert.warning.located-and-known-locality'] } },
    },
  ],
};
