import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/** A care leaver under 18 whose death involved abuse or neglect goes through the full serious incident process. */
export const careLeaverUnder18AbuseOrNeglect: RuleModule = {
  id: 'serious-incident.notify-panel.care-leaver-under-18-abuse-or-neglect',
  decision: 'serious-incident',
  title: 'A care leaver under 18 has died and abuse or neglect contributed: serious incident notification and full learning process',
  citation: [workingTogether.careLeaverUnder18, workingTogether.careLeaverDeath],
  summary:
    "When a care leaver under 18 dies and abuse or neglect contributed to the death, a children's serious incident notification must be made to the Panel and the full learning process follows (rapid review, then the safeguarding partners' decision on a local child safeguarding practice review). The notification is a section 16C one, so it is made by an English local authority: the death happened in England, or abroad while the young person was normally resident in England. The care leaver death notification to the Secretary of State and Ofsted is still made as well.",
  conditions: {
    all: [
      { fact: 'careLeaver', operator: 'equal', value: true, says: 'the young person is a care leaver' },
      { fact: 'childDied', operator: 'equal', value: true, says: 'the young person has died' },
      { fact: 'ageInYears', operator: 'lessThan', value: 18, says: 'they were under 18 when they died' },
      {
        fact: 'abuseOrNeglectKnownOrSuspected',
        operator: 'equal',
        value: true,
        says: 'abuse or neglect is known or suspected (read as contributing to the death: see the interpretation)',
      },
      {
        any: [
          { fact: 'incidentInEngland', operator: 'equal', value: true, says: 'the death happened in England' },
          { fact: 'normallyResidentInEngland', operator: 'equal', value: true, says: 'the young person was normally resident in England' },
        ],
        says: 'the death falls to an English local authority, as section 16C requires of a serious incident notification',
      },
    ],
  },
  interpretations: [
    seriousIncidentInterpretations.careLeaverUnder18AlsoNotified,
    seriousIncidentInterpretations.contributingFactorAsKnownOrSuspected,
    seriousIncidentInterpretations.statusAtTheIncident,
    seriousIncidentInterpretations.areaAsEngland,
  ],
  event: { type: 'notification', params: { outcome: 'notify-panel', notification: 'serious-incident' } },
  priority: 30,
  examples: [
    {
      name: 'A 17-year-old care leaver dies and neglect contributed to the death',
      input: { careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A 17-year-old care leaver living abroad dies abroad after suspected neglect: no English authority notifies the Panel, but the death is still notified to the Secretary of State and Ofsted',
      input: { careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false },
      expect: { rule: 'not-fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
    {
      name: 'A 17-year-old care leaver dies of an illness with no abuse or neglect involved',
      input: { careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: false },
      expect: { rule: 'not-fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
  ],
};
