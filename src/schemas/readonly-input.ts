/**
 * An input type that also accepts read-only data (`as const` objects,
 * `readonly` arrays): the library only reads its input, so a caller need not
 * hand over mutable copies.
 */
export type ReadonlyInput<T> = [T] extends [string | number | boolean | bigint | symbol | null | undefined]
  ? T // as it is, so a named union (NeedIndicatorId, ChildStatus) keeps its name on hover
  : T extends readonly (infer U)[]
    ? readonly ReadonlyInput<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
      : T;
