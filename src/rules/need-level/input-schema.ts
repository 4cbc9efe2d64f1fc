/**
 * Input of `classifyNeed`: the indicator ids observed, and the statutory facts
 * that decide on their own. A statutory fact left out is unknown, not false.
 */
import * as z from 'zod/mini';
import { inputLimits } from '../../schemas/limits.js';
import { IsoDateSchema } from '../../schemas/iso-date-schema.js';
import { catalogueIdSchema } from '../../schemas/catalogue-id.js';
import { described } from '../../schemas/schema-metadata.js';
import { lazySchema } from '../../schemas/lazy-schema.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { needIndicatorIds } from './indicators/index.js';
import type { NeedIndicatorId } from './need-indicator.js';

/**
 * The zod schema of one indicator id (`NeedIndicatorId`): exactly the ids of
 * `needIndicators`; any other value is refused as `unknown-id`.
 */
export const NeedIndicatorIdSchema: z.ZodMiniEnum<NeedIndicatorIdEntries> = catalogueIdSchema(needIndicatorIds, 'need indicator id', 'needIndicators');

/** The entries of `NeedIndicatorIdSchema`'s enum, each id to itself (named, so declarations refer to it rather than list 226 ids again). */
export type NeedIndicatorIdEntries = { [K in NeedIndicatorId]: K };

/**
 * The schema of the `calendar` option: any value here, checked by the
 * decision (a `createCalendar` calendar is not JSON). One object, so the
 * input type writer can name its type `Calendar`.
 */
export const calendarOptionSchema = z.unknown() as unknown as z.ZodMiniType<Calendar, Calendar>;

/** Who raises a concern (`ClassifyNeedInput.reporterRole`): it decides whether the FGM mandatory reporting duty applies. */
export const ReporterRoleSchema = z.enum([
  'regulated-health-or-social-care-professional',
  'teacher',
  'other-professional',
  'member-of-the-public',
]);

/**
 * Ids are unique and the catalogue holds 226 indicators, so a longer list is
 * always wrong; the cap keeps a runaway list from producing one issue per
 * element. It leaves room for the catalogue to grow (a test checks it does
 * not outgrow the cap).
 */
export const MAX_INDICATORS = inputLimits.indicators;

/**
 * The Intensive indicators in the catalogue: the largest threshold that can
 * still be reached (a larger one would make Intensive need unreachable).
 */
export const INTENSIVE_INDICATOR_COUNT = 47;

/** Up to this many indicators, repeats are found by comparing each with those before it. */
const SHORT_LIST = 24;

/** A yes/no answer with its description (also in the JSON Schema, hover docs and the site's forms). */
const answer = (description: string) => described(z.optional(z.boolean()), description);

const classifyNeedInput = () => z
  .strictObject({
    /** Ids from `needIndicators`, each at most once. */
    indicators: described(
      z.array(NeedIndicatorIdSchema).check(
        z.maxLength(MAX_INDICATORS, { message: `lists more indicators than the catalogue holds (at most ${MAX_INDICATORS})` }),
        z.superRefine((ids: readonly string[], ctx) => {
          if (ids.length > MAX_INDICATORS) return; // already refused above; do not list thousands of repeats
          // A short list (the usual case) is compared pairwise, which is quicker
          // than filling a Map; a long one is indexed. Each repeat names the first.
          const seen = ids.length > SHORT_LIST ? new Map<string, number>() : undefined;
          for (let index = 0; index < ids.length; index++) {
            const id = ids[index]!;
            let first: number | undefined;
            if (seen) {
              first = seen.get(id);
              if (first === undefined) seen.set(id, index);
            } else {
              for (let earlier = 0; earlier < index; earlier++) {
                if (ids[earlier] === id) {
                  first = earlier;
                  break;
                }
              }
            }
            // Positions, not the id: an id not in the catalogue is caller-written text.
            if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index], message: `repeats indicators[${first}]; list each indicator once`, params: { code: 'duplicate' } });
          }
        }),
      ),
      'The indicators of possible need observed: ids from needIndicators (Luton threshold document, Effective Support at a Glance), each at most once. An empty list is allowed.',
    ),
    /** Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm. */
    significantHarmSuspected: answer(
      'Is there reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm? Yes gives child protection (section 47); left out, the classification asks for it.',
    ),
    /** The child is at immediate risk of significant harm. */
    immediateRiskOfSignificantHarm: answer('Is the child at immediate risk of significant harm (telephone the MASH now, the police if in danger now)?'),
    /** Development significantly impaired without children's social care services, or complex disability needs only they can meet (section 17). */
    childInNeed: answer(
      "Would the child's health or development be significantly impaired without children's social care services, or does the child have complex disability needs only those services are likely to meet (a child in need, section 17)?",
    ),
    /** Female genital mutilation: what is known (decides the mandatory reporting duty and the route). */
    fgm: described(
      z.optional(
        z.strictObject({
          /** The girl has said that FGM has been carried out on her. */
          disclosedByGirl: answer('Has the girl said that FGM has been carried out on her?'),
          /** Physical signs that FGM has been carried out were observed. */
          physicalSignsObserved: answer('Have physical signs been seen that appear to show FGM has been carried out?'),
          /** The girl is at risk of FGM. */
          atRisk: answer('Is the girl thought to be at risk of FGM?'),
        }),
      ),
      'Female genital mutilation (FGM): what is known. Leave it out when FGM is not a concern; once given, its questions are asked until each is answered.',
    ),
    /** A risk or a disclosure of forced marriage (the threshold document places children at risk of it at Specialist). */
    forcedMarriage: described(
      z.optional(
        z.strictObject({
          /** Warning signs suggest the child is at risk of being forced to marry. */
          atRisk: answer('Do warning signs suggest the child is at risk of being forced to marry, or has been?'),
          /** The child has said they fear being forced to marry, or have been. */
          disclosedByChild: answer('Has the child said they are worried they will be forced to marry, or have been?'),
        }),
      ),
      'Forced marriage: what is known. Leave it out when it is not a concern; once given, its questions are asked until each is answered.',
    ),
    /** Criminal exploitation, county lines included (Specialist: "children at high risk of … criminal exploitation"). */
    criminalExploitation: described(
      z.optional(
        z.strictObject({
          /** A professional has a concern, of any degree, that the child is being or may be criminally exploited. */
          concern: answer(
            'Does a professional have any concern that the child is being, or may be, criminally exploited (not only a high risk)? Yes: speak to the MASH and the police straight away.',
          ),
          /** The child is being, or is at high risk of being, criminally exploited. */
          atRisk: answer('Is the child being criminally exploited, or at high risk of it (Specialist, child protection)?'),
          /** The child is involved in county lines drug dealing (a form of criminal exploitation). */
          countyLines: answer('Is the child involved in county lines drug dealing (a form of criminal exploitation)?'),
        }),
      ),
      'Criminal exploitation, county lines included: what is known. Leave it out when it is not a concern; once given, its questions are asked until each is answered.',
    ),
    /** Sexual exploitation (Specialist: "children at high risk of sexual … exploitation"). */
    sexualExploitation: described(
      z.optional(
        z.strictObject({
          /** A professional has a concern, of any degree, that the child is being or may be sexually exploited. */
          concern: answer(
            'Does a professional have any concern that the child is being, or may be, sexually exploited (not only a high risk)? Yes: speak to the MASH and the police straight away.',
          ),
          /** The child is being, or is at high risk of being, sexually exploited. */
          atRisk: answer('Is the child being sexually exploited, or at high risk of it (Specialist, child protection)?'),
        }),
      ),
      'Sexual exploitation: what is known, including a risk of it. Leave it out when it is not a concern; once given, its questions are asked until each is answered.',
    ),
    /** Who raises the concern; decides whether the FGM mandatory reporting duty applies. */
    reporterRole: described(
      z.optional(ReporterRoleSchema),
      'Who is raising the concern: a regulated health or social care professional or a teacher has a personal duty to report known FGM in a girl under 18 to the police.',
    ),
    /** The child's age in whole years; 18 or more is an adult, outside children's safeguarding. */
    ageInYears: described(
      z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(130))),
      "The child's age in whole years (0 for a baby under one). Used in the decision: 18 or over is an adult (not a children's safeguarding decision); section 47 and the FGM reporting duty apply under 18; private fostering is under 16, or under 18 if disabled; under 5 prompts weighing. Left out, the subject is taken to be a child.",
    ),
    /** The concern is about an unborn child (pre-birth); leave `ageInYears` out. */
    unborn: answer(
      'Is the concern about an unborn child (pre-birth)? Leave ageInYears out. Pre-birth assessment and planning follow, and prompt action where the baby is likely to suffer significant harm at birth.',
    ),
    /** The child is disabled (for the private fostering age limit, under 18 if disabled). */
    disabled: answer('Is the child disabled (Children Act 1989)? Asked for a 16- or 17-year-old recorded as privately fostered: private fostering runs to 18 for a disabled child.'),
    /** The child is looked after by a local authority (a missing looked after child is the highest child protection priority). */
    lookedAfter: answer('Is the child looked after by a local authority? A missing looked after child is given the highest child protection priority.'),
    /** The parents or carers (or a Gillick-competent young person) refused consent to the referral or the help offered. */
    consentRefused: answer(
      'Have the parents or carers (or a Gillick-competent young person) refused consent to the referral or to the help offered? The result says what follows.',
    ),
    /** Whether support at the Additional level has already been tried; used only to prompt the next step. */
    additionalSupportTried: answer('Has support at the Additional level (the services that know the family working together) already been tried? Used only to prompt the next step.'),
    /** The date an allegation against a person who works with children came to the employer's attention or was made to the police. */
    allegationReceivedOn: described(
      z.optional(IsoDateSchema),
      "For abuse or injury caused by a professional: the date the allegation came to the employer's attention or was made to the police (YYYY-MM-DD). The designated officer (LADO) must be told within one working day; the result gives the due date.",
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.unborn === true && input.ageInYears !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['ageInYears'], message: 'an unborn child has no age yet: leave ageInYears out when unborn is true', params: { code: 'contradiction' } });
      }
    }),
  );

const classifyNeedOptions = () => z.strictObject({
  /**
   * How many Intensive indicators make Intensive need. The threshold document
   * says "a number of"; the default is 2. With 1, a single Intensive
   * indicator is enough.
   */
  intensiveIndicatorThreshold: described(
    z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(INTENSIVE_INDICATOR_COUNT))),
    `How many Intensive indicators make Intensive need (1 to ${INTENSIVE_INDICATOR_COUNT}, the number of Intensive indicators in the catalogue; default 2). The document says "a number of".`,
  ),
  /** The working-day calendar the designated officer deadline is counted on; England and Wales when left out (not JSON: a `createCalendar` calendar). */
  calendar: described(z.optional(calendarOptionSchema), 'The working-day calendar deadlines are counted on (a createCalendar calendar); England and Wales when left out.'),
});

/**
 * The zod schema of `classifyNeed`'s input (`ClassifyNeedInput`): strict (an
 * unknown key is an error), indicator ids listed at most once. Compose it
 * into your own schemas, or validate with `parseInput` for the library's
 * error. Built on first use (lazy-schema.ts); `luton-safeguarding-rules/schemas`
 * exports it built, as `ClassifyNeedInputSchema`.
 */
export const classifyNeedInputSchema = lazySchema(() =>
  described(
    classifyNeedInput(),
    "What classifyNeed takes: the ids of the indicators observed (from needIndicators) and the answers: suspected significant harm, immediate risk, child in need; the child's age (or unborn); FGM, forced marriage and exploitation facts, the reporter's role, whether the child is looked after or disabled, consent refused, and the date of an allegation against a professional where relevant. Every answer is optional: one left out is unknown, not false, and the result asks for it when it matters.",
  ),
);

/** The zod schema of `classifyNeed`'s options (`ClassifyNeedOptions`); strict; built on first use. */
export const classifyNeedOptionsSchema = lazySchema(() =>
  described(
    classifyNeedOptions(),
    `classifyNeed's options: intensiveIndicatorThreshold, how many Intensive indicators make Intensive need (1 to ${INTENSIVE_INDICATOR_COUNT}, default 2), and the calendar the designated officer deadline is counted on.`,
  ),
);

/** Who raises a concern (`ClassifyNeedInput.reporterRole`): a regulated health or social care professional, a teacher, another professional or a member of the public. */
export type ReporterRole = z.output<typeof ReporterRoleSchema>;
