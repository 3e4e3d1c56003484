/** True for an object that is neither `null` nor an array: the shape a profile, scenario or envelope must have. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
