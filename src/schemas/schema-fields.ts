/**
 * The field names a zod schema declares, anywhere in it: the keys an input
 * error's path may name (read-once.ts). A key the schema does not declare is
 * the caller's own text, which may be a child's name or NHS number, so it is
 * never written into a message or a path.
 *
 * One set per schema, gathered on first use from zod 4's documented
 * `_zod.def` (the same in zod classic and zod/mini) and kept.
 */
import type * as z from 'zod/mini';

interface Def {
  type?: unknown;
  shape?: unknown;
  catchall?: unknown;
  innerType?: unknown;
  element?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown;
  left?: unknown;
  right?: unknown;
  items?: unknown;
  rest?: unknown;
  valueType?: unknown;
  getter?: unknown;
}

const gathered = new WeakMap<object, ReadonlySet<string>>();

/** Nesting deeper than this in a schema is not followed (no input of the library comes near it). */
const MAX_SCHEMA_DEPTH = 64;

/** Every key declared by an object schema anywhere in `schema`. */
export function schemaFields(schema: z.core.$ZodType): ReadonlySet<string> {
  let fields = gathered.get(schema);
  if (!fields) {
    const into = new Set<string>();
    gather(schema, into, new Set(), 0);
    fields = into;
    gathered.set(schema, fields);
  }
  return fields;
}

function gather(schema: unknown, into: Set<string>, seen: Set<unknown>, depth: number): void {
  if (schema === null || typeof schema !== 'object' || seen.has(schema) || depth > MAX_SCHEMA_DEPTH) return;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Def } })._zod?.def;
  if (def === null || typeof def !== 'object') return;
  const next = (child: unknown) => gather(child, into, seen, depth + 1);
  if (def.shape !== null && typeof def.shape === 'object') {
    for (const [key, child] of Object.entries(def.shape)) {
      into.add(key);
      next(child);
    }
  }
  for (const child of [def.catchall, def.innerType, def.element, def.in, def.out, def.left, def.right, def.rest, def.valueType]) next(child);
  for (const list of [def.options, def.items]) if (Array.isArray(list)) for (const child of list) next(child);
  // A lazy schema's getter is the schema author's code: called once here, as zod itself calls it.
  if (def.type === 'lazy' && typeof def.getter === 'function') next((def.getter as () => unknown)());
}
