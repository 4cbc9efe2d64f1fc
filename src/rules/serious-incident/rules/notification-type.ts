import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';

/*
 * How a serious incident notification is categorised on the notification
 * system. These rules only matter when a notification to the Panel is made;
 * they never change whether one is needed.
 */

export const notificationTypeDeath: RuleModule = {
  id: 'serious-incident.notification-type.death',
  decision: 'serious-incident',
  title: 'Notify as a "death" (including a death by suicide)',
  citation: [workingTogether.notificationType],
  summary:
    'An incident in which the child died is notified as a "death". This includes a child who died by suicide where abuse or neglect is a factor.',
  conditions: {
    any: [
      { fact: 'childDied', operator: 'equal', value: true, says: 'the child has died' },
      { fact: 'diedBySuicide', operator: 'equal', value: true, says: 'the child died by suicide' },
    ],
  },
  event: { type: 'notification-type', params: { notificationType: 'death' } },
  priority: 10,
  examples: [
    {
      name: 'A 14-year-old died by suicide where abuse was a factor: notified as a death',
      input: { ageInYears: 14, diedBySuicide: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A seriously harmed child who survived is not notified as a death',
      input: { ageInYears: 2, childDied: false, seriouslyHarmed: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'not-fired', outcome: 'notify-panel' },
    },
  ],
};

export const notificationTypeSeriousHarm: RuleModule = {
  id: 'serious-incident.notification-type.serious-harm',
  decision: 'serious-incident',
  title: 'Notify as "serious harm"',
  citation: [workingTogether.notificationType, workingTogether.seriousHarm],
  summary:
    'An incident in which the child survived but was seriously harmed (including serious or long-term impairment of mental health or development, and even if the child has recovered) is notified as "serious harm".',
  conditions: {
    all: [
      { fact: 'childDied', operator: 'equal', value: false, says: 'the child has not died' },
      {
        any: [
          { fact: 'seriouslyHarmed', operator: 'equal', value: true, says: 'the child has been seriously harmed' },
          {
            fact: 'seriousOrLongTermImpairment',
            operator: 'equal',
            value: true,
            says: "the child's mental health or development has been seriously or lastingly impaired",
          },
        ],
        says: 'the child has been seriously harmed',
      },
    ],
  },
  event: { type: 'notification-type', params: { notificationType: 'serious-harm' } },
  priority: 10,
  examples: [
    {
      name: 'A baby with a suspected non-accidental head injury survives: notified as serious harm',
      input: { ageInYears: 0, childDied: false, seriouslyHarmed: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A child whose development has been lastingly impaired by neglect, with no single injury',
      input: {
        ageInYears: 6,
        childDied: false,
        seriousOrLongTermImpairment: true,
        abuseOrNeglectKnownOrSuspected: true,
        incidentInEngland: true,
      },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A child who died is not notified as serious harm',
      input: { ageInYears: 8, childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'not-fired', outcome: 'notify-panel' },
    },
  ],
};

export const notificationTypeOther: RuleModule = {
  id: 'serious-incident.notification-type.other',
  decision: 'serious-incident',
  title: 'Notify as "other" only with a clear rationale',
  citation: [workingTogether.notificationType],
  summary:
    'Incidents that meet the criteria are notified as "serious harm" or "death". The safeguarding partners may notify one as "other" only when they have a clear rationale for doing so; without one, the library reports death or serious harm.',
  conditions: {
    all: [
      {
        fact: 'clearRationaleToNotifyAsOther',
        operator: 'equal',
        value: true,
        says: 'the safeguarding partners have a clear rationale for notifying the incident as "other"',
      },
    ],
  },
  event: { type: 'notification-type', params: { notificationType: 'other' } },
  priority: 10,
  examples: [
    {
      name: 'The partners record a clear rationale to notify a serious harm incident as "other"',
      input: {
        ageInYears: 11,
        childDied: false,
        seriouslyHarmed: true,
        abuseOrNeglectKnownOrSuspected: true,
        incidentInEngland: true,
        clearRationaleToNotifyAsOther: true,
      },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'No rationale to depart from the usual categories',
      input: {
        ageInYears: 11,
        childDied: false,
        seriouslyHarmed: true,
        abuseOrNeglectKnownOrSuspected: true,
        incidentInEngland: true,
        clearRationaleToNotifyAsOther: false,
      },
      expect: { rule: 'not-fired', outcome: 'notify-panel' },
    },
  ],
};
