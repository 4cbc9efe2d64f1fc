import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { alerts } from '../citations.js';
import { THREE_WEEKS_IN_DAYS } from '../facts.js';
import { nationalAlertInterpretations } from '../interpretations.js';

/**
 * The three weeks are a threshold of the alert itself: an alert recorded as
 * issued before them went out below the threshold, whatever the family's
 * absence has become since. Judging the threshold on today's date alone would
 * hide it.
 */
export const warningIssuedBeforeThreeWeeks: RuleModule = {
  id: 'national-alert.warning.issued-before-three-weeks',
  decision: 'national-alert',
  title: 'Warning: the alert is recorded as issued before three weeks had passed since the family went missing',
  citation: [alerts.threshold2],
  summary:
    'Until at least three weeks have passed since the family went missing, they should not be the subject of a national alert. An alert recorded as issued sooner either has a wrong date (of the alert or of the disappearance) or went out below the threshold: the warning asks the Service Manager to check the record, and to re-test the thresholds before the next re-issue. The decision on the follow-up is unchanged.',
  conditions: {
    all: [{ fact: 'daysMissingWhenIssued', operator: 'lessThan', value: THREE_WEEKS_IN_DAYS, says: 'the alert was issued less than three weeks (21 days) after the family went missing' }],
  },
  interpretations: [nationalAlertInterpretations.threeWeeksAs21Days, nationalAlertInterpretations.missingSinceLastSeen],
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'national-alert.warning.issued-before-three-weeks',
      message:
        'The alert is recorded as issued less than three weeks after the family went missing, before the procedure allows one. Check the dates of the alert and of the disappearance; if they are right, the alert went out below the threshold and the Service Manager should review it.',
    },
  },
  examples: [
    {
      name: 'An alert recorded as issued ten days after the family went missing',
      input: { asOf: '2026-05-11', subject: 'child', missingSince: '2026-04-10', alertIssuedOn: '2026-04-20', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'fired', outcome: 'keep-alert', warnings: { include: ['national-alert.warning.issued-before-three-weeks'] } },
    },
    {
      name: 'An alert issued on the day three weeks had passed',
      input: { asOf: '2026-05-11', subject: 'child', missingSince: '2026-04-10', alertIssuedOn: '2026-05-01', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'not-fired', outcome: 'keep-alert', warnings: { exclude: ['national-alert.warning.issued-before-three-weeks'] } },
    },
  ],
};
