/**
 * The input types of `SeriousIncidentInputSchema` and `LcsprCriteriaInputSchema`, written from the
 * schemas by `npm run schemas` (scripts/generate-input-types.ts): edit the schemas and their
 * descriptions, not this file. Each type is exactly the schema's `z.input`, with every field
 * documented (test/types/input-types.test.ts).
 */
import type { IsoDate } from '../../schemas/iso-date.js';

/**
 * What assessSeriousIncident takes: the facts about the child and the incident (death or serious
 * harm, abuse or neglect known or suspected, where it happened, looked after or care leaver, age),
 * the dates that start the statutory clocks (awareOn, ...), asOf to judge them on, and the LCSPR
 * criteria. Every field is optional: a fact left out is unknown, not "no".
 */
export type SeriousIncidentInput = {
  /**
   * Whether the local authority knows or suspects that the child has been abused or neglected (the
   * question of Children Act 2004 section 16C).
   */
  abuseOrNeglectKnownOrSuspected?: boolean | undefined;
  /** Whether the child has died. */
  childDied?: boolean | undefined;
  /** Whether the child died by suicide (true implies childDied). */
  diedBySuicide?: boolean | undefined;
  /** Whether the child has been seriously harmed, even if they have since recovered. */
  seriouslyHarmed?: boolean | undefined;
  /**
   * Whether there is serious and/or long-term (or likely long-term) impairment of mental health or
   * of intellectual, emotional, social or behavioural development.
   */
  seriousOrLongTermImpairment?: boolean | undefined;
  /** Whether the death or serious harm happened in England. */
  incidentInEngland?: boolean | undefined;
  /** Whether the child was normally resident in England (in an English local authority's area). */
  normallyResidentInEngland?: boolean | undefined;
  /**
   * Age in whole years now, or at death if the child or young person has died (the care leaver
   * rules read it).
   */
  ageInYears?: number | undefined;
  /**
   * Age in whole years when the death or serious harm happened (section 16C turns on whether the
   * person harmed was a child then); when left out, taken from ageInYears where that settles it.
   */
  ageAtIncident?: number | undefined;
  /** Whether the child was looked after by a local authority. */
  lookedAfter?: boolean | undefined;
  /** Whether the young person is a care leaver. */
  careLeaver?: boolean | undefined;
  /**
   * For a young adult (18 or over): whether the serious harm, abuse or neglect happened in
   * childhood and was not known or reported at the time.
   */
  harmInChildhoodNotKnownAtTheTime?: boolean | undefined;
  /**
   * Whether the safeguarding partners have a clear rationale to notify the incident as "other"
   * rather than as a death or serious harm.
   */
  clearRationaleToNotifyAsOther?: boolean | undefined;
  /** How many children the incident involves (all go in the one notification). */
  childrenInvolved?: number | undefined;
  /**
   * The date the deadlines are judged on, "today" (YYYY-MM-DD). Without it the deadlines are judged
   * on the recorded dates alone and none is called overdue.
   */
  asOf?: IsoDate | undefined;
  /**
   * The date the safeguarding partners (the local authority) became aware of the incident
   * (YYYY-MM-DD): it starts the 5 working days to notify the Panel.
   */
  awareOn?: IsoDate | undefined;
  /**
   * The date the serious incident notification was submitted to the Panel (YYYY-MM-DD), if it has
   * been.
   */
  notifiedOn?: IsoDate | undefined;
  /** The date the rapid review was submitted to the Panel (YYYY-MM-DD), if it has been. */
  rapidReviewSubmittedOn?: IsoDate | undefined;
  /**
   * The date the safeguarding partners decided to initiate a local child safeguarding practice
   * review (LCSPR) (YYYY-MM-DD), if they have.
   */
  lcsprDecisionOn?: IsoDate | undefined;
  /**
   * The date of publication, or planned publication, of the LCSPR report or of the information
   * about improvements (YYYY-MM-DD).
   */
  publicationOn?: IsoDate | undefined;
  /**
   * The date a copy of the report (or of the information about improvements) was sent to the Panel
   * and the Secretary of State (YYYY-MM-DD), if it has been.
   */
  reportSentOn?: IsoDate | undefined;
  /**
   * A day (YYYY-MM-DD) on which the published LCSPR report, or the information about improvements,
   * was seen still publicly available, such as a check at the end of its first year: the evidence
   * that it was kept available for at least one year.
   */
  stillPublishedOn?: IsoDate | undefined;
  /**
   * The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR
   * (Working Together 2026, chapter 5, para 395).
   */
  lcsprCriteria?: LcsprCriteriaInput | undefined;
};

/**
 * The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR
 * (Working Together 2026, chapter 5, paragraph 395), each true, false or left out (unknown).
 */
export type LcsprCriteriaInput = {
  /**
   * Whether the case highlights, or may highlight, improvements needed to safeguard and promote
   * children's welfare (including improvements identified before).
   */
  improvementsNeeded?: boolean | undefined;
  /**
   * Whether the case highlights, or may highlight, recurrent themes in safeguarding and promoting
   * children's welfare.
   */
  recurrentThemes?: boolean | undefined;
  /**
   * Whether the case highlights, or may highlight, concerns about two or more organisations or
   * agencies working together effectively.
   */
  multiAgencyWorkingConcerns?: boolean | undefined;
  /**
   * Whether the Panel has considered the case and concluded that a local review may be more
   * appropriate.
   */
  panelConsideredLocalReviewMoreAppropriate?: boolean | undefined;
};
