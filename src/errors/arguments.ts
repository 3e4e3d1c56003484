/**
 * Arguments of the exported helpers checked against their schema (issue #19,
 * item 7): a value of the wrong shape, a throwing getter or a revoked proxy
 * becomes a coded `WithdrawalError`, never a raw `TypeError` from deep inside.
 *
 * Checking costs a zod parse, and the machine calls some of these helpers on
 * every deposit, so a value is parsed once per schema when it cannot change
 * afterwards: a deep-frozen value (the shipped profiles), or one the library
 * parsed itself and keeps (`markChecked`, e.g. the profile an input resolves to).
 */
import type * as z from 'zod';
import { deepFreeze } from '../internal/deep-freeze.js';
import { errorFromZod } from './from-zod.js';
import { readingInput } from './reading.js';
import type { WithdrawalErrorCode } from './withdrawal-error.js';

/** For each value known to be valid under a schema, what to use for it: itself, or zod's output for it (frozen). */
const checked = new WeakMap<object, Map<z.ZodType, unknown>>();

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function remember(value: object, schema: z.ZodType, output: unknown): void {
  const bySchema = checked.get(value) ?? new Map<z.ZodType, unknown>();
  bySchema.set(schema, output);
  checked.set(value, bySchema);
}

/** Marks `value`, which zod gave as the output of `schema` and the library keeps, as valid under it; returns it. */
export function markChecked<T>(schema: z.ZodType, value: T): T {
  if (isObject(value)) remember(value, schema, value);
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (!isObject(value)) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * `value` checked against `schema`: zod's output for it (the value itself when
 * the library marked it). What zod refuses, and whatever reading the value
 * throws, is a `WithdrawalError` with `code` and the path `what`. The output
 * for a deep-frozen value is kept, frozen too, and not parsed again.
 */
export function checkedArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  code: WithdrawalErrorCode = 'INVALID_INPUT',
): z.output<S> {
  if (isObject(value)) {
    const known = checked.get(value)?.get(schema);
    if (known !== undefined) return known as z.output<S>;
  }
  return readingInput(
    what,
    () => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw errorFromZod(code, parsed.error, { prefix: what, input: value });
      if (isObject(value) && isDeepFrozen(value)) remember(value, schema, deepFreeze(parsed.data));
      return parsed.data;
    },
    code,
  );
}
