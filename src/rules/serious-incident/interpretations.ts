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
  adultHarmedInChildhoodAliveOrDead: {
    id: 'serious-incident.interpretation.adult-harmed-in-childhood-alive-or-dead',
    says: 'The Panel is consulted about a young adult harmed in childhood (paragraph 377) whether the young adult is alive or has since died, except a care leaver who has died: that death follows the care leaver notification (paragraphs 382 to 384) instead.',
    why: 'Paragraph 377 asks only that the harm happened in childhood and was not known or reported at the time, so a later death does not take the young adult out of it. Paragraph 384 says the death of a care leaver of 18 or over is notified with no rapid review or local review, and that any review of it "should not be ... submitted to the Panel"; the library does not send the same death to the Panel by another route.',
    citation: workingTogether.adultsHarmedInChildhood,
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
  statusAtTheIncident: {
    id: 'serious-incident.interpretation.status-at-the-incident',
    says: 'Whether the child was looked after, or the young person a care leaver, is their status at the time of the death or serious harm, not when the partners decide: a child looked after when harmed at 17 is treated as looked after though 18 now.',
    why: 'Paragraphs 381 to 384 speak of "the death of a looked after child" and "the death of a care leaver" without saying at what moment the status is taken, and section 16C turns on what happened to "a child". The library takes the status at the incident, as it takes the age (see the age-at-incident reading), so that a birthday between the harm and the decision changes nothing.',
    citation: workingTogether.lookedAfterChildDeath,
  },
  careLeaverFrom16: {
    id: 'serious-incident.interpretation.care-leaver-from-16',
    says: 'A child under 16 is taken not to be a care leaver, so the care leaver questions are not asked about them.',
    why: 'Working Together speaks of care leavers under and over 18 (paragraphs 383 and 384) without a lower age. A care leaver is at least 16 under the leaving care provisions of the Children Act 1989 (eligible and relevant children are 16 or 17, former relevant children 18 or over), which are outside this source; without the lower age an infant would be asked whether they are a care leaver and the outcome could wait on that answer.',
    citation: workingTogether.careLeaverUnder18,
  },
  notYetIdentified: {
    id: 'serious-incident.interpretation.children-not-yet-identified',
    says: 'An incident whose children are not yet identified (`childNotYetIdentified: true`) is taken to involve children at the time of the harm, so section 16C can be met without their ages, and the notification is due within the five working days like any other, "without delay".',
    why: 'Paragraph 374 says such incidents "should still be notified without delay using the limited information known at the time". Section 16C needs "a child"; when the child is not identified the age cannot be given, so the library takes the practitioner\'s answer that children were harmed in place of an age. "Without delay" sets no timescale of its own; the library keeps the five working days of paragraph 372 as the latest day.',
    citation: workingTogether.allChildrenInNotification,
  },
  areaAsEngland: {
    id: 'serious-incident.interpretation.area-as-england',
    says: 'Section 16C\'s "in the local authority\'s area" and "normally resident in the local authority\'s area" are asked as "in England" and "normally resident in England"; which authority notifies is then named in words (where the incident occurred, or for an incident outside England where the child normally lived).',
    why: 'The library decides for any English local authority, not for one area, so it asks whether the incident falls to an English authority at all; the authority that notifies is the one whose area it is, as paragraph 372 and section 16C(1)(b) say. An incident in England always happened in some English authority\'s area, and a child normally resident in England was normally resident in one.',
    citation: workingTogether.s16cCriteria,
  },
  contributingFactorAsKnownOrSuspected: {
    id: 'serious-incident.interpretation.contributing-factor-as-known-or-suspected',
    says: 'For a care leaver under 18 who has died, "abuse or neglect was a contributing factor in their death" is read as the local authority knowing or suspecting abuse or neglect, the test of section 16C.',
    why: 'Paragraph 383 turns on whether abuse or neglect "was a contributing factor"; that is rarely established within the five working days the notification is due in, while section 16C, which the serious incident notification rests on, asks whether abuse or neglect is known or suspected. The library uses the statute\'s test, which notifies in every case paragraph 383 would and in those still being established.',
    citation: workingTogether.careLeaverUnder18,
  },
} as const satisfies Record<string, InterpretationDefinition>;

/**
 * Readings the decision applies itself (not through one rule firing), with
 * the rules whose questions they settle: returned by a result only when it
 * relied on them, and listed in the catalogue.
 */
export const seriousIncidentDecisionReadings: readonly { definition: InterpretationDefinition; usedBy: readonly string[] }[] = [
  {
    definition: seriousIncidentInterpretations.careLeaverFrom16,
    usedBy: ['serious-incident.notify-secretary-of-state-and-ofsted.care-leaver-death', 'serious-incident.notify-panel.care-leaver-under-18-abuse-or-neglect'],
  },
  { definition: seriousIncidentInterpretations.notYetIdentified, usedBy: ['serious-incident.notify-panel.s16c-criteria'] },
];
