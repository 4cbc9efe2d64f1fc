import type { PeriodUnit } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { InterpretationDefinition } from '../engine/interpretation.js';

/**
 * How binding a timescale is, read from the source's own wording:
 * - `statutory-must`: statutory guidance or legislation says "must" (or states a duty or requirement);
 * - `statutory-should`: statutory guidance says "should" (follow it unless there is good reason not to);
 * - `non-statutory`: the statutory guidance itself calls it non-statutory;
 * - `local`: a Luton procedure sets it.
 */
export type TimescaleBasis = 'statutory-must' | 'statutory-should' | 'non-statutory' | 'local';

export const timescaleBases: readonly TimescaleBasis[] = ['statutory-must', 'statutory-should', 'non-statutory', 'local'];

/** One statutory or local timescale: what starts the clock and how long it runs. */
export interface Timescale {
  /** Stable id, e.g. `serious-incident.notify-panel`; also the id of Deadlines built from it. */
  id: string;
  title: string;
  /** The event that starts the clock, in plain English, e.g. "the local authority becomes aware of the incident". */
  trigger: string;
  amount: number;
  unit: PeriodUnit;
  /** `before` counts back from the trigger (e.g. "no later than 7 working days before publication"). */
  direction: 'after' | 'before';
  /** How binding the timescale is, from the source's wording (see `TimescaleBasis`). */
  basis: TimescaleBasis;
  /** The words of the source that set `basis`, quoted briefly (e.g. "must notify"). */
  basisWording: string;
  /**
   * `earliest-date` when the period ends on the first day something may be
   * done (the national alert's three weeks missing), not on the last day it
   * is on time: no `Deadline` is built from it, and results name the date as
   * what it is (e.g. `earliestAlertOn`). Absent for a deadline.
   */
  kind?: 'earliest-date';
  /** True when the timescale repeats from each occurrence (e.g. weekly updates, six-monthly reviews). */
  recurring?: boolean;
  /** Who must act, as the source names the role. */
  responsible?: string;
  citation: Citation;
  /**
   * Where sources differ or the wording needs reading with care, which source
   * the entry follows and why, in plain English.
   */
  note?: string;
  /** Other sources that state the same or a local variant of the timescale. */
  seeAlso?: Citation[];
  /**
   * Readings of the source that are not its literal words (e.g. "three weeks"
   * counted as 21 calendar days). The registry adds the counting readings
   * every deadline shares: the trigger day is day 0 (periods after the
   * trigger, other than months), and Christmas Day and Good Friday are not
   * working days.
   */
  interpretations?: InterpretationDefinition[];
}
