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
   * The local authority knows or suspects that the child has been abused or neglected (the question
   * of Children Act 2004 s16C).
   */
  abuseOrNeglectKnownOrSuspected?: boolean | undefined;
  /** The child (or young person) has died. */
  childDied?: boolean | undefined;
  /** The child died by suicide (implies `childDied`). */
  diedBySuicide?: boolean | undefined;
  /** The child has been seriously harmed, even if they have since recovered. */
  seriouslyHarmed?: boolean | undefined;
  /**
   * Serious and/or long-term (or likely long-term) impairment of mental health or intellectual,
   * emotional, social or behavioural development.
   */
  seriousOrLongTermImpairment?: boolean | undefined;
  /** The death or serious harm happened in England. */
  incidentInEngland?: boolean | undefined;
  /** The child was normally resident in England (in an English local authority's area). */
  normallyResidentInEngland?: boolean | undefined;
  /**
   * Age in whole years now, or at death if the child or young person has died (the care leaver
   * rules read it).
   */
  ageInYears?: number | undefined;
  /**
   * Age in whole years when the death or serious harm happened: section 16C turns on whether the
   * person harmed was a child then. When left out it is taken from `ageInYears` where that settles
   * it (a death, or anyone still under 18).
   */
  ageAtIncident?: number | undefined;
  /** The child was looked after by a local authority. */
  lookedAfter?: boolean | undefined;
  /** The young person is a care leaver. */
  careLeaver?: boolean | undefined;
  /**
   * For a young adult (18 or over): the serious harm, abuse or neglect happened in childhood and
   * was not known or reported at the time.
   */
  harmInChildhoodNotKnownAtTheTime?: boolean | undefined;
  /**
   * The safeguarding partners have a clear rationale to notify the incident as "other" rather than
   * death or serious harm.
   */
  clearRationaleToNotifyAsOther?: boolean | undefined;
  /** How many children the incident involves (all go in the one notification). */
  childrenInvolved?: number | undefined;
  /**
   * The date the deadlines are judged on ("today"). With it, each deadline is met, late, due,
   * overdue or not-yet-triggered on that day, and a date left out is taken as an event that has not
   * happened by then. Without it (the library has no clock) the deadlines are judged on the
   * recorded dates alone: work recorded as done is met or late, every other deadline whose clock
   * has started is due, and none is called overdue.
   */
  asOf?: IsoDate | undefined;
  /** The date the safeguarding partners became aware of the incident. */
  awareOn?: IsoDate | undefined;
  /** The date the serious incident notification was submitted to the Panel. */
  notifiedOn?: IsoDate | undefined;
  /** The date the rapid review was submitted to the Panel. */
  rapidReviewSubmittedOn?: IsoDate | undefined;
  /**
   * The date the safeguarding partners decided to initiate a local child safeguarding practice
   * review.
   */
  lcsprDecisionOn?: IsoDate | undefined;
  /**
   * The (planned) date of publication of the LCSPR report or of the information about improvements.
   */
  publicationOn?: IsoDate | undefined;
  /**
   * The date a copy of the report (or of the information about improvements) was sent to the Panel
   * and the Secretary of State.
   */
  reportSentOn?: IsoDate | undefined;
  /** The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR. */
  lcsprCriteria?: LcsprCriteriaInput | undefined;
};

/**
 * The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR
 * (Working Together 2026, chapter 5, paragraph 395), each true, false or left out (unknown).
 */
export type LcsprCriteriaInput = {
  /**
   * The case highlights, or may highlight, improvements needed to safeguard and promote children's
   * welfare (including ones identified before).
   */
  improvementsNeeded?: boolean | undefined;
  /**
   * The case highlights, or may highlight, recurrent themes in safeguarding and promoting
   * children's welfare.
   */
  recurrentThemes?: boolean | undefined;
  /**
   * The case highlights, or may highlight, concerns about two or more organisations or agencies
   * working together effectively.
   */
  multiAgencyWorkingConcerns?: boolean | undefined;
  /**
   * The Panel has considered the case and concluded that a local review may be more appropriate.
   */
  panelConsideredLocalReviewMoreAppropriate?: boolean | undefined;
};
