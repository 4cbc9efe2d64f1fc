import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/** The death of a care leaver up to and including 24 is notified; on its own it starts no rapid review or LCSPR. */
export const careLeaverDeath: RuleModule = {
  id: 'serious-incident.notify-secretary-of-state-and-ofsted.care-leaver-death',
  decision: 'serious-incident',
  title: 'A care leaver aged 24 or under has died: notify the Secretary of State and Ofsted',
  citation: [workingTogether.careLeaverDeath, workingTogether.careLeaverUnder18, workingTogether.careLeaver18AndOver],
  summary:
    'The local authority should notify the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24, through the Child Safeguarding Incident Notification System. This notification needs no rapid review and no local child safeguarding practice review: for a care leaver under 18 where abuse or neglect did not contribute, and for every care leaver aged 18 or over. Only a care leaver under 18 whose death involved abuse or neglect also goes through the full serious incident process (see that rule). The safeguarding partners may still hold their own local learning review, which is not called an LCSPR.',
  conditions: {
    all: [
      { fact: 'careLeaver', operator: 'equal', value: true, says: 'the young person is a care leaver' },
      { fact: 'childDied', operator: 'equal', value: true, says: 'the young person has died' },
      { fact: 'ageInYears', operator: 'lessThanInclusive', value: 24, says: 'they were 24 or under when they died' },
    ],
  },
  interpretations: [seriousIncidentInterpretations.careLeaverAgeLimit, seriousIncidentInterpretations.statusAtTheIncident],
  event: { type: 'notification', params: { outcome: 'notify-secretary-of-state-and-ofsted', notification: 'care-leaver-death' } },
  priority: 20,
  examples: [
    {
      name: 'A 21-year-old care leaver dies after suspected neglect: notification only, no rapid review',
      input: { careLeaver: true, childDied: true, ageInYears: 21, abuseOrNeglectKnownOrSuspected: true },
      expect: { rule: 'fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
    {
      name: 'A 24-year-old care leaver dies',
      input: { careLeaver: true, childDied: true, ageInYears: 24 },
      expect: { rule: 'fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
    {
      name: 'A 12-year-old dies abroad, and the family lives abroad: no one is asked whether a 12-year-old was a care leaver (only whether the child was looked after)',
      input: { ageInYears: 12, childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false },
      expect: { rule: 'not-fired', outcome: 'insufficient-information', result: { 'missingFacts.0.fact': 'lookedAfter', 'missingFacts.length': 1 } },
    },
    {
      name: 'A former care leaver dies aged 26',
      input: { careLeaver: true, childDied: true, ageInYears: 26 },
      expect: { rule: 'not-fired', outcome: 'not-required' },
    },
  ],
};
