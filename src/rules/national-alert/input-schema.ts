/**
 * Input of `assessNationalAlert`: the date of the decision, who the alert
 * would be about, the answers to the procedure's eligibility and threshold
 * questions, and the dates of the disappearance and of any alert already
 * issued. A question left out is unknown, not "no".
 */
import * as z from 'zod/mini';
import { alertSubjects, nationalAlertQuestionFacts, nationalAlertQuestions, type NationalAlertQuestionFact } from './facts.js';
import { IsoDateSchema } from '../../schemas/iso-date-schema.js';
import { described } from '../../schemas/schema-metadata.js';

/** Who a national alert would be about: `child`, `unborn-child` or `vulnerable-adult` (`NationalAlertInput.subject`). */
export const AlertSubjectSchema = z.enum(alertSubjects);

const questionShape = Object.fromEntries(
  nationalAlertQuestionFacts.map((fact) => [fact, described(z.optional(z.boolean()), nationalAlertQuestions[fact])]),
) as { [K in NationalAlertQuestionFact]: z.ZodMiniOptional<z.ZodMiniBoolean> };

/**
 * The zod schema of `assessNationalAlert`'s input (`NationalAlertInput`):
 * strict; each question field carries its question as its description (also
 * in the generated JSON Schema).
 */
export const NationalAlertInputSchema = z.strictObject({
  /** The date of the decision ("today"); the library has no clock of its own. */
  asOf: described(IsoDateSchema, 'The date of the decision (YYYY-MM-DD).'),
  subject: described(z.optional(AlertSubjectSchema), 'Who the alert would be about: child, unborn-child or vulnerable-adult.'),
  /**
   * When the child and family went missing: the date they were last seen, or
   * last known to be at their address (not the date the absence was
   * reported). The three-week threshold counts from it.
   */
  missingSince: described(
    z.optional(IsoDateSchema),
    'The date the child and family were last seen, or last known to be at their address (YYYY-MM-DD); not the date it was reported.',
  ),
  /**
   * When the national alert was first issued, if it has been. With it the
   * decision is a follow-up: the re-issue and deletion dates, or the "found"
   * notification, without re-answering eligibility and the thresholds.
   */
  alertIssuedOn: described(z.optional(IsoDateSchema), 'The date the national alert was first issued (YYYY-MM-DD), if it has been.'),
  /**
   * When the latest six-monthly re-issue was sent, if any; re-issue and
   * deletion dates count from it. Left out, no re-issue is assumed either
   * way: once the first re-issue has fallen due, its date is asked (or
   * `anyFollowUpSent: false` for none).
   */
  lastFollowUpOn: described(
    z.optional(IsoDateSchema),
    'The date of the latest re-issued (follow-up) notification (YYYY-MM-DD), if any; give anyFollowUpSent: false when none has been sent.',
  ),
  /** When the national "found" notification was sent, ending the alert. */
  foundNotificationSentOn: described(
    z.optional(IsoDateSchema),
    'The date the national "found" notification was sent (YYYY-MM-DD), ending the alert, if it has been.',
  ),
  ...questionShape,
});

/**
 * What `assessNationalAlert` takes: `asOf` (the date of the decision), who
 * the alert would be about (`subject`), a `true`/`false` answer to each
 * eligibility and threshold question (left out: unknown), `missingSince`,
 * and for an alert already issued `alertIssuedOn` and `lastFollowUpOn`.
 */
export type NationalAlertInput = z.input<typeof NationalAlertInputSchema>;
