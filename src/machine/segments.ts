/**
 * Lists that grow by one at an event, kept in segments.
 *
 * A snapshot is immutable, so a list it holds cannot grow where it stands: the
 * next snapshot needs a list of its own. As one flat array, every event copied
 * the whole list (the log of events, the armed conflicts, the objections), so
 * an actor's per-event cost grew with the number of events: at 10 000 events it
 * was three times that at 100 (issue #19, item 3). In segments of at most
 * `SEGMENT_LENGTH` items, an event copies one segment and the short list of
 * segments, and shares every full segment with the snapshot before it, so its
 * cost no longer depends on how long the list is (at most
 * `SEGMENT_LENGTH + MAX_EVENTS / SEGMENT_LENGTH` items copied).
 *
 * The form is canonical: every segment but the last holds exactly
 * `SEGMENT_LENGTH` items, the last at least one, and an empty list is `[]`.
 * A segmented list is plain JSON data (so snapshots still serialise, clone and
 * persist as before); `list.flat()` gives its items in order.
 */
import * as z from 'zod';
import { messages } from '../errors/messages.js';
import { append, writable } from './helpers.js';

/**
 * The most items a segment holds. With `MAX_EVENTS` (10 000) events, a list has
 * at most 79 segments, so an append copies at most 128 + 79 items.
 *
 * @example
 * SEGMENT_LENGTH;
 * //=> 128
 */
export const SEGMENT_LENGTH = 128;

/** A list kept in segments (see the module's comment); `list.flat()` gives its items. */
export type Segments<T> = readonly (readonly T[])[];

/** Whether `list` is in the canonical form (see the module's comment). */
function canonical(list: readonly (readonly unknown[])[]): boolean {
  return list.every((segment, i) =>
    i < list.length - 1 ? segment.length === SEGMENT_LENGTH : segment.length >= 1 && segment.length <= SEGMENT_LENGTH,
  );
}

/** The zod schema of a segmented list of `item`, in its canonical form. */
export function segmentsOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.array(item).readonly())
    .readonly()
    .refine(canonical, messages.notSegments({ length: SEGMENT_LENGTH }));
}

/** The number of items in a segmented list. */
export function sizeOf<T>(list: Segments<T>): number {
  // Every guard asks (checkOrder), and a run that keeps no log has it empty: no read past the end.
  const count = list.length;
  return count === 0 ? 0 : (count - 1) * SEGMENT_LENGTH + (list[count - 1] as readonly T[]).length;
}

/**
 * The items of a segmented list in order, as a new array: what `list.flat()`
 * gives, without its generic walk (a result lists them on every run).
 */
export function itemsOf<T>(list: Segments<T>): T[] {
  const items: T[] = [];
  for (const segment of list) for (const item of segment) items.push(item);
  return items;
}

/** The last item of a segmented list, if any. */
export function lastOf<T>(list: Segments<T>): T | undefined {
  const last = list[list.length - 1];
  return last?.[last.length - 1];
}

/** The item at `index` (counted over the whole list), if any. */
export function itemAt<T>(list: Segments<T>, index: number): T | undefined {
  return list[Math.floor(index / SEGMENT_LENGTH)]?.[index % SEGMENT_LENGTH];
}

/** `list` with `item` added at the end. */
export function appendTo<T>(list: Segments<T>, item: T): Segments<T> {
  const last = list[list.length - 1];
  if (last === undefined || last.length >= SEGMENT_LENGTH) return append(list, [item]);
  const result = writable(list);
  result[result.length - 1] = append(last, item);
  return result;
}

/** `list` with the item at `index` replaced by `change(item)`; `list` itself when `index` is out of range. */
export function replaceIn<T>(list: Segments<T>, index: number, change: (item: T) => T): Segments<T> {
  const at = Math.floor(index / SEGMENT_LENGTH);
  const segment = list[at];
  const offset = index % SEGMENT_LENGTH;
  if (index < 0 || segment === undefined || offset >= segment.length) return list;
  const changed = writable(segment);
  changed[offset] = change(segment[offset] as T);
  const result = writable(list);
  result[at] = changed;
  return result;
}

/** The segmented form of a flat list (as read from an envelope of schema version 2). */
export function toSegments<T>(items: readonly T[]): Segments<T> {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += SEGMENT_LENGTH) result.push(items.slice(i, i + SEGMENT_LENGTH));
  return result;
}
