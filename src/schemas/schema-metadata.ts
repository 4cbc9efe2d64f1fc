/**
 * Descriptions and JSON Schema keywords for the library's zod/mini schemas,
 * the way zod classic's `.describe()` and `.meta()` attach them: on a copy of
 * the schema, registered in zod's global registry (where `z.toJSONSchema`
 * reads them). A copy, because the schema given is often shared
 * (`IsoDateSchema`): registering it would describe every use of it.
 */
import * as z from 'zod/mini';

/** A copy of `schema` with `description`, as classic's `schema.describe(description)` gives. */
export function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** A copy of `schema` with `metadata` (JSON Schema keywords), as classic's `schema.meta(metadata)` gives. */
export function withMetadata<S extends z.ZodMiniType>(schema: S, metadata: z.core.GlobalMeta): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}
