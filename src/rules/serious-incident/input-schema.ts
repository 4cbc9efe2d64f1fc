/**
 * Input of `assessSeriousIncident`: the facts about one child (or young
 * person) and the incident, and the dates that start the statutory clocks.
 *
 * Every field is optional because unknown is an answer: an omitted fact makes
 * the rules that need it `unknown` and the decision asks for it, instead of
 * assuming "no". Contradictory combinations (e.g. died by suicide but did not
 * die) are input errors, so they cannot produce a confident wrong answer.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from '../../schemas/iso-date-schema.js';
import { described } from '../../schemas/schema-metadata.js';
import { lazySchema } from '../../schemas/lazy-schema.js';

const lcsprCriteriaInput = () => z.strictObject({
  /** The case highlights, or may highlight, improvements needed to safeguard and promote children's welfare (including ones identified before). */
  improvementsNeeded: described(z.optional(z.boolean()), 'Whether the case highlights, or may highlight, improvements needed to safeguard and promote children\'s welfare (including improvements identified before).'),
  /** The case highlights, or may highlight, recurrent themes in safeguarding and promoting children's welfare. */
  recurrentThemes: described(z.optional(z.boolean()), 'Whether the case highlights, or may highlight, recurrent themes in safeguarding and promoting children\'s welfare.'),
  /** The case highlights, or may highlight, concerns about two or more organisations or agencies working together effectively. */
  multiAgencyWorkingConcerns: described(z.optional(z.boolean()), 'Whether the case highlights, or may highlight, concerns about two or more organisations or agencies working together effectively.'),
  /** The Panel has considered the case and concluded that a local review may be more appropriate. */
  panelConsideredLocalReviewMoreAppropriate: described(z.optional(z.boolean()), 'Whether the Panel has considered the case and concluded that a local review may be more appropriate.'),
});

/** The four criteria the safeguarding partners must take into account when deciding on an LCSPR (WT 2026 ch. 5 para 395); built on first use. */
export const lcsprCriteriaInputSchema = lazySchema(() => described(
  lcsprCriteriaInput(),
  'The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR (Working Together 2026, chapter 5, paragraph 395), each true, false or left out (unknown).',
));

const seriousIncidentInput = () => z
  .strictObject({
    /** The local authority knows or suspects that the child has been abused or neglected (the question of Children Act 2004 s16C). */
    abuseOrNeglectKnownOrSuspected: described(z.optional(z.boolean()), 'Whether the local authority knows or suspects that the child has been abused or neglected (the question of Children Act 2004 section 16C).'),
    childDied: described(z.optional(z.boolean()), 'Whether the child has died.'),
    /** The child died by suicide (implies `childDied`). */
    diedBySuicide: described(z.optional(z.boolean()), 'Whether the child died by suicide (true implies childDied).'),
    /** The child has been seriously harmed, even if they have since recovered. */
    seriouslyHarmed: described(z.optional(z.boolean()), 'Whether the child has been seriously harmed, even if they have since recovered.'),
    /** Serious and/or long-term (or likely long-term) impairment of mental health or intellectual, emotional, social or behavioural development. */
    seriousOrLongTermImpairment: described(z.optional(z.boolean()), 'Whether there is serious and/or long-term (or likely long-term) impairment of mental health or of intellectual, emotional, social or behavioural development.'),
    /** The death or serious harm happened in England. */
    incidentInEngland: described(z.optional(z.boolean()), 'Whether the death or serious harm happened in England.'),
    /** The child was normally resident in England (in an English local authority's area). */
    normallyResidentInEngland: described(z.optional(z.boolean()), 'Whether the child was normally resident in England (in an English local authority\'s area).'),
    /** Age in whole years now, or at death if the child or young person has died (the care leaver rules read it). */
    ageInYears: described(z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(130))), 'Age in whole years now, or at death if the child or young person has died (the care leaver rules read it).'),
    /**
     * Age in whole years when the death or serious harm happened: section 16C
     * turns on whether the person harmed was a child then. When left out it is
     * taken from `ageInYears` where that settles it (a death, or anyone still under 18).
     */
    ageAtIncident: described(z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(130))), 'Age in whole years when the death or serious harm happened (section 16C turns on whether the person harmed was a child then); when left out, taken from ageInYears where that settles it.'),
    /** The child was looked after by a local authority. */
    lookedAfter: described(z.optional(z.boolean()), 'Whether the child was looked after by a local authority.'),
    /** The young person is a care leaver. */
    careLeaver: described(z.optional(z.boolean()), 'Whether the young person is a care leaver.'),
    /** For a young adult (18 or over): the serious harm, abuse or neglect happened in childhood and was not known or reported at the time. */
    harmInChildhoodNotKnownAtTheTime: described(z.optional(z.boolean()), 'For a young adult (18 or over): whether the serious harm, abuse or neglect happened in childhood and was not known or reported at the time.'),
    /** The safeguarding partners have a clear rationale to notify the incident as "other" rather than death or serious harm. */
    clearRationaleToNotifyAsOther: described(z.optional(z.boolean()), 'Whether the safeguarding partners have a clear rationale to notify the incident as "other" rather than as a death or serious harm.'),
    /** How many children the incident involves (all go in the one notification). */
    childrenInvolved: described(z.optional(z.number().check(z.int(), z.minimum(1))), 'How many children the incident involves (all go in the one notification).'),
    /**
     * The date the deadlines are judged on ("today"). With it, each deadline
     * is met, late, due, overdue or not-yet-triggered on that day, and a date
     * left out is taken as an event that has not happened by then. Without it
     * (the library has no clock) the deadlines are judged on the recorded
     * dates alone: work recorded as done is met or late, every other deadline
     * whose clock has started is due, and none is called overdue.
     */
    asOf: described(z.optional(IsoDateSchema), 'The date the deadlines are judged on, "today" (YYYY-MM-DD). Without it the deadlines are judged on the recorded dates alone and none is called overdue.'),
    /** The date the safeguarding partners became aware of the incident. */
    awareOn: described(z.optional(IsoDateSchema), 'The date the safeguarding partners (the local authority) became aware of the incident (YYYY-MM-DD): it starts the 5 working days to notify the Panel.'),
    /** The date the serious incident notification was submitted to the Panel. */
    notifiedOn: described(z.optional(IsoDateSchema), 'The date the serious incident notification was submitted to the Panel (YYYY-MM-DD), if it has been.'),
    /** The date the rapid review was submitted to the Panel. */
    rapidReviewSubmittedOn: described(z.optional(IsoDateSchema), 'The date the rapid review was submitted to the Panel (YYYY-MM-DD), if it has been.'),
    /** The date the safeguarding partners decided to initiate a local child safeguarding practice review. */
    lcsprDecisionOn: described(z.optional(IsoDateSchema), 'The date the safeguarding partners decided to initiate a local child safeguarding practice review (LCSPR) (YYYY-MM-DD), if they have.'),
    /** The (planned) date of publication of the LCSPR report or of the information about improvements. */
    publicationOn: described(z.optional(IsoDateSchema), 'The date of publication, or planned publication, of the LCSPR report or of the information about improvements (YYYY-MM-DD).'),
    /** The date a copy of the report (or of the information about improvements) was sent to the Panel and the Secretary of State. */
    reportSentOn: described(z.optional(IsoDateSchema), 'The date a copy of the report (or of the information about improvements) was sent to the Panel and the Secretary of State (YYYY-MM-DD), if it has been.'),
    /**
     * A day on which the published report (or the information about
     * improvements) was seen still publicly available, such as a check at the
     * end of its first year: the evidence that it was kept available for at
     * least one year (para 405). Without it the year is not taken as kept
     * from the dates alone.
     */
    stillPublishedOn: described(
      z.optional(IsoDateSchema),
      'A day (YYYY-MM-DD) on which the published LCSPR report, or the information about improvements, was seen still publicly available, such as a check at the end of its first year: the evidence that it was kept available for at least one year.',
    ),
    lcsprCriteria: described(z.optional(lcsprCriteriaInputSchema()), 'The answers to the four criteria the safeguarding partners weigh when deciding on an LCSPR (Working Together 2026, chapter 5, para 395).'),
  })
  .check(z.superRefine((input, ctx) => {
    const conflict = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'contradiction' } });
    if (input.diedBySuicide === true && input.childDied === false) {
      conflict('diedBySuicide', 'a child who died by suicide has died, but childDied is false');
    }
    if (input.lookedAfter === true && input.careLeaver === true) {
      conflict('careLeaver', 'a young person is either looked after or a care leaver, not both at once');
    }
    if (input.lookedAfter === true && input.ageInYears !== undefined && input.ageInYears >= 18) {
      conflict('ageInYears', 'a looked after child is under 18, but ageInYears is 18 or more');
    }
    if (input.harmInChildhoodNotKnownAtTheTime === true && input.ageInYears !== undefined && input.ageInYears < 18) {
      conflict('harmInChildhoodNotKnownAtTheTime', 'this applies to young adults aged 18 or over, but ageInYears is under 18');
    }
    if (input.ageAtIncident !== undefined && input.ageInYears !== undefined && input.ageAtIncident > input.ageInYears) {
      conflict('ageAtIncident', 'the age at the incident is more than the age now (or at death)');
    }
    if (input.childDied === true && input.ageAtIncident !== undefined && input.ageInYears !== undefined && input.seriouslyHarmed !== true && input.seriousOrLongTermImpairment !== true && input.ageAtIncident !== input.ageInYears) {
      conflict('ageAtIncident', 'for a death with no earlier serious harm, the age at the incident is the age at death (ageInYears)');
    }
    // Dates compare as strings because IsoDateSchema has already checked their form.
    const ordered = (earlier: keyof typeof input, later: keyof typeof input, message: string) => {
      const a = input[earlier];
      const b = input[later];
      if (typeof a === 'string' && typeof b === 'string' && IsoDateSchema.safeParse(a).success && IsoDateSchema.safeParse(b).success && b < a) {
        ctx.addIssue({ code: 'custom', path: [later], message, params: { code: 'date-order' } });
      }
    };
    ordered('awareOn', 'notifiedOn', 'the notification date is before the date the partners became aware of the incident');
    ordered('lcsprDecisionOn', 'publicationOn', 'the publication date is before the decision to initiate the LCSPR');
    ordered('notifiedOn', 'rapidReviewSubmittedOn', 'the rapid review date is before the notification it follows');
    ordered('publicationOn', 'stillPublishedOn', 'the day the report was seen still published is before its publication');
    for (const field of ['awareOn', 'notifiedOn', 'rapidReviewSubmittedOn', 'lcsprDecisionOn', 'reportSentOn', 'stillPublishedOn'] as const) {
      ordered(field, 'asOf', `asOf is before ${field}: a date that has happened cannot be after the date of the judgement`);
    }
  }));

/**
 * The zod schema of `assessSeriousIncident`'s input (`SeriousIncidentInput`):
 * strict, with contradictory answers (say, died by suicide but did not die)
 * and dates out of order refused. Built on first use (lazy-schema.ts);
 * `luton-safeguarding-rules/schemas` exports it built, as `SeriousIncidentInputSchema`.
 */
export const seriousIncidentInputSchema = lazySchema(() => described(
  seriousIncidentInput(),
  'What assessSeriousIncident takes: the facts about the child and the incident (death or serious harm, abuse or neglect known or suspected, where it happened, looked after or care leaver, age), the dates that start the statutory clocks (awareOn, ...), asOf to judge them on, and the LCSPR criteria. Every field is optional: a fact left out is unknown, not "no".',
));
