/**
 * Input of `assessNeedToKnow`: the date of the decision, which groups of the
 * guidance the child belongs to, and a yes/no answer for each circumstance
 * the guidance lists. A circumstance left out is unknown, not false — unless
 * the practitioner says they have considered all the others
 * (`otherCircumstancesRuledOut: true`).
 */
import * as z from 'zod/mini';
import { childStatuses, needToKnowCircumstanceFacts, needToKnowCircumstanceQuestions, needToKnowProcessQuestions, type NeedToKnowCircumstanceFact } from './facts.js';
import { IsoDateSchema } from '../../schemas/iso-date-schema.js';
import { described } from '../../schemas/schema-metadata.js';
import { lazySchema } from '../../schemas/lazy-schema.js';

/** A group of the Need to Know guidance the child may belong to (`NeedToKnowInput.childStatus`): `looked-after`, `care-leaver`, `child-in-need-plan` or `child-protection-plan`. */
export const ChildStatusSchema = z.enum(childStatuses);

/** A yes/no answer to one circumstance, left out when unknown; its question is its description. */
const answer = (question: string) => described(z.optional(z.boolean()), question);

// The type of each field is the factory's own, so it follows the schema (a bare `ZodMiniBoolean` is typed `unknown`).
const circumstanceShape = () =>
  Object.fromEntries(
  needToKnowCircumstanceFacts.map((fact) => [fact, answer(needToKnowCircumstanceQuestions[fact])]),
) as { [K in NeedToKnowCircumstanceFact]: ReturnType<typeof answer> };

const needToKnowInput = () => z.strictObject({
  /** The date of the decision ("today"); the library has no clock of its own. */
  asOf: described(IsoDateSchema, 'The date of the decision (YYYY-MM-DD).'),
  /**
   * When the Need to Know notification was sent, if it has been. With it the
   * decision is about the notification already out: its next update, its
   * closure or that it has been closed, never the form again.
   */
  notifiedOn: described(
    z.optional(IsoDateSchema),
    'The date the Need to Know notification was sent (YYYY-MM-DD), if it has been: the decision then follows the notification already out (updates, closure), not the form again.',
  ),
  /**
   * When the latest update of the notification was sent. The next weekly
   * update of a missing child's notification is due a week after it. Left
   * out, no update is assumed either way: once the first weekly update has
   * fallen due, its date is asked (or `anyUpdateSent: false` for none).
   */
  lastUpdateSentOn: described(
    z.optional(IsoDateSchema),
    'The date the latest update of the notification was sent (YYYY-MM-DD), if one has been; if none has, say so in the next question. Never assumed.',
  ),
  /** Whether any update of the notification has been sent since it was first sent: `false` dates the next weekly update from `notifiedOn`. */
  anyUpdateSent: described(
    z.optional(z.boolean()),
    'Has any update of the notification been sent since it was first sent? No: the first weekly update counts from the day the notification was sent. Yes: give the date of the latest update.',
  ),
  /** For a notification already sent: whether the Service Manager considers the situation resolved. */
  situationResolved: described(z.optional(z.boolean()), needToKnowProcessQuestions.situationResolved),
  /** When the Service Manager finalised the update section (page 2) and sent it to the inbox and the Service Director: the notification is closed. */
  finalisedOn: described(
    z.optional(IsoDateSchema),
    "The date the Service Manager finalised the notification's update section (page 2) and sent it to the inbox and the Service Director (YYYY-MM-DD), if they have: the notification is closed.",
  ),
  /** Which groups of the guidance the child belongs to; `[]` means none of them. */
  childStatus: described(
    z.optional(
      z.array(ChildStatusSchema).check(
        // Each status at most once, so a longer list is wrong; checking the length
        // first also keeps a huge array from producing one issue per element.
        z.maxLength(childStatuses.length, `lists each of the ${childStatuses.length} statuses at most once`),
        z.superRefine((statuses, ctx) => {
          statuses.forEach((status, index) => {
            if (statuses.indexOf(status) !== index) {
              ctx.addIssue({ code: 'custom', path: [index], message: `"${status}" is listed twice`, params: { code: 'duplicate' } });
            }
          });
        }),
      ),
    ),
    'Which groups of the guidance the child belongs to: looked after, a care leaver, subject to a child in need plan, or subject to a child protection plan; a child may belong to several, or to none.',
  ),
  ...circumstanceShape(),
  // Asked after the circumstances: it is about the ones left unanswered.
  /**
   * True when the practitioner has considered every circumstance of the
   * guidance and none applies other than those answered `true`: the
   * circumstances left out are then taken as answered "no". Without it, a
   * circumstance left out is unknown.
   */
  otherCircumstancesRuledOut: described(
    z.optional(z.boolean()),
    'Have you considered every other circumstance the guidance lists and found that none of them applies? Yes takes each circumstance left unanswered as a no.',
  ),
}).check(z.superRefine((input, ctx) => {
  // Dates compare as strings once their form is checked; a story out of order is an input error, not a wrong date.
  type DateField = 'notifiedOn' | 'lastUpdateSentOn' | 'finalisedOn' | 'asOf';
  const real = (d: string | undefined): d is string => d !== undefined && IsoDateSchema.safeParse(d).success;
  const order = (earlier: DateField, later: DateField, message: string) => {
    const a = input[earlier];
    const b = input[later];
    if (real(a) && real(b) && b < a) ctx.addIssue({ code: 'custom', path: [later], message, params: { code: 'date-order' } });
  };
  order('notifiedOn', 'lastUpdateSentOn', 'the latest update is before the notification was sent');
  order('lastUpdateSentOn', 'asOf', 'the date of the decision is before the latest update was sent');
  order('notifiedOn', 'finalisedOn', 'the notification is finalised before it was sent');
  order('lastUpdateSentOn', 'finalisedOn', 'the notification is finalised before its latest update (no update follows the closure)');
  order('finalisedOn', 'asOf', 'the date of the decision is before the notification was finalised');
  order('notifiedOn', 'asOf', 'the date of the decision is before the notification was sent');
  // The follow-up of a notification needs the notification.
  for (const field of ['lastUpdateSentOn', 'anyUpdateSent', 'situationResolved', 'finalisedOn'] as const) {
    if (input[field] !== undefined && input.notifiedOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: `is required when ${field} is given (it is about a notification already sent)`, params: { code: 'required' } });
      break;
    }
  }
  const contradiction = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'contradiction' } });
  if (input.anyUpdateSent === false && input.lastUpdateSentOn !== undefined) contradiction('anyUpdateSent', 'is false, but lastUpdateSentOn gives the date of an update');
  // A child still missing (an unborn child whose parents cannot be found is
  // missing with them; a child who has died is not missing) keeps the
  // notification open: it is never resolved, finalised or closed meanwhile.
  const stillMissing = input.childDied !== true && (input.childMissing === true || (input.childIsUnborn === true && input.parentsWhereaboutsUnknown === true));
  const missingWhy = input.childMissing === true ? 'childMissing is true' : "the unborn child's parents cannot be found";
  if (input.situationResolved === true && stillMissing) {
    contradiction('situationResolved', `the situation cannot be resolved while the child is still missing (${missingWhy})`);
  }
  if (input.finalisedOn !== undefined && stillMissing) {
    contradiction(
      'finalisedOn',
      `the notification cannot be finalised and closed while the child is still missing (${missingWhy}): the weekly updates go on. If the child went missing again after it was closed, decide a new notification (leave out notifiedOn and finalisedOn)`,
    );
  }
  if (input.finalisedOn !== undefined && input.situationResolved === false) {
    contradiction('finalisedOn', 'the notification cannot be finalised while the Service Manager does not consider the situation resolved (situationResolved is false): it stays open and is updated');
  }
}));

/**
 * The zod schema of `assessNeedToKnow`'s input (`NeedToKnowInput`): strict,
 * with the date order of `notifiedOn`, `lastUpdateSentOn`, `finalisedOn` and
 * `asOf` checked, and answers that contradict each other refused (a
 * notification finalised, or a situation resolved, while the child is still
 * missing). Each circumstance field carries its question as its description
 * (also in the generated JSON Schema). Built on first use (lazy-schema.ts);
 * `luton-safeguarding-rules/schemas` exports it built, as `NeedToKnowInputSchema`.
 */
export const needToKnowInputSchema = lazySchema(() => described(needToKnowInput(), 'What assessNeedToKnow takes: asOf (the date of the decision), the groups the child belongs to (childStatus), a true/false answer for each circumstance of the guidance (left out: unknown, unless otherCircumstancesRuledOut is true), and for a notification already sent its date, its latest update, whether the situation is resolved and when it was finalised.'));
