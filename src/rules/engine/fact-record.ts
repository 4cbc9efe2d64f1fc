/**
 * A maker of fact objects with a fixed set of keys.
 *
 * Why: an object given dozens of keys one by one through computed names
 * (`facts[name] = …`) is switched by V8 to a slow dictionary representation,
 * and every later read, copy or spread of it pays for that (a decision reads
 * and copies its facts many times: the trace, the counterfactuals). Cloning a
 * template that already has every key keeps the object in V8's fast form,
 * because writing an existing key adds nothing to its shape. `JSON.parse`
 * builds the template in that fast form too.
 */
export function factRecord(names: readonly string[]): () => Record<string, unknown> {
  const template = JSON.parse(JSON.stringify(Object.fromEntries(names.map((name) => [name, null])))) as Record<string, unknown>;
  // Every key starts unanswered (undefined), as a fact nobody wrote would be.
  for (const name of names) template[name] = undefined;
  return () => ({ ...template });
}
