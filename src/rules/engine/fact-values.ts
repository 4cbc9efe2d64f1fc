/**
 * A rule set's facts as an array, each at its fact's position in the rule
 * set's catalogue: what the evaluator and the counterfactual search read.
 *
 * Why: every comparison reads a fact, and the counterfactual search changes
 * and puts back facts dozens of times a decision. Read from a record by name
 * (`facts[node.fact]`), each read is a lookup keyed by a different string,
 * which V8 cannot specialise, and which slows further once two decisions'
 * fact records pass through the same evaluator. Read by position, it is an
 * array element. Decisions keep building records (their facts by name); a
 * rule set turns one into values once per decision.
 */

/** A rule set's facts by position (see `FactLayout`); `undefined` or `null` is unknown. */
export type FactValues = unknown[];

/** The facts of a rule set in catalogue order, and each name's position. */
export interface FactLayout {
  readonly names: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

export function factLayout(names: readonly string[]): FactLayout {
  return Object.freeze({ names: Object.freeze([...names]), positions: new Map(names.map((name, position) => [name, position])) });
}

/** The position of a fact in the layout; a rule reading a fact outside its catalogue is a defect (check-rule-modules.ts refuses it first). */
export function factPosition(layout: FactLayout, fact: string): number {
  const position = layout.positions.get(fact);
  if (position === undefined) throw new Error(`Fact "${fact}" is not in the rule set's fact catalogue`);
  return position;
}

/** The values of a record's facts, in the layout's order (each read once; a fact the record lacks is unknown). */
export function factValuesOf(layout: FactLayout, facts: Readonly<Record<string, unknown>>): FactValues {
  // Filled from empty in order, not preallocated: a packed array, which V8 reads fastest.
  const values: FactValues = [];
  writeFactValues(layout, facts, values);
  return values;
}

/** Writes a record's facts into existing values, in the layout's order (each read once). */
export function writeFactValues(layout: FactLayout, facts: Readonly<Record<string, unknown>>, into: FactValues): void {
  const names = layout.names;
  for (let i = 0; i < names.length; i++) into[i] = facts[names[i]!];
}
