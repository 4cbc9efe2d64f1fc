/**
 * Turns the validated input into the facts the rules read.
 *
 * Only logical implications are added, never defaults: a death by suicide is
 * a death; a child who has not died did not die by suicide; a looked after
 * child is not at the same time a care leaver, and the reverse; someone 18 or
 * over at the incident was not looked after then; a child under 16 is not a
 * care leaver; a death with no earlier harm happens at the age at death, so
 * one age given is the other; a child whose age is given is identified, and
 * one with no age and nothing else that identifies them is read as not yet
 * identified (a recorded reading). Anything else the input leaves out stays
 * unknown.
 */
import type * as z from 'zod/mini';
import { ageAtIncidentOf, type seriousIncidentInputSchema } from './input-schema.js';

type ParsedInput = z.output<ReturnType<typeof seriousIncidentInputSchema>>;

export function toFacts(input: ParsedInput): Record<string, unknown> {
  const childDied = input.childDied ?? (input.diedBySuicide === true ? true : undefined);
  const diedBySuicide = input.diedBySuicide ?? (input.childDied === false ? false : undefined);
  // Section 16C asks whether a child was harmed. A death happens at the age at
  // death; anyone under 18 now was under 18 at the incident. Otherwise (an adult
  // now, alive) the age at the incident stays unknown until given.
  const ageAtIncident = ageAtIncidentOf({ ...input, childDied });
  // A death with no earlier serious harm happens at the age at death, so the age
  // at the incident given is the age now too (the schema rejects the two unequal).
  const deathOnly = childDied === true && input.seriouslyHarmed !== true && input.seriousOrLongTermImpairment !== true;
  const ageInYears = input.ageInYears ?? (deathOnly ? input.ageAtIncident : undefined);
  // Status at the incident: someone 18 or over then was not looked after then,
  // and a looked after child was not at the same time a care leaver.
  const lookedAfter = input.lookedAfter ?? (input.careLeaver === true || (ageAtIncident !== undefined && ageAtIncident >= 18) ? false : undefined);
  // A care leaver is 16 or over (see the care-leaver-from-16 reading), so a
  // younger child is not asked.
  const careLeaver = input.careLeaver ?? (input.lookedAfter === true || (input.ageInYears !== undefined && input.ageInYears < 16) ? false : undefined);
  // The answer when given. Otherwise, known ages mean the child is identified;
  // with no age at all, and nothing that makes the person known (a care leaver,
  // a young adult harmed in childhood), the child is read as not yet identified
  // (paragraph 374: the notification never waits for the age).
  const childNotYetIdentified =
    input.childNotYetIdentified ??
    (input.ageInYears !== undefined || input.ageAtIncident !== undefined ? false : careLeaver !== true && input.harmInChildhoodNotKnownAtTheTime !== true);
  // Harm in childhood coming to light only in adulthood is a question about
  // adults; for a child (a looked after child, or one not yet identified) it is "no".
  const childNow = (ageInYears !== undefined && ageInYears < 18) || input.lookedAfter === true;
  const harmInChildhoodNotKnownAtTheTime = input.harmInChildhoodNotKnownAtTheTime ?? (childNow || input.childNotYetIdentified === true ? false : undefined);
  return {
    abuseOrNeglectKnownOrSuspected: input.abuseOrNeglectKnownOrSuspected,
    childDied,
    diedBySuicide,
    seriouslyHarmed: input.seriouslyHarmed,
    seriousOrLongTermImpairment: input.seriousOrLongTermImpairment,
    incidentInEngland: input.incidentInEngland,
    normallyResidentInEngland: input.normallyResidentInEngland,
    ageInYears,
    ageAtIncident,
    childNotYetIdentified,
    lookedAfter,
    careLeaver,
    harmInChildhoodNotKnownAtTheTime,
    clearRationaleToNotifyAsOther: input.clearRationaleToNotifyAsOther,
  };
}
