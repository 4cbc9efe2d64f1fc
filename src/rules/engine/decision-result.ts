/**
 * The shape every decision shares: an outcome, the reasons (the explanation
 * trace), what is still unknown, the deadlines and actions that follow, and
 * the rule set version that produced it.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { MissingFact, RuleTrace } from './rule-set.js';
import type { RulesetVersion } from './ruleset-version.js';

/** Something that must happen next, and which role does it. */
export interface Action {
  /** Stable id, e.g. `need-to-know.action.service-manager-decides`. */
  id: string;
  /** What to do, in plain English. */
  description: string;
  /** Who does it, as the source names the role (e.g. "Service Manager"). */
  role: string;
  /** When it is due, if the source gives a timescale (see `deadlines` for the full Deadline). */
  due?: IsoDate;
  /** The id of the Deadline in `deadlines` that sets `due`. */
  deadlineId?: string;
  citation: Citation;
}

export interface DecisionResult<Outcome extends string> {
  outcome: Outcome;
  /** Every rule evaluated, with each condition's actual value and status. */
  reasons: RuleTrace[];
  /** Facts the decision still needs; non-empty when the outcome is `insufficient-information`. */
  missingFacts: MissingFact[];
  deadlines: Deadline[];
  actions: Action[];
  ruleset: { version: string; packageVersion: string; hash: string };
}

export type { MissingFact, RuleTrace, RulesetVersion };
