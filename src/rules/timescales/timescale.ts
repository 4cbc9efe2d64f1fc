import type { PeriodUnit } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';

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
}
