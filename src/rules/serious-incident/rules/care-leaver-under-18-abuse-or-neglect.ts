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
    "When a care leaver under 18 dies and abuse or neglect contributed to the death, a children's serious incident notification must be made to the Panel and the full learning process follows (rapid review, then the safeguarding partners' decision on a local child safeguarding practice review). The care leaver death notification to the Secretary of State and Ofsted is still made as well.",
  conditions: {
    all: [
      { fact: 'careLeaver', operator: 'equal', value: true, says: 'the young person is a care leaver' },
      { fact: 'childDied', operator: 'equal', value: true, says: 'the young person has died' },
      { fact: 'ageInYears', operator: 'lessThan', value: 18, says: 'they were under 18 when they died' },
      {
        fact: 'abuseOrNeglectKnownOrSuspected',
        operator: 'equal',
        value: true,
        says: 'abuse or neglect was a contributing factor in the death',
      },
    ],
  },
  interpretations: [seriousIncidentInterpretations.careLeaverUnder18AlsoNotified],
  event: { type: 'notification', params: { outcome: 'notify-panel', notification: 'serious-incident' } },
  priority: 30,
  examples: [
    {
      name: 'A 17-year-old care leaver dies and neglect contributed to the death',
      input: { careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true },
      expect: { rule: 'fired', outcome: 'notify-panel' },
    },
    {
      name: 'A 17-year-old care leaver dies of an illness with no abuse or neglect involved',
      input: { careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: false },
      expect: { rule: 'not-fired', outcome: 'notify-secretary-of-state-and-ofsted' },
    },
  ],
};
