/**
 * The most events one withdrawal holds, on every path: a scenario's `events`
 * (`simulate`), a snapshot's log of applied events (`applyEvent`, an actor, and
 * `fromPersisted`). Real withdrawals have a few dozen at most. The cap keeps the
 * cost of every path linear and bounded: per event, each path costs at 10 000
 * events about what it costs at 100 (bench rows f and g).
 *
 * @example
 * MAX_EVENTS;
 * //=> 10000
 */
export const MAX_EVENTS = 10_000;
