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
import { lazySchema } from '../../schemas/lazy-schema.js';

/** Who a national alert would be about: `child`, `unborn-child` or `vulnerable-adult` (`NationalAlertInput.subject`). */
export const AlertSubjectSchema = z.enum(alertSubjects);

/** A yes/no answer to one question, left out when unknown; the question is its description. */
const answer = (question: string) => described(z.optional(z.boolean()), question);

// The type of each field is the factory's own, so it follows the schema (a bare `ZodMiniBoolean` is typed `unknown`).
const questionShape = () =>
  Object.fromEntries(
  nationalAlertQuestionFacts.map((fact) => [fact, answer(nationalAlertQuestions[fact])]),
) as { [K in NationalAlertQuestionFact]: ReturnType<typeof answer> };

const nationalAlertInput = () => z.strictObject({
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
    'The date of the latest re-issued (follow-up) notification (YYYY-MM-DD), if any; if none has been sent, say so in the question about re-issues.',
  ),
  /** When the national "found" notification was sent, ending the alert. */
  foundNotificationSentOn: described(
    z.optional(IsoDateSchema),
    'The date the national "found" notification was sent (YYYY-MM-DD), ending the alert, if it has been.',
  ),
  ...questionShape(),
}).check(
  // Dates must tell a possible story: missing, then alerted, then followed up, all by `asOf`; answers must not contradict each other.
  // Here rather than in the decision, so that the schema refuses what the decision refuses.
  z.superRefine((input, ctx) => {
    const real = (d: string | undefined): d is string => d !== undefined && IsoDateSchema.safeParse(d).success;
    type DateField = 'asOf' | 'missingSince' | 'alertIssuedOn' | 'lastFollowUpOn' | 'foundNotificationSentOn';
    const order = (later: DateField, earlier: DateField, what: string) => {
      const a = input[later];
      const b = input[earlier];
      // Real dates in the same form compare as strings.
      if (real(a) && real(b) && a < b) ctx.addIssue({ code: 'custom', path: [later], message: `${a} is before ${earlier} (${b}); ${what}`, params: { code: 'date-order' } });
    };
    order('asOf', 'missingSince', 'the family cannot go missing after the date of the decision');
    order('asOf', 'alertIssuedOn', 'an alert cannot be issued after the date of the decision');
    order('asOf', 'lastFollowUpOn', 'a follow-up cannot be sent after the date of the decision');
    order('alertIssuedOn', 'missingSince', 'an alert is issued after the family went missing');
    order('lastFollowUpOn', 'alertIssuedOn', 'a follow-up comes after the first alert');
    order('asOf', 'foundNotificationSentOn', 'a "found" notification cannot be sent after the date of the decision');
    order('foundNotificationSentOn', 'alertIssuedOn', 'a "found" notification follows the alert it ends');
    order('foundNotificationSentOn', 'lastFollowUpOn', 'no follow-up is sent after the "found" notification ended the alert');
    const required = (field: 'lastFollowUpOn' | 'foundNotificationSentOn', why: string) => {
      if (input[field] !== undefined && input.alertIssuedOn === undefined) {
        ctx.addIssue({ code: 'custom', path: ['alertIssuedOn'], message: `is required when ${field} is given (${why})`, params: { code: 'required' } });
      }
    };
    required('foundNotificationSentOn', 'a "found" notification ends an alert');
    required('lastFollowUpOn', 'a follow-up needs a first alert');
    const contradiction = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'contradiction' } });
    if (input.anyFollowUpSent === false && input.lastFollowUpOn !== undefined) contradiction('anyFollowUpSent', 'is false, but lastFollowUpOn gives the date of a follow-up');
    if (input.childLocated === false && input.foundNotificationSentOn !== undefined) contradiction('childLocated', 'is false, but a "found" notification was sent (foundNotificationSentOn)');
  }),
);

/**
 * The zod schema of `assessNationalAlert`'s input (`NationalAlertInput`):
 * strict, with the order of its dates checked; each question field carries
 * its question as its description (also in the generated JSON Schema). Built
 * on first use (lazy-schema.ts); `luton-safeguarding-rules/schemas` exports
 * it built, as `NationalAlertInputSchema`.
 */
export const nationalAlertInputSchema = lazySchema(() =>
  described(nationalAlertInput(), 'What assessNationalAlert takes: asOf (the date of the decision), who the alert would be about (subject), a true/false answer to each eligibility and threshold question (left out: unknown), missingSince, and for an alert already issued alertIssuedOn and lastFollowUpOn.'),
);
