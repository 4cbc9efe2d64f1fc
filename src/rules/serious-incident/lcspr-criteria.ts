/**
 * The criteria the safeguarding partners must take into account when they
 * decide whether to undertake a local child safeguarding practice review
 * (Working Together 2026, Chapter 5, para 395, from the Child Safeguarding
 * Practice Review and Relevant Agency (England) Regulations 2018). The
 * decision is theirs: the library reports which criteria the input says are
 * met, not met or still unknown, and never decides whether to review.
 */
import type { Citation } from '../../schemas/citation.js';
import type { LcsprCriteriaInput } from './input-types.js';
import { workingTogether } from './citations.js';
import { deepFreeze } from '../deep-freeze.js';

/** One of the four criteria the safeguarding partners weigh when deciding on an LCSPR, as `lcsprCriteria` lists them. */
export interface LcsprCriterion {
  /** Stable id, e.g. `serious-incident.lcspr-criterion.improvements-needed`. */
  id: string;
  /** The input field (under `lcsprCriteria`) that answers it. */
  field: keyof LcsprCriteriaInput;
  /** What the criterion asks, in plain English. */
  label: string;
  /** Where Working Together 2026 sets the criterion. */
  citation: Citation;
}

/** Deeply frozen: shared by every decision and public. */
export const lcsprCriteria: readonly LcsprCriterion[] = deepFreeze([
  {
    id: 'serious-incident.lcspr-criterion.improvements-needed',
    field: 'improvementsNeeded',
    label:
      'The case highlights, or may highlight, improvements needed to safeguard and promote the welfare of children, including improvements identified before',
    citation: workingTogether.lcsprCriteria,
  },
  {
    id: 'serious-incident.lcspr-criterion.recurrent-themes',
    field: 'recurrentThemes',
    label: 'The case highlights, or may highlight, recurrent themes in safeguarding and promoting the welfare of children',
    citation: workingTogether.lcsprCriteria,
  },
  {
    id: 'serious-incident.lcspr-criterion.multi-agency-working',
    field: 'multiAgencyWorkingConcerns',
    label:
      'The case highlights, or may highlight, concerns about two or more organisations or agencies working together effectively to safeguard children',
    citation: workingTogether.lcsprCriteria,
  },
  {
    id: 'serious-incident.lcspr-criterion.panel-prefers-local-review',
    field: 'panelConsideredLocalReviewMoreAppropriate',
    label: 'The Panel has considered the case and concluded that a local review may be more appropriate',
    citation: workingTogether.lcsprCriteria,
  },
]);

/** What the input says of one LCSPR criterion: `met` (answered `true`), `not-met` (`false`) or `unknown` (not answered). */
export type LcsprCriterionStatus = 'met' | 'not-met' | 'unknown';

/** One LCSPR criterion (from `lcsprCriteria`) with what this case's input says of it (`LcsprConsideration.criteria`). */
export interface LcsprCriterionCheck extends LcsprCriterion {
  /** Whether the input answers the criterion yes, no, or not at all. */
  status: LcsprCriterionStatus;
}

export function checkLcsprCriteria(input: LcsprCriteriaInput | undefined): LcsprCriterionCheck[] {
  return lcsprCriteria.map((criterion) => {
    const answer = input?.[criterion.field];
    const status: LcsprCriterionStatus = answer === true ? 'met' : answer === false ? 'not-met' : 'unknown';
    return { ...criterion, status };
  });
}
