import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/** The statutory duty to notify the Child Safeguarding Practice Review Panel. */
export const s16cCriteria: RuleModule = {
  id: 'serious-incident.notify-panel.s16c-criteria',
  decision: 'serious-incident',
  title: 'Abuse or neglect known or suspected and a child has died or been seriously harmed: notify the Panel',
  citation: [
    workingTogether.s16cCriteria,
    workingTogether.seriousHarm,
    workingTogether.whoNotifies,
    workingTogether.notificationType,
  ],
  summary:
    'Under section 16C of the Children Act 2004, when a local authority knows or suspects that a child has been abused or neglected and the child dies or is seriously harmed in England (a child at the time of the death or harm, whatever their age now) (or, while normally resident in England, outside England), the Child Safeguarding Practice Review Panel must be notified. Serious harm includes serious or long-term impairment of mental health or development, and can have happened even if the child recovers. A death by suicide where abuse or neglect is a factor is notified. The local authority where the incident happened notifies, on behalf of the three safeguarding partners; for a death or serious harm outside England, it is the authority where the child normally lives. One notification covers every child involved.',
  conditions: {
    all: [
      {
        any: [
          {
            fact: 'ageAtIncident',
            operator: 'lessThan',
            value: 18,
            says: 'the person was a child (under 18) when the death or serious harm happened',
          },
          {
            fact: 'childNotYetIdentified',
            operator: 'equal',
            value: true,
            says: 'the children involved are not yet identified, but were children when harmed',
          },
          {
            // Looked after at the time of the death or harm (the status-at-the-incident reading): a child then.
            fact: 'lookedAfter',
            operator: 'equal',
            value: true,
            says: 'the child was looked after when the death or serious harm happened, so was a child then',
          },
        ],
        says: 'the person harmed was a child at the time',
      },
      {
        fact: 'harmInChildhoodNotKnownAtTheTime',
        operator: 'equal',
        value: false,
        says: 'this is not harm in childhood that has come to light only now the person is an adult (that is put to the Panel first)',
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
          {
            fact: 'normallyResidentInEngland',
            operator: 'equal',
            value: true,
            says: 'the child was normally resident in England (so a death or serious harm abroad is still notified)',
          },
        ],
        says: 'the incident falls to an English local authority',
      },
    ],
  },
  interpretations: [seriousIncidentInterpretations.ageAtIncident, seriousIncidentInterpretations.areaAsEngland],
  event: { type: 'notification', params: { outcome: 'notify-panel', notification: 'serious-incident' } },
  priority: 30,
  examples: [
    {
      name: 'A 4-year-old dies in Luton and neglect is suspected',
      input: { ageInYears: 4, abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true, awareOn: '2026-03-02' },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A 15-year-old living in Luton is seriously harmed on holiday in Spain after suspected abuse',
      input: {
        ageInYears: 15,
        abuseOrNeglectKnownOrSuspected: true,
        childDied: false,
        seriouslyHarmed: true,
        incidentInEngland: false,
        normallyResidentInEngland: true,
      },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A 16-year-old who died by suicide, where neglect was a factor, is notified',
      input: { ageInYears: 16, abuseOrNeglectKnownOrSuspected: true, diedBySuicide: true, incidentInEngland: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A child is seriously injured in an accident with no abuse or neglect known or suspected',
      input: {
        ageInYears: 9,
        abuseOrNeglectKnownOrSuspected: false,
        childDied: false,
        seriouslyHarmed: true,
        incidentInEngland: true,
        lookedAfter: false,
      },
      expect: { rule: 'not-fired', outcome: 'not-required' },
    },
    {
      name: 'A 17-year-old seriously harmed after suspected abuse is 18 when the partners decide: still a child at the incident, so notified',
      input: {
        ageInYears: 18,
        ageAtIncident: 17,
        harmInChildhoodNotKnownAtTheTime: false,
        abuseOrNeglectKnownOrSuspected: true,
        childDied: false,
        seriouslyHarmed: true,
        incidentInEngland: true,
      },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A child looked after when seriously harmed at 17 is 18 when the partners decide: looked after at the time, so still a child then, and notified',
      input: {
        ageInYears: 18,
        ageAtIncident: 17,
        lookedAfter: true,
        harmInChildhoodNotKnownAtTheTime: false,
        abuseOrNeglectKnownOrSuspected: true,
        childDied: false,
        seriouslyHarmed: true,
        incidentInEngland: true,
        awareOn: '2026-11-13',
      },
      expect: { rule: 'fired', outcome: 'notify-panel', result: { 'notifications.0.kind': 'serious-incident' } },
    },
    {
      name: 'Three children are seriously harmed in a children\'s home and none is yet identified: notified without delay, without their ages',
      input: {
        childNotYetIdentified: true,
        childrenInvolved: 3,
        abuseOrNeglectKnownOrSuspected: true,
        childDied: false,
        seriouslyHarmed: true,
        incidentInEngland: true,
        awareOn: '2026-06-05',
      },
      expect: { rule: 'fired', outcome: 'notify-panel', result: { 'notifications.0.due': '2026-06-12' } },
    },
    {
      name: 'An 18-year-old seriously harmed after suspected abuse, with no age at the harm given, is asked how old they were then',
      input: { ageInYears: 18, abuseOrNeglectKnownOrSuspected: true, childDied: false, seriouslyHarmed: true, incidentInEngland: true },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: 'Abuse is suspected but it is not yet known whether the harm is serious',
      input: { ageInYears: 7, abuseOrNeglectKnownOrSuspected: true, childDied: false, incidentInEngland: true },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
