/**
 * A zod schema built the first time it is used, not when its module is
 * imported. zod builds every schema object (and the closures of each of its
 * checks) as soon as the code that describes it runs: the decisions' input
 * schemas, built at import, were about a fifth of importing the library,
 * though a program uses one or two decisions. Each schema is built once;
 * every caller gets that one object. No dependencies.
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
