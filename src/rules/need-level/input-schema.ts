/**
 * Input of `classifyNeed`: the indicator ids observed, and the statutory facts
 * that decide on their own. A statutory fact left out is unknown, not false.
 */
import * as z from 'zod/mini';
import { inputLimits } from '../../schemas/limits.js';
import { catalogueIdSchema } from '../../schemas/catalogue-id.js';
import { described } from '../../schemas/schema-metadata.js';
import { lazySchema } from '../../schemas/lazy-schema.js';
import { needIndicatorIds } from './indicators/index.js';
import type { NeedIndicatorId } from './need-indicator.js';

/**
 * The zod schema of one indicator id (`NeedIndicatorId`): exactly the ids of
 * `needIndicators`; any other value is refused as `unknown-id`.
 */
export const NeedIndicatorIdSchema: z.ZodMiniEnum<NeedIndicatorIdEntries> = catalogueIdSchema(needIndicatorIds, 'need indicator id', 'needIndicators');

/** The entries of `NeedIndicatorIdSchema`'s enum, each id to itself (named, so declarations refer to it rather than list 226 ids again). */
export type NeedIndicatorIdEntries = { [K in NeedIndicatorId]: K };

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

/** Up to this many indicators, repeats are found by comparing each with those before it. */
const SHORT_LIST = 24;

const classifyNeedInput = () => z.strictObject({
  indicators: described(z.array(NeedIndicatorIdSchema).check(
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
  ), 'The ids of the indicators observed (`NeedIndicatorId`, from `needIndicators`), each at most once.'),
  significantHarmSuspected: described(z.optional(z.boolean()), 'Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm.'),
  immediateRiskOfSignificantHarm: described(z.optional(z.boolean()), 'The child is at immediate risk of significant harm.'),
  childInNeed: described(z.optional(z.boolean()), "Development significantly impaired without children's social care services, or complex disability needs only they can meet (section 17)."),
  fgm: described(
    z.optional(
      z.strictObject({
        disclosedByGirl: described(z.optional(z.boolean()), 'The girl has said that FGM has been carried out on her.'),
        physicalSignsObserved: described(z.optional(z.boolean()), 'Physical signs that FGM has been carried out were observed.'),
        atRisk: described(z.optional(z.boolean()), 'The girl is at risk of FGM.'),
      }),
    ),
    'Female genital mutilation (FGM): what is known (decides the mandatory reporting duty and the route).',
  ),
  forcedMarriage: described(
    z.optional(
      z.strictObject({
        atRisk: described(z.optional(z.boolean()), 'Warning signs suggest the child is at risk of being forced to marry.'),
        disclosedByChild: described(z.optional(z.boolean()), 'The child has said they fear being forced to marry, or have been.'),
      }),
    ),
    'A risk or a disclosure of forced marriage (the threshold document places children at risk of it at Specialist).',
  ),
  criminalExploitation: described(
    z.optional(
      z.strictObject({
        atRisk: described(z.optional(z.boolean()), 'The child is being, or is at high risk of being, criminally exploited.'),
        countyLines: described(z.optional(z.boolean()), 'The child is involved in county lines drug dealing (a form of criminal exploitation).'),
      }),
    ),
    'Criminal exploitation, county lines included (Specialist: "children at high risk of … criminal exploitation").',
  ),
  reporterRole: described(z.optional(ReporterRoleSchema), 'Who raises the concern; decides whether the FGM mandatory reporting duty applies.'),
  ageInYears: described(z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(25))), "The child's age in whole years, if known; used only to prompt weighing (babies and young children are particularly vulnerable)."),
  additionalSupportTried: described(z.optional(z.boolean()), 'Whether support at the Additional level has already been tried; used only to prompt the next step.'),
});

/**
 * The zod schema of `classifyNeed`'s input (`ClassifyNeedInput`): strict (an
 * unknown key is an error), indicator ids listed at most once. Compose it
 * into your own schemas, or validate with `parseInput` for the library's
 * error. Built on first use (lazy-schema.ts); `luton-safeguarding-rules/schemas`
 * exports it built, as `ClassifyNeedInputSchema`.
 */
export const classifyNeedInputSchema = lazySchema(() => described(classifyNeedInput(), "What classifyNeed takes: the ids of the indicators observed (from needIndicators) and the statutory answers that decide on their own (suspected significant harm, immediate risk, child in need), with FGM, forced marriage and criminal exploitation facts and the reporter's role where they apply. Every answer is optional: one left out is unknown, not false, and the result asks for it when it matters."));

const classifyNeedOptions = () => z.strictObject({
  intensiveIndicatorThreshold: described(z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))), 'How many Intensive indicators make Intensive need. The threshold document says "a number of"; the default is 2. With 1, a single Intensive indicator is enough.'),
});

/** The zod schema of `classifyNeed`'s options (`ClassifyNeedOptions`); strict; built on first use. */
export const classifyNeedOptionsSchema = lazySchema(() => described(classifyNeedOptions(), "classifyNeed's options: intensiveIndicatorThreshold, how many Intensive indicators make Intensive need (1 to 100, default 2)."));

/** Who raises a concern (`ClassifyNeedInput.reporterRole`): a regulated health or social care professional, a teacher, another professional or a member of the public. */
export type ReporterRole = z.output<typeof ReporterRoleSchema>;
