/**
 * Input of `classifyNeed`: the indicator ids observed, and the statutory facts
 * that decide on their own. A statutory fact left out is unknown, not false.
 */
import * as z from 'zod';

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
export const MAX_INDICATORS = 300;

export const ClassifyNeedInputSchema = z.strictObject({
  /** Ids from `needIndicators`, each at most once. */
  indicators: z
    .array(z.string())
    .max(MAX_INDICATORS, { message: `lists more indicators than the catalogue holds (at most ${MAX_INDICATORS})` })
    .superRefine((ids, ctx) => {
      if (ids.length > MAX_INDICATORS) return; // already refused above; do not list thousands of repeats
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `indicator "${safeId(id)}" is listed twice`, params: { code: 'duplicate-id' } });
        seen.add(id);
      });
    }),
  /** Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm. */
  significantHarmSuspected: z.boolean().optional(),
  immediateRiskOfSignificantHarm: z.boolean().optional(),
  /** Development significantly impaired without children's social care services, or complex disability needs only they can meet (section 17). */
  childInNeed: z.boolean().optional(),
  fgm: z
    .strictObject({
      disclosedByGirl: z.boolean().optional(),
      physicalSignsObserved: z.boolean().optional(),
      atRisk: z.boolean().optional(),
    })
    .optional(),
  /** Who raises the concern; decides whether the FGM mandatory reporting duty applies. */
  reporterRole: ReporterRoleSchema.optional(),
});

export const ClassifyNeedOptionsSchema = z.strictObject({
  /**
   * How many Intensive indicators make Intensive need. The threshold document
   * says "a number of"; the default is 2. With 1, a single Intensive
   * indicator is enough.
   */
  intensiveIndicatorThreshold: z.number().int().min(1).max(100).optional(),
});

export type ClassifyNeedInput = z.input<typeof ClassifyNeedInputSchema>;
export type ClassifyNeedOptions = z.input<typeof ClassifyNeedOptionsSchema>;

/** Ids are technical values, safe to echo; anything else is cut short. */
function safeId(id: string): string {
  return /^[a-z0-9.-]{1,100}$/.test(id) ? id : '(value not shown)';
}
