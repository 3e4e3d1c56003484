/** Freezes a plain data tree so shipped profiles cannot be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  // Primitives count as frozen, and so does a node already visited (cycles end).
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
