/**
 * The shape every decision shares: an outcome, the validated input, the
 * reasons (the explanation trace), the questions that still matter, what
 * would change the outcome, the readings of the sources relied on, warnings,
 * the deadlines and actions that follow, and the rule set that produced it.
 */
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Counterfactual } from './counterfactuals.js';
import type { Interpretation, InterpretationDefinition, Warning } from './interpretation.js';
import type { FiredRuleTrace, MissingFact, RuleTrace, UnfiredRuleTrace } from './rule-set.js';
import type { DecisionArea } from './rule-module.js';
import type { RulesetVersion } from './ruleset-version.js';

/** Something that must happen next, and which role does it. */
export interface Action {
  /** Stable id, e.g. `need-to-know.action.service-manager-decides`. */
  id: string;
  /** What to do, in plain English. */
  description: string;
  /** Who does it, as the source names the role (e.g. "Service Manager"). */
  role: string;
  /** When it is due, if the source gives a timescale (see `deadlines` for the judged deadline). */
  due?: IsoDate;
  /** The id of the deadline in `deadlines` that sets `due`. */
  deadlineId?: string;
  /** The first day it may be done, where the source sets one (not a deadline: nothing is late before it). */
  earliestOn?: IsoDate;
  citation: Citation;
  /**
   * When the action hands the case to another decision of the library (the
   * sources link them: a missing child on a plan to the national alert, a
   * child's death to the serious incident notification, ...): which one, and
   * the answers this case already gives it.
   */
  passesTo?: ActionHandOff;
}

/** The decisions an action can hand a case to. */
export type HandOffDecision = 'need-to-know' | 'national-alert' | 'serious-incident';

/**
 * Another decision of the library that an action passes the case to
 * (`Action.passesTo`): call `function` with `input`, adding the answers it
 * still asks for, to follow the action.
 */
export interface ActionHandOff {
  decision: HandOffDecision;
  /** The public function of that decision. */
  function: 'assessNeedToKnow' | 'assessNationalAlert' | 'assessSeriousIncident';
  /** The answers this case already gives that decision, as its input fields (a valid input, possibly with questions still open). */
  input: Record<string, unknown>;
}

/**
 * What every decision (`classifyNeed`, `assessNeedToKnow`,
 * `assessNationalAlert`, `assessSeriousIncident`) returns, besides its own
 * fields: the outcome, the explanation, what is still unknown, and what
 * follows. A case system stores the whole result on the child's record as
 * JSON and can later check it with `verifyDecision`. The result is the
 * caller's own: changing it changes no other result and no catalogue.
 *
 * @typeParam Outcome - The decision's outcomes, `insufficient-information` included.
 * @typeParam Area - Which decision (`decision`): each decision's result names its own, so a record of it (`toRecord`) and the result `explainRecord` rebuilds from that record keep it in their types.
 */
export interface DecisionResult<Outcome extends string, Area extends DecisionArea = DecisionArea> {
  /** Which decision this is, so a stored result can be re-run (`verifyDecision`). */
  decision: Area;
  /**
   * The decision's answer; `insufficient-information` when a fact that could
   * change it is missing (then `missingFacts` says which).
   */
  outcome: Outcome;
  /** The validated input the decision was made on, so a stored result is self-contained. */
  input: unknown;
  /** Every rule evaluated, with each condition's actual value and status. */
  reasons: RuleTrace[];
  /**
   * Facts whose answer could change `outcome`, most decisive first. Empty
   * whenever the outcome is decided; non-empty when it is `insufficient-information`.
   */
  missingFacts: MissingFact[];
  /** Unanswered facts that could still add an action, a deadline or a matching circumstance, but not change the outcome. */
  furtherQuestions: MissingFact[];
  /** Each known fact whose change alone would change the outcome, with the outcome it would give. */
  counterfactuals: Counterfactual[];
  /** The readings of the sources (not their literal words) that this result relied on. */
  interpretations: Interpretation[];
  /** Answers that contradict each other or the recorded indicators, or look implausible. */
  warnings: Warning[];
  /**
   * The statutory and local deadlines that follow, with due dates counted on
   * the decision's calendar, each judged (`status`, `explanation`, ...) by the
   * one deadline judge.
   */
  deadlines: JudgedDeadline[];
  /** What must happen next and which role does it, in the order the source gives. */
  actions: Action[];
  /**
   * The rules and calendar that produced the result: `hash` is a SHA-256 of
   * everything the decision depends on (rule data and the calendar's
   * fingerprint), `calendar` the calendar's fingerprint (`none` when no date is computed).
   */
  ruleset: { version: string; packageVersion: string; hash: string; calendar: string };
  /**
   * A 64-bit hash (16 hex digits) of the canonical JSON of the decision, its
   * `input`, the options that change the answer and its `outcome`:
   * `verifyDecision` reports a stored result whose input or outcome was
   * edited after the decision, even where no other field moves. A check, not
   * a signature (anyone who edits a record can recompute it).
   */
  fingerprint: string;
}

export type { Counterfactual, FiredRuleTrace, Interpretation, InterpretationDefinition, MissingFact, RuleTrace, RulesetVersion, UnfiredRuleTrace, Warning };
