/**
 * Input of `classifyNeed`: the indicator ids observed, and the statutory facts
 * that decide on their own. A statutory fact left out is unknown, not false.
 */
import * as z from 'zod/mini';
import { inputLimits } from '../../schemas/limits.js';
import { catalogueIdSchema } from '../../schemas/catalogue-id.js';
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

/**
 * The zod schema of `classifyNeed`'s input (`ClassifyNeedInput`): strict (an
 * unknown key is an error), indicator ids listed at most once. Compose it
 * into your own schemas, or validate with `parseInput` for the library's
 * error.
 */
export const ClassifyNeedInputSchema = z.strictObject({
  /** Ids from `needIndicators`, each at most once. */
  indicators: z.array(NeedIndicatorIdSchema).check(
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
  /** Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm. */
  significantHarmSuspected: z.optional(z.boolean()),
  /** The child is at immediate risk of significant harm. */
  immediateRiskOfSignificantHarm: z.optional(z.boolean()),
  /** Development significantly impaired without children's social care services, or complex disability needs only they can meet (section 17). */
  childInNeed: z.optional(z.boolean()),
  /** Female genital mutilation: what is known (decides the mandatory reporting duty and the route). */
  fgm: z.optional(
    z.strictObject({
      /** The girl has said that FGM has been carried out on her. */
      disclosedByGirl: z.optional(z.boolean()),
      /** Physical signs that FGM has been carried out were observed. */
      physicalSignsObserved: z.optional(z.boolean()),
      /** The girl is at risk of FGM. */
      atRisk: z.optional(z.boolean()),
    }),
  ),
  /** A risk or a disclosure of forced marriage (the threshold document places children at risk of it at Specialist). */
  forcedMarriage: z.optional(
    z.strictObject({
      /** Warning signs suggest the child is at risk of being forced to marry. */
      atRisk: z.optional(z.boolean()),
      /** The child has said they fear being forced to marry, or have been. */
      disclosedByChild: z.optional(z.boolean()),
    }),
  ),
  /** Criminal exploitation, county lines included (Specialist: "children at high risk of … criminal exploitation"). */
  criminalExploitation: z.optional(
    z.strictObject({
      /** The child is being, or is at high risk of being, criminally exploited. */
      atRisk: z.optional(z.boolean()),
      /** The child is involved in county lines drug dealing (a form of criminal exploitation). */
      countyLines: z.optional(z.boolean()),
    }),
  ),
  /** Who raises the concern; decides whether the FGM mandatory reporting duty applies. */
  reporterRole: z.optional(ReporterRoleSchema),
  /** The child's age in whole years, if known; used only to prompt weighing (babies and young children are particularly vulnerable). */
  ageInYears: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(25))),
  /** Whether support at the Additional level has already been tried; used only to prompt the next step. */
  additionalSupportTried: z.optional(z.boolean()),
});

/** The zod schema of `classifyNeed`'s options (`ClassifyNeedOptions`); strict. */
export const ClassifyNeedOptionsSchema = z.strictObject({
  /**
   * How many Intensive indicators make Intensive need. The threshold document
   * says "a number of"; the default is 2. With 1, a single Intensive
   * indicator is enough.
   */
  intensiveIndicatorThreshold: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
});

/**
 * What `classifyNeed` takes: the ids of the indicators observed (from
 * `needIndicators`) and the statutory answers that decide on their own
 * (suspected significant harm, immediate risk, child in need), with FGM,
 * forced marriage and criminal exploitation facts and the reporter's role
 * where they apply. Every answer is optional: one left out is unknown, not
 * `false`, and the result asks for it when it matters.
 */
export type ClassifyNeedInput = z.input<typeof ClassifyNeedInputSchema>;
/** Who raises a concern (`ClassifyNeedInput.reporterRole`): a regulated health or social care professional, a teacher, another professional or a member of the public. */
export type ReporterRole = z.output<typeof ReporterRoleSchema>;
/** `classifyNeed`'s options: `intensiveIndicatorThreshold`, how many Intensive indicators make Intensive need (1 to 100, default 2). */
export type ClassifyNeedOptions = z.input<typeof ClassifyNeedOptionsSchema>;
