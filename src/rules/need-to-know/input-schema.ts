/**
 * Input of `assessNeedToKnow`: the date of the decision, which groups of the
 * guidance the child belongs to, and a yes/no answer for each circumstance
 * the guidance lists. A circumstance left out is unknown, not false — unless
 * the practitioner says they have considered all the others
 * (`otherCircumstancesRuledOut: true`).
 */
import * as z from 'zod/mini';
import { childStatuses, needToKnowCircumstanceFacts, needToKnowCircumstanceQuestions, type NeedToKnowCircumstanceFact } from './facts.js';
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
   * When the Need to Know notification was (or will be) sent. Weekly updates
   * for a missing child are counted from it; when left out, from `asOf`.
   */
  notifiedOn: described(z.optional(IsoDateSchema), 'The date the Need to Know notification was sent (YYYY-MM-DD), if it has been.'),
  /**
   * When the latest weekly update of a missing child's notification was sent.
   * The next update is due a week after it, and is overdue once that day has
   * passed; when left out, updates are assumed to have kept to the weekly
   * schedule from `notifiedOn`.
   */
  lastUpdateSentOn: described(
    z.optional(IsoDateSchema),
    "The date the latest weekly update of a missing child's notification was sent (YYYY-MM-DD), if one has been.",
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
  const real = (d: string | undefined): d is string => d !== undefined && IsoDateSchema.safeParse(d).success;
  const order = (earlier: 'notifiedOn' | 'lastUpdateSentOn' | 'asOf', later: 'notifiedOn' | 'lastUpdateSentOn' | 'asOf', message: string) => {
    const a = input[earlier];
    const b = input[later];
    if (real(a) && real(b) && b < a) ctx.addIssue({ code: 'custom', path: [later], message, params: { code: 'date-order' } });
  };
  order('notifiedOn', 'lastUpdateSentOn', 'the latest update is before the notification was sent');
  order('lastUpdateSentOn', 'asOf', 'the date of the decision is before the latest update was sent');
  if (input.lastUpdateSentOn !== undefined && input.notifiedOn === undefined) {
    ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'is required when lastUpdateSentOn is given (an update follows a notification)', params: { code: 'required' } });
  }
}));

/**
 * The zod schema of `assessNeedToKnow`'s input (`NeedToKnowInput`): strict,
 * with the date order of `notifiedOn`, `lastUpdateSentOn` and `asOf`
 * checked. Each circumstance field carries its question as its description
 * (also in the generated JSON Schema). Built on first use (lazy-schema.ts);
 * `luton-safeguarding-rules/schemas` exports it built, as `NeedToKnowInputSchema`.
 */
export const needToKnowInputSchema = lazySchema(() => described(needToKnowInput(), 'What assessNeedToKnow takes: asOf (the date of the decision), the groups the child belongs to (childStatus), a true/false answer for each circumstance of the guidance (left out: unknown, unless otherCircumstancesRuledOut is true), and the dates of a notification already sent and its latest weekly update.'));
