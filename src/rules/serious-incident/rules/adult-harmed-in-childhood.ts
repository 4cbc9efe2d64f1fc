import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { seriousIncidentInterpretations } from '../interpretations.js';

/** Harm in childhood that only comes to light once the person is an adult: ask the Panel first. */
export const adultHarmedInChildhood: RuleModule = {
  id: 'serious-incident.consult-panel.adult-harmed-in-childhood',
  decision: 'serious-incident',
  title: 'A young adult harmed in childhood, not known at the time: consult the Panel before notifying',
  citation: [workingTogether.adultsHarmedInChildhood],
  summary:
    'When the safeguarding partners identify a young adult (18 or over) who suffered serious harm, abuse or neglect in childhood that was not known or reported at the time but meets the notification criteria, they should weigh the time since the harm, the chances of learning and whether the learning is mainly for adult or children\'s services, and consult the Panel for advice before submitting a notification. The paragraph asks only that the harm happened in childhood: it applies whether the young adult is alive or has since died, but the death of a care leaver follows the care leaver notification to the Secretary of State and Ofsted instead (paras 382 to 384).',
  conditions: {
    all: [
      { fact: 'ageInYears', operator: 'greaterThanInclusive', value: 18, says: 'the person is now 18 or over' },
      {
        any: [
          { fact: 'childDied', operator: 'equal', value: false, says: 'the young adult is alive' },
          { fact: 'careLeaver', operator: 'equal', value: false, says: 'the young adult was not a care leaver' },
        ],
        says: 'the young adult is alive, or was not a care leaver (a care leaver\'s death follows the care leaver notification)',
      },
      {
        fact: 'harmInChildhoodNotKnownAtTheTime',
        operator: 'equal',
        value: true,
        says: 'the harm, abuse or neglect happened in their childhood and was not known or reported at the time',
      },
      {
        fact: 'abuseOrNeglectKnownOrSuspected',
        operator: 'equal',
        value: true,
        says: 'abuse or neglect in childhood is known or suspected',
      },
      {
        any: [
          { fact: 'seriouslyHarmed', operator: 'equal', value: true, says: 'they were seriously harmed as a child' },
          {
            fact: 'seriousOrLongTermImpairment',
            operator: 'equal',
            value: true,
            says: 'their mental health or development was seriously or lastingly impaired',
          },
        ],
        says: 'they were seriously harmed as a child',
      },
      {
        any: [
          { fact: 'incidentInEngland', operator: 'equal', value: true, says: 'the harm happened in England' },
          { fact: 'normallyResidentInEngland', operator: 'equal', value: true, says: 'they were normally resident in England as a child' },
        ],
        says: 'the harm falls to an English local authority',
      },
    ],
  },
  interpretations: [seriousIncidentInterpretations.adultHarmedInChildhoodAliveOrDead],
  event: { type: 'notification', params: { outcome: 'consult-panel' } },
  priority: 25,
  examples: [
    {
      name: 'A 19-year-old discloses serious sexual abuse in a children\'s home that was never reported',
      input: {
        ageInYears: 19,
        childDied: false,
        harmInChildhoodNotKnownAtTheTime: true,
        abuseOrNeglectKnownOrSuspected: true,
        seriouslyHarmed: true,
        incidentInEngland: true,
        careLeaver: false,
      },
      expect: { rule: 'fired', outcome: 'consult-panel' },
    },
    {
      name: 'A 22-year-old who has died was seriously neglected at 14, which was not known at the time: the Panel is consulted, as for one who is alive',
      input: {
        ageInYears: 22,
        ageAtIncident: 14,
        childDied: true,
        harmInChildhoodNotKnownAtTheTime: true,
        abuseOrNeglectKnownOrSuspected: true,
        seriouslyHarmed: true,
        incidentInEngland: true,
        careLeaver: false,
        lookedAfter: false,
      },
      expect: { rule: 'fired', outcome: 'consult-panel' },
    },
    {
      name: 'A 20-year-old was seriously harmed last month, as an adult',
      input: {
        ageInYears: 20,
        ageAtIncident: 20,
        childDied: false,
        harmInChildhoodNotKnownAtTheTime: false,
        abuseOrNeglectKnownOrSuspected: true,
        seriouslyHarmed: true,
        incidentInEngland: true,
      },
      expect: { rule: 'not-fired', outcome: 'not-required' },
    },
    {
      name: 'A 19-year-old was seriously abused, and it is not yet known whether that was in childhood',
      input: { ageInYears: 19, childDied: false, abuseOrNeglectKnownOrSuspected: true, seriouslyHarmed: true, incidentInEngland: true },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
