/**
 * Turns the validated input into the facts the rules read.
 *
 * Only logical implications are added, never defaults: a death by suicide is
 * a death; a child who has not died did not die by suicide; a looked after
 * child is not at the same time a care leaver, and the reverse; someone 18 or
 * over at the incident was not looked after then; a child under 16 is not a
 * care leaver; a child whose age is given is identified. Anything the input
 * leaves out stays unknown.
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
  // Status at the incident: someone 18 or over then was not looked after then,
  // and a looked after child was not at the same time a care leaver.
  const lookedAfter = input.lookedAfter ?? (input.careLeaver === true || (ageAtIncident !== undefined && ageAtIncident >= 18) ? false : undefined);
  // A care leaver is 16 or over (see the care-leaver-from-16 reading), so a
  // younger child is not asked.
  const careLeaver = input.careLeaver ?? (input.lookedAfter === true || (input.ageInYears !== undefined && input.ageInYears < 16) ? false : undefined);
  // Known ages mean the child is identified enough to say how old they were;
  // with no age at all, whether the child is yet to be identified is asked.
  const childNotYetIdentified = input.childNotYetIdentified ?? (input.ageInYears !== undefined || input.ageAtIncident !== undefined ? false : undefined);
  // Harm in childhood coming to light only in adulthood is a question about
  // adults; for a child (one not yet identified included) it is "no".
  const harmInChildhoodNotKnownAtTheTime =
    input.harmInChildhoodNotKnownAtTheTime ?? ((input.ageInYears !== undefined && input.ageInYears < 18) || input.childNotYetIdentified === true ? false : undefined);
  return {
    abuseOrNeglectKnownOrSuspected: input.abuseOrNeglectKnownOrSuspected,
    childDied,
    diedBySuicide,
    seriouslyHarmed: input.seriouslyHarmed,
    seriousOrLongTermImpairment: input.seriousOrLongTermImpairment,
    incidentInEngland: input.incidentInEngland,
    normallyResidentInEngland: input.normallyResidentInEngland,
    ageInYears: input.ageInYears,
    ageAtIncident,
    childNotYetIdentified,
    lookedAfter,
    careLeaver,
    harmInChildhoodNotKnownAtTheTime,
    clearRationaleToNotifyAsOther: input.clearRationaleToNotifyAsOther,
  };
}
