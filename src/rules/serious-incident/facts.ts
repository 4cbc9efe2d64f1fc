/**
 * The facts the serious incident rules read, each with the question a
 * practitioner answers to supply it. They come straight from the input (see
 * `input-schema.ts`), apart from the logical implications
 * applied in `to-facts.ts` (e.g. a death by suicide is a death), and
 * `childNotYetIdentified`, which `to-facts.ts` reads from the ages left out.
 */
import type { FactCatalogue } from '../engine/rule-module.js';

export const seriousIncidentFacts: FactCatalogue = {
  abuseOrNeglectKnownOrSuspected: {
    question: 'Does the local authority know or suspect that the child has been abused or neglected?',
  },
  childDied: { question: 'Has the child or young person died?' },
  diedBySuicide: { question: 'Did the child die by suicide?' },
  seriouslyHarmed: { question: 'Has the child been seriously harmed (even if they have since recovered)?' },
  seriousOrLongTermImpairment: {
    question:
      "Has the child suffered serious or long-term impairment (or impairment likely to be long-term) of their mental health or their intellectual, emotional, social or behavioural development?",
  },
  incidentInEngland: { question: 'Did the death or serious harm happen in England?' },
  normallyResidentInEngland: { question: 'Was the child normally resident in England (in an English local authority area)?' },
  ageInYears: { question: 'How old is the child or young person now, in whole years (their age at death if they have died)?' },
  ageAtIncident: {
    question: 'How old was the person, in whole years, when the death or serious harm happened (section 16C applies when they were a child then)?',
  },
  childNotYetIdentified: {
    question: "Is the child not yet identified? (Taken from the input: no age is given, now or at the incident, and the person is not known to be a care leaver or a young adult harmed in childhood.)",
  },
  lookedAfter: { question: 'Was the child looked after by a local authority?' },
  careLeaver: { question: 'Is the young person a care leaver?' },
  harmInChildhoodNotKnownAtTheTime: {
    question:
      'For a young adult: did the serious harm, abuse or neglect happen in their childhood without being known or reported at the time?',
  },
  clearRationaleToNotifyAsOther: {
    question: 'Do the safeguarding partners have a clear rationale to notify the incident as "other" rather than death or serious harm?',
  },
};
