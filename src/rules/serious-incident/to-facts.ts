/**
 * Turns the validated input into the facts the rules read.
 *
 * Only logical implications are added, never defaults: a death by suicide is
 * a death; a child who has not died did not die by suicide; a looked after
 * child is not at the same time a care leaver, and the reverse; a young
 * person of 18 or over is not looked after. Anything the
 * input leaves out stays unknown.
 */
import type { z } from 'zod';
import type { SeriousIncidentInputSchema } from './input-schema.js';

type ParsedInput = z.output<typeof SeriousIncidentInputSchema>;

export function toFacts(input: ParsedInput): Record<string, unknown> {
  const childDied = input.childDied ?? (input.diedBySuicide === true ? true : undefined);
  const diedBySuicide = input.diedBySuicide ?? (input.childDied === false ? false : undefined);
  // A looked after child is under 18 (the schema rejects lookedAfter with an
  // age of 18 or more), so an adult is not asked whether they were looked after.
  const adult = input.ageInYears !== undefined && input.ageInYears >= 18;
  const lookedAfter = input.lookedAfter ?? (input.careLeaver === true || adult ? false : undefined);
  const careLeaver = input.careLeaver ?? (input.lookedAfter === true ? false : undefined);
  return {
    abuseOrNeglectKnownOrSuspected: input.abuseOrNeglectKnownOrSuspected,
    childDied,
    diedBySuicide,
    seriouslyHarmed: input.seriouslyHarmed,
    seriousOrLongTermImpairment: input.seriousOrLongTermImpairment,
    incidentInEngland: input.incidentInEngland,
    normallyResidentInEngland: input.normallyResidentInEngland,
    ageInYears: input.ageInYears,
    lookedAfter,
    careLeaver,
    harmInChildhoodNotKnownAtTheTime: input.harmInChildhoodNotKnownAtTheTime,
    clearRationaleToNotifyAsOther: input.clearRationaleToNotifyAsOther,
  };
}
