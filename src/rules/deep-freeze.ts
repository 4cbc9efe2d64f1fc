/**
 * Freezes a graph of plain arrays and objects, so the shared catalogues the
 * library exports cannot be changed by one caller under another's feet.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
