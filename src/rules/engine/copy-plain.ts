/**
 * A deep copy of plain data (objects, arrays, primitives), much faster than
 * structuredClone for the small objects of rule data. Keys whose value is
 * `undefined` are left out, so a copy survives a JSON round trip unchanged.
 */
export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = copyPlain(v);
    }
    return out as T;
  }
  return value;
}
