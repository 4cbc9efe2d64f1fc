import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/** Every death of a looked after child is notified, whatever the cause. */
export const lookedAfterChildDeath: RuleModule = {
  id: 'serious-incident.notify-secretary-of-state-and-ofsted.looked-after-child-death',
  decision: 'serious-incident',
  title: 'A looked after child has died: notify the Secretary of State and Ofsted',
  citation: [workingTogether.lookedAfterChildDeath],
  summary:
    'The local authority must notify the Secretary of State for Education and Ofsted of the death of a looked after child, through the Child Safeguarding Incident Notification System, whether or not abuse or neglect was involved. If abuse or neglect is known or suspected, the serious incident notification to the Panel is needed as well.',
  conditions: {
    all: [
      { fact: 'lookedAfter', operator: 'equal', value: true, says: 'the child was looked after by a local authority when they died' },
      { fact: 'childDied', operator: 'equal', value: true, says: 'the child has died' },
    ],
  },
  interpretations: [seriousIncidentInterpretations.statusAtTheIncident],
  event: { type: 'notification', params: { outcome: 'notify-secretary-of-state-and-ofsted', notification: 'looked-after-child-death' } },
  priority: 20,
  examples: [
    {
      name: 'A looked after 12-year-old dies of a sudden illness with no abuse or neglect suspected',
      input: { lookedAfter: true, childDied: true, ageInYears: 12, abuseOrNeglectKnownOrSuspected: false },
      expect: { rule: 'fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
    {
      name: 'A looked after child dies and neglect by the placement is suspected',
      input: { lookedAfter: true, childDied: true, ageInYears: 3, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A looked after child is injured in a road accident and survives',
      input: { lookedAfter: true, childDied: false, ageInYears: 10, abuseOrNeglectKnownOrSuspected: false, seriouslyHarmed: true },
      expect: { rule: 'not-fired', outcome: 'not-required' },
    },
  ],
};
