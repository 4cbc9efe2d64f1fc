/**
 * The input types of `ClassifyNeedInputSchema` and `ClassifyNeedOptionsSchema`, written from the
 * schemas by `npm run schemas` (scripts/generate-input-types.ts): edit the schemas and their
 * descriptions, not this file. Each type is exactly the schema's `z.input`, with every field
 * documented (test/types/input-types.test.ts).
 */
import type { ReporterRole } from './input-schema.js';
import type { NeedIndicatorId } from './need-indicator.js';

/**
 * What classifyNeed takes: the ids of the indicators observed (from needIndicators) and the
 * statutory answers that decide on their own (suspected significant harm, immediate risk, child in
 * need), with FGM, forced marriage and criminal exploitation facts and the reporter's role where
 * they apply. Every answer is optional: one left out is unknown, not false, and the result asks for
 * it when it matters.
 */
export type ClassifyNeedInput = {
  /**
   * The ids of the indicators observed (`NeedIndicatorId`, from `needIndicators`), each at most
   * once.
   */
  indicators: NeedIndicatorId[];
  /**
   * Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm.
   */
  significantHarmSuspected?: boolean | undefined;
  /** The child is at immediate risk of significant harm. */
  immediateRiskOfSignificantHarm?: boolean | undefined;
  /**
   * Development significantly impaired without children's social care services, or complex
   * disability needs only they can meet (section 17).
   */
  childInNeed?: boolean | undefined;
  /**
   * Female genital mutilation (FGM): what is known (decides the mandatory reporting duty and the
   * route).
   */
  fgm?: {
    /** The girl has said that FGM has been carried out on her. */
    disclosedByGirl?: boolean | undefined;
    /** Physical signs that FGM has been carried out were observed. */
    physicalSignsObserved?: boolean | undefined;
    /** The girl is at risk of FGM. */
    atRisk?: boolean | undefined;
  } | undefined;
  /**
   * A risk or a disclosure of forced marriage (the threshold document places children at risk of it
   * at Specialist).
   */
  forcedMarriage?: {
    /** Warning signs suggest the child is at risk of being forced to marry. */
    atRisk?: boolean | undefined;
    /** The child has said they fear being forced to marry, or have been. */
    disclosedByChild?: boolean | undefined;
  } | undefined;
  /**
   * Criminal exploitation, county lines included (Specialist: "children at high risk of … criminal
   * exploitation").
   */
  criminalExploitation?: {
    /** The child is being, or is at high risk of being, criminally exploited. */
    atRisk?: boolean | undefined;
    /** The child is involved in county lines drug dealing (a form of criminal exploitation). */
    countyLines?: boolean | undefined;
  } | undefined;
  /** Who raises the concern; decides whether the FGM mandatory reporting duty applies. */
  reporterRole?: ReporterRole | undefined;
  /**
   * The child's age in whole years, if known; used only to prompt weighing (babies and young
   * children are particularly vulnerable).
   */
  ageInYears?: number | undefined;
  /**
   * Whether support at the Additional level has already been tried; used only to prompt the next
   * step.
   */
  additionalSupportTried?: boolean | undefined;
};

/**
 * classifyNeed's options: intensiveIndicatorThreshold, how many Intensive indicators make Intensive
 * need (1 to 100, default 2).
 */
export type ClassifyNeedOptions = {
  /**
   * How many Intensive indicators make Intensive need. The threshold document says "a number of";
   * the default is 2. With 1, a single Intensive indicator is enough.
   */
  intensiveIndicatorThreshold?: number | undefined;
};
