import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/**
 * Paragraph 374: an incident is notified without delay even while the child
 * is not yet identified, so a missing age never holds the notification back.
 */
export const childNotYetIdentified: RuleModule = {
  id: 'serious-incident.notify-panel.child-not-yet-identified',
  decision: 'serious-incident',
  title: 'Abuse or neglect known or suspected and a child not yet identified has died or been seriously harmed: notify the Panel without delay',
  citation: [workingTogether.allChildrenInNotification, workingTogether.s16cCriteria, workingTogether.whoNotifies],
  summary:
    'An incident where the identity of the child is not yet known is still notified to the Child Safeguarding Practice Review Panel without delay, with the limited information known at the time, and at the latest within the five working days of a serious incident notification. Here the child\'s age is not given, so who the child is is taken as not yet known: the notification does not wait for it. The details are completed as facts emerge.',
  conditions: {
    all: [
      {
        fact: 'childNotYetIdentified',
        operator: 'equal',
        value: true,
        says: "the child's age is not given (neither now nor at the incident), and they are not known to be a care leaver or a young adult harmed in childhood: who the child is is not yet known",
      },
      {
        fact: 'abuseOrNeglectKnownOrSuspected',
        operator: 'equal',
        value: true,
        says: 'the local authority knows or suspects that the child has been abused or neglected',
      },
      {
        any: [
          { fact: 'childDied', operator: 'equal', value: true, says: 'the child has died' },
          { fact: 'diedBySuicide', operator: 'equal', value: true, says: 'the child died by suicide' },
          { fact: 'seriouslyHarmed', operator: 'equal', value: true, says: 'the child has been seriously harmed, even if they have since recovered' },
          {
            fact: 'seriousOrLongTermImpairment',
            operator: 'equal',
            value: true,
            says: "the child's mental health or development has been seriously impaired, or the impairment is (likely to be) long-term",
          },
        ],
        says: 'the child has died or been seriously harmed',
      },
      {
        any: [
          { fact: 'incidentInEngland', operator: 'equal', value: true, says: 'the death or serious harm happened in England' },
          { fact: 'normallyResidentInEngland', operator: 'equal', value: true, says: 'the child was normally resident in England' },
        ],
        says: 'the incident falls to an English local authority',
      },
    ],
  },
  interpretations: [seriousIncidentInterpretations.childNotYetIdentified],
  event: { type: 'notification', params: { outcome: 'notify-panel', notification: 'serious-incident' } },
  priority: 30,
  examples: [
    {
      name: 'A baby found dead in Luton, neglect suspected, not yet identified: notified without waiting for who the child is',
      input: { abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true, awareOn: '2027-01-04', asOf: '2027-01-20' },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'The same incident once the child is known to be 9: the section 16C rule decides, not this one',
      input: { ageInYears: 9, abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true },
      expect: { rule: 'not-fired', outcome: 'notify-panel' },
    },
    {
      name: 'A care leaver whose age is not given: known, so the age is asked (17 goes to the Panel, 18 to 24 to the Secretary of State and Ofsted)',
      input: { careLeaver: true, abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true },
      expect: { rule: 'not-fired', outcome: 'insufficient-information' },
    },
    {
      name: 'A child not yet identified, seriously harmed, with abuse or neglect not yet known either way: whether abuse or neglect is known or suspected is asked',
      input: { seriouslyHarmed: true, incidentInEngland: true },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
