/**
 * Where the serious incident rules read Working Together 2026 other than
 * literally, for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { workingTogether } from './citations.js';

export const seriousIncidentInterpretations = {
  careLeaverAgeLimit: {
    id: 'serious-incident.interpretation.care-leaver-age-limit',
    says: 'The death of a care leaver is notified to the Secretary of State and Ofsted up to and including the age of 24; a care leaver who dies at 25 or older is not.',
    why: 'Paragraph 382 says "up to and including the age of 24", while paragraph 384 says notifications "should be made for the death of all care leavers aged 18 and above" with no upper limit. The library follows paragraph 382, the paragraph that sets the duty; paragraph 384 reads as saying what follows the notification (no rapid review, no LCSPR).',
    citation: workingTogether.careLeaver18AndOver,
  },
  ageAtIncident: {
    id: 'serious-incident.interpretation.age-at-incident',
    says: 'Section 16C is applied when the person was under 18 at the death or serious harm, whatever their age when the partners decide. A death is taken to happen at the age at death; harm in childhood that comes to light only in adulthood goes to the Panel for advice first (paragraph 377) rather than straight to a notification.',
    why: 'The statute speaks of "a child" who dies or is seriously harmed and does not say at what moment the age is taken; the library takes the moment of the incident, because a 17-year-old harmed on Friday is no less a child for turning 18 on Monday. The care leaver rules keep the age now (or at death), as paragraphs 382 to 384 use it.',
    citation: workingTogether.s16cCriteria,
  },
  careLeaverUnder18AlsoNotified: {
    id: 'serious-incident.interpretation.care-leaver-under-18-also-notified',
    says: 'When a care leaver under 18 dies and abuse or neglect contributed, the library requires both the serious incident notification to the Panel and the care leaver death notification to the Secretary of State and Ofsted.',
    why: 'Paragraph 383 says that in that case "a children\'s serious incident notification must be made"; it does not say in so many words that the care leaver death notification of paragraph 382 is made as well. The library reads paragraph 382 as applying to every care leaver death up to 24, so both are made.',
    citation: workingTogether.careLeaverUnder18,
  },
  childNotYetIdentified: {
    id: 'serious-incident.interpretation.child-not-yet-identified',
    says: "When neither the person's age now nor their age at the incident is given, and they are not known to be a care leaver or a young adult harmed in childhood, the library reads the child as not yet identified: if abuse or neglect is known or suspected and a death or serious harm falls to an English authority, the notification to the Panel is required at once and its five working days (and the process that follows) are judged. The age stays a question, for the care leaver notification and for the notification's details.",
    why: 'Paragraph 374 says incidents where the identity of the child is not yet known "should still be notified without delay using the limited information known at the time", so the notification never waits for the age; the library has no separate field for the identity, and an incident assessed as a child\'s with no age given is the case paragraph 374 describes. "Without delay" sets no number of days, so the five working days of paragraph 372 are the latest date shown; paragraph 373 expects the details to be completed as facts emerge.',
    citation: workingTogether.allChildrenInNotification,
  },
} as const satisfies Record<string, InterpretationDefinition>;
