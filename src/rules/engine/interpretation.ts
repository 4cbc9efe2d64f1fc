/**
 * Readings of the sources that are not their literal words, and warnings
 * about answers that contradict each other.
 *
 * An interpretation lives beside the rule (or timescale, route or default)
 * that relies on it, so a policy owner can list every one, confirm it or
 * overrule it; a decision returns the interpretations it relied on, so a
 * stored decision says which readings it depends on.
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';

/** How a rule module, timescale or other definition records a reading of its source. */
export interface InterpretationDefinition {
  /** Stable, dotted kebab-case id, e.g. `need-to-know.interpretation.missing-24-hours-or-repeating`. */
  id: string;
  /** What the library does, in plain English: the reading it takes. */
  says: string;
  /** Why: what the source says literally and why the library reads it this way. */
  why: string;
  /** The passage being read. */
  citation: Citation;
}

/** An interpretation with the ids of every rule (or timescale) that relies on it. */
export interface Interpretation extends InterpretationDefinition {
  ruleIds: string[];
}

/** An answer that contradicts another answer, or the recorded indicators, or looks implausible. */
export interface Warning {
  /** Stable, dotted kebab-case code, e.g. `need-level.warning.harm-answer-contradicts-indicator`. */
  code: string;
  message: string;
  /** The input facts (or indicator ids) involved. */
  facts: string[];
}

/**
 * A copy of an interpretation that shares nothing with the original (its
 * citation and rule ids copied too). Written out field by field: decisions
 * copy interpretations from frozen rule data, which a spread copies several
 * times more slowly.
 */
export function copyInterpretation(interpretation: Interpretation): Interpretation {
  return withRuleIds(interpretation, [...interpretation.ruleIds]);
}

/** A fresh interpretation from a definition (a frozen one included) and the ids that rely on it. */
function withRuleIds(def: InterpretationDefinition, ruleIds: string[]): Interpretation {
  return { id: def.id, says: def.says, why: def.why, citation: copyCitation(def.citation), ruleIds };
}

/**
 * The interpretations that the given actions rest on (an action's role or
 * step that the source does not state), each once, with the ids of the
 * actions that rest on it.
 */
export function interpretationsOfActions(
  actionIds: Iterable<string>,
  byAction: Readonly<Record<string, InterpretationDefinition>>,
): Interpretation[] {
  const out: Interpretation[] = [];
  for (const actionId of actionIds) {
    const def = byAction[actionId];
    if (!def) continue;
    // A handful of actions a decision: a scan of those found is cheaper than a Map.
    const entry = out.find((found) => found.id === def.id);
    if (entry) entry.ruleIds.push(actionId);
    else out.push(withRuleIds(def, [actionId]));
  }
  return out;
}
