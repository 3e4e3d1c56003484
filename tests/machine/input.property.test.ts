/** src/machine/input.ts, as a property: the fast path agrees with zod. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The root entry registers the shipped treaties, so that 'ottawa' resolves.
import '../../src/index.js';
import type { WithdrawalError } from '../../src/index.js';
import { fieldsNeedNoParsing, InputSchema, resolveInput } from '../../src/machine/input.js';

describe('the input fast path', () => {
  // resolveInput skips zod when the simple fields need no change; it must
  // accept exactly what InputSchema accepts unchanged, and give the same fields.
  const field = <T>(values: fc.Arbitrary<T>) => fc.option(values, { nil: undefined });
  const inputs = fc.record(
    {
      treaty: fc.constant('ottawa'),
      party: field(
        fc.oneof(
          fc.string({ maxLength: 205 }),
          fc.constantFrom(' UKR', 'UKR ', '', 'x'.repeat(200), 'x'.repeat(201)),
          fc.integer(),
        ),
      ),
      entryIntoForce: field(
        fc.oneof(fc.constantFrom('1999-03-01', '2024-02-29', '2025-02-29', '1999-3-1', ''), fc.string({ maxLength: 10 })),
      ),
      overflow: field(fc.constantFrom('constrain', 'reject', 'wrap', 42)),
    },
    { requiredKeys: ['treaty'] },
  );

  it('takes only inputs zod accepts unchanged, and resolves them as zod does', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const viaZod = InputSchema.safeParse(input);
        if (fieldsNeedNoParsing(input)) {
          expect(viaZod.success).toBe(true);
          expect(viaZod.data).toEqual(input);
        }
        let resolved: ReturnType<typeof resolveInput> | string;
        try {
          resolved = resolveInput(input);
        } catch (error) {
          resolved = (error as WithdrawalError).code;
        }
        if (!viaZod.success) expect(resolved).toBe('INVALID_INPUT');
        else {
          expect(resolved).toMatchObject({
            party: viaZod.data.party ?? null,
            entryIntoForce: viaZod.data.entryIntoForce ?? null,
            overflow: viaZod.data.overflow ?? 'constrain',
          });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
