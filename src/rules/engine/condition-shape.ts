/**
 * The shape of a rule's condition tree, checked without zod: the facts it
 * reads, and the first malformed node named precisely.
 */
/** Facts a condition tree reads. */
export function factsRead(condition: unknown, into: Set<string> = new Set()): Set<string> {
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all)) for (const child of c.all) factsRead(child, into);
  else if (Array.isArray(c.any)) for (const child of c.any) factsRead(child, into);
  else if (c.not !== undefined) factsRead(c.not, into);
  else if (typeof c.fact === 'string') {
    into.add(c.fact);
    // A value of the form { fact: 'x' } compares with another fact.
    const value = c.value as { fact?: unknown } | undefined;
    if (value !== null && typeof value === 'object' && typeof value.fact === 'string') into.add(value.fact);
  }
  return into;
}

export /**
 * Walks a condition tree and names the first malformed node precisely; zod's
 * union errors would only say "Invalid input" for a deep mistake.
 */
function conditionProblem(node: unknown, path: string): string | undefined {
  if (node === null || typeof node !== 'object') return `${path} is not a condition`;
  const c = node as Record<string, unknown>;
  for (const group of ['all', 'any'] as const) {
    if (group in c) {
      const children = c[group];
      if (!Array.isArray(children) || children.length === 0) return `${path}.${group} must be a non-empty list`;
      for (let i = 0; i < children.length; i++) {
        const problem = conditionProblem(children[i], `${path}.${group}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
  }
  if ('not' in c) return conditionProblem(c.not, `${path}.not`);
  if (typeof c.fact !== 'string') return `${path} has neither a fact nor all/any/not`;
  if (typeof c.operator !== 'string') return `${path} (fact "${c.fact}") has no operator`;
  if (typeof c.says !== 'string' || c.says.length < 3) return `${path} (fact "${c.fact}") has no plain-English "says" sentence`;
  if ('priority' in c || 'path' in c) return `${path} (fact "${c.fact}") uses priority or path, which the trace does not support`;
  return undefined;
}
