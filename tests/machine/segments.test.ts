import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { growingInPlace } from '../../src/machine/helpers.js';
import {
  appendTo,
  itemAt,
  itemsOf,
  lastOf,
  replaceIn,
  SEGMENT_LENGTH,
  type Segments,
  segmentsOf,
  sizeOf,
  toSegments,
} from '../../src/machine/segments.js';

type Op = { kind: 'append'; value: number } | { kind: 'replace'; index: number; value: number };

const ops = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('append' as const), value: fc.integer() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        index: fc.integer({ min: -2, max: 400 }),
        value: fc.integer(),
      }),
    },
  ),
  { maxLength: 400 },
);

/** The schema of a segmented list of numbers (built where it is used, so that a test sees the function's own result). */
const canonical = () => segmentsOf(z.number());

/** Applies `op` to both the segmented list and a flat model of it. */
function apply(list: Segments<number>, model: number[], op: Op): Segments<number> {
  if (op.kind === 'append') {
    model.push(op.value);
    return appendTo(list, op.value);
  }
  if (op.index >= 0 && op.index < model.length) model[op.index] = op.value;
  return replaceIn(list, op.index, () => op.value);
}

describe('segmented lists', () => {
  it('hold what a flat list would, in the canonical form, and never change a list they were given', () => {
    fc.assert(
      fc.property(ops, (sequence) => {
        let list: Segments<number> = [];
        const model: number[] = [];
        for (const op of sequence) {
          const before = list;
          const frozen = JSON.stringify(before);
          list = apply(list, model, op);
          expect(JSON.stringify(before)).toBe(frozen);
          // Every full segment the operation did not touch is shared, not copied: the cost of an event does not grow with the list.
          const touched = op.kind === 'append' ? before.length - 1 : Math.floor(op.index / SEGMENT_LENGTH);
          before.forEach((segment, i) => {
            if (i !== touched && i < list.length) expect(list[i]).toBe(segment);
          });
        }
        expect(list.flat()).toEqual(model);
        // itemsOf gives the same items as a new array, never one of the list's own segments.
        const items = itemsOf(list);
        expect(items).toEqual(model);
        expect(list.includes(items)).toBe(false);
        expect(sizeOf(list)).toBe(model.length);
        expect(lastOf(list)).toBe(model.at(-1));
        for (const [i, value] of model.entries()) expect(itemAt(list, i)).toBe(value);
        expect(itemAt(list, model.length + SEGMENT_LENGTH)).toBeUndefined();
        expect(canonical().safeParse(list).success).toBe(true);
        expect(toSegments(model)).toEqual(list);
      }),
    );
  });

  it('grow in place inside growingInPlace, with the same result, leaving a list they were given alone', () => {
    fc.assert(
      fc.property(ops, (sequence) => {
        const run = (from: Segments<number>) => sequence.reduce((list, op) => apply(list, [], op), from);
        const given: Segments<number> = [[1]];
        const grown = growingInPlace(() => run(given));
        expect(given).toEqual([[1]]);
        expect(grown).toEqual(run([[1]]));
      }),
    );
  });

  it('refuse a form that is not canonical', () => {
    const full = Array.from({ length: SEGMENT_LENGTH }, (_, i) => i);
    const schema = canonical();
    expect(schema.safeParse([]).success).toBe(true);
    expect(schema.safeParse([full]).success).toBe(true);
    expect(schema.safeParse([full, [1]]).success).toBe(true);
    expect(schema.safeParse([[1], [2]]).success).toBe(false);
    expect(schema.safeParse([full, []]).success).toBe(false);
    expect(schema.safeParse([[...full, 1]]).success).toBe(false);
    expect(schema.safeParse([[1], [2]]).error?.issues[0]?.message).toMatch(new RegExp(`segments of ${SEGMENT_LENGTH} items`));
  });
});
