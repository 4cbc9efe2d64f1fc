/**
 * Turns the validated input into the facts the rules read.
 *
 * Only logical implications are added, never defaults: a death by suicide is
 * a death; a child who has not died did not die by suicide; a looked after
 * child is not at the same time a care leaver, and the reverse; a young
 * person of 18 or over is not looked after; a death with no earlier harm
 * happens at the age at death, so one age given is the other. Anything the
 * input leaves out stays unknown.
 */
import type * as z from 'zod/mini';
import type { seriousIncidentInputSchema } from './input-schema.js';

type ParsedInput = z.output<ReturnType<typeof seriousIncidentInputSchema>>;

export function toFacts(input: ParsedInput): Record<string, unknown> {
  const childDied = input.childDied ?? (input.diedBySuicide === true ? true : undefined);
  const diedBySuicide = input.diedBySuicide ?? (input.childDied === false ? false : undefined);
  // A looked after child is under 18 (the schema rejects lookedAfter with an
  // age of 18 or more), so an adult is not asked whether they were looked after.
  // A death with no earlier serious harm happens at the age at death, so either age given is the other too
  // (the schema rejects the two given unequal).
  const deathOnly = childDied === true && input.seriouslyHarmed !== true && input.seriousOrLongTermImpairment !== true;
  const ageInYears = input.ageInYears ?? (deathOnly ? input.ageAtIncident : undefined);
  const adult = ageInYears !== undefined && ageInYears >= 18;
  const lookedAfter = input.lookedAfter ?? (input.careLeaver === true || adult ? false : undefined);
  const careLeaver = input.careLeaver ?? (input.lookedAfter === true ? false : undefined);
  // Section 16C asks whether a child was harmed. A death happens at the age at
  // death; anyone under 18 now was under 18 at the incident. Otherwise (an adult
  // now, alive) the age at the incident stays unknown until given.
  const ageAtIncident =
    input.ageAtIncident ?? (ageInYears !== undefined && (deathOnly || ageInYears < 18) ? ageInYears : undefined);
  // Harm in childhood coming to light only in adulthood is a question about adults; for a child it is "no".
  // A looked after child is under 18 now whatever age is (or is not) given, so the question is "no" for them too.
  const childNow = (ageInYears !== undefined && ageInYears < 18) || input.lookedAfter === true;
  const harmInChildhoodNotKnownAtTheTime = input.harmInChildhoodNotKnownAtTheTime ?? (childNow ? false : undefined);
  // Paragraph 374: with no age given, and nothing that makes the person known (a care
  // leaver, a young adult harmed in childhood), the child is read as not yet identified.
  const childNotYetIdentified = input.ageInYears === undefined && input.ageAtIncident === undefined && careLeaver !== true && input.harmInChildhoodNotKnownAtTheTime !== true;
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
