/**
 * Errors fit for an API: bounded in size, coded per issue, in the library's
 * own words, with suggestions for typos and without repeated prefixes.
 */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { errorFromZod, formatPath, toIssues } from '../../src/errors/from-zod.js';
import { MAX_LISTED_ISSUES } from '../../src/errors/messages.js';
import { applyEvent, getTreaty, initialSnapshot, safeSimulate, type WithdrawalError } from '../../src/index.js';

function failure(scenario: unknown): WithdrawalError {
  const result = safeSimulate(scenario);
  if (result.success) throw new Error('expected the scenario to be refused');
  return result.error;
}

/** The library's issues for `value` refused by `schema`, converted with the value or (`withInput` false) without it. */
function issuesOf(schema: z.ZodType, value: unknown, withInput = true) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be refused');
  return toIssues(parsed.error.issues, withInput ? { input: value } : {});
}

/** zod's own English, which must never reach a user. */
const ZOD_WORDS =
  /Too big|Too small|Invalid input|Invalid option|Invalid discriminator|Unrecognized key|expected string to have|<=\d/;

describe('error size', () => {
  it('lists at most 20 issues and counts the rest', () => {
    const error = failure({ treaty: 'ottawa', events: Array.from({ length: 10_000 }, () => ({ type: 'x', date: 'y' })) });
    expect(error.code).toBe('INVALID_EVENT');
    expect(MAX_LISTED_ISSUES).toBe(20);
    expect(error.issues).toHaveLength(20);
    expect(error.issuesOmitted).toBe(9_980);
    expect(error.message).toMatch(/\(and 9999 more problems\)$/);
    // Twenty issues, each naming the twenty event types it could have been: bounded, whatever the input.
    expect(JSON.stringify(error).length).toBeLessThan(16_000);
  });

  it('echoes a 15 MiB unknown key as a short prefix with its length', () => {
    const key = 'k'.repeat(15 * 1024 * 1024);
    const error = failure({ treaty: 'ottawa', events: [], [key]: 1 });
    expect(error.issues?.[0]?.code).toBe('unknown_key');
    expect(error.message).toContain('(15728640 characters)');
    expect(JSON.stringify(error).length).toBeLessThan(1_000);
  });

  it('refuses a 5 MB source URL by its maximum length, without echoing it', () => {
    const error = failure({ treaty: 'ottawa', sources: [`https://example.org/${'a'.repeat(5_000_000)}`], events: [] });
    expect(error.path).toBe('sources[0]');
    expect(error.message).toBe('sources[0]: must be at most 2048 characters long (got 5000020)');
    expect(error.issues?.[0]?.code).toBe('too_long');
  });

  it('refuses a 10 MiB custom article or source by its maximum length', () => {
    const ottawa = getTreaty('ottawa');
    const huge = 'A'.repeat(10 * 1024 * 1024);
    const article = failure({
      treaty: {
        ...ottawa,
        id: 'mine',
        withdrawal: { ...ottawa.withdrawal, effect: { ...ottawa.withdrawal.effect, article: huge } },
      },
      events: [],
    });
    expect(article.code).toBe('INVALID_PROFILE');
    expect(article.message).toBe('treaty.withdrawal.effect.article: must be at most 300 characters long (got 10485760)');
    const source = failure({ treaty: { ...ottawa, id: 'mine', text: `https://example.org/${huge}` }, events: [] });
    expect(source.message).toMatch(/^treaty\.text: must be at most 2048 characters long/);
    expect(JSON.stringify(source).length).toBeLessThan(1_000);
  });
});

describe('wording and codes', () => {
  const bad: Record<string, unknown> = {
    'string too long': {
      treaty: 'ottawa',
      events: [{ type: 'instrument.deposited', date: '2025-01-01', reasons: 'r'.repeat(20_001) }],
    },
    'wrong type': { treaty: 'ottawa', party: 5, events: [] },
    'bad enum': { treaty: 'ottawa', overflow: 'clamp', events: [] },
    'unknown key': { treaty: 'ottawa', events: [], x: 1 },
    'unknown event type': { treaty: 'ottawa', events: [{ type: 'treaty.burned', date: '2025-01-01' }] },
    'empty by': { treaty: 'ottawa', events: [{ type: 'objection.raised', date: '2025-01-01', by: '' }] },
    'bad profile': { treaty: { ...getTreaty('ottawa'), id: 'mine', version: 0, status: 'gone', withdrawal: {} }, events: [] },
    'too many sources': { treaty: 'ottawa', events: [], sources: Array.from({ length: 101 }, () => 'https://example.org') },
  };

  it.each(Object.entries(bad))('%s: every issue has a code and the library’s own words', (_name, scenario) => {
    const error = failure(scenario);
    expect(error.message).not.toMatch(ZOD_WORDS);
    expect(error.issues?.length).toBeGreaterThan(0);
    for (const issue of error.issues ?? []) {
      expect(issue.code).toMatch(/^[a-z_]+$/);
      expect(issue.message).not.toMatch(ZOD_WORDS);
    }
  });

  it('keeps a schema’s own message that shows a value holding one of zod’s words, past its start', () => {
    // Only a message that begins with zod's wording is zod's; this one begins with the value shown.
    const error = failure({ treaty: 'ottawa', events: [{ type: 'decree.signed', date: { Expected: 1 } }] });
    expect(error.issues?.[0]).toEqual({
      path: 'events[0].date',
      code: 'invalid_type',
      message: '{"Expected":1} is not a date string (expected YYYY-MM-DD)',
    });
  });

  it('says the size rule with the size found', () => {
    const error = failure(bad['string too long']);
    expect(error.message).toBe('events[0].reasons: must be at most 20000 characters long (got 20001)');
    expect(error.issues?.[0]?.code).toBe('too_long');
  });
});

describe('did you mean', () => {
  it('names the field a typo meant, once, instead of calling it missing', () => {
    const error = failure({ treaty: 'ottawa', evnets: [] });
    expect(error.message).toBe('evnets: unknown field "evnets"; did you mean "events"?');
    expect(error.issues).toEqual([
      { path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"; did you mean "events"?' },
    ]);
  });

  it('suggests optional fields and event fields by where the key is', () => {
    expect(failure({ treaty: 'ottawa', asof: '2025-01-01', events: [] }).message).toBe(
      'asof: unknown field "asof"; did you mean "asOf"?',
    );
    expect(
      failure({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-01-01', laterdate: '2026-01-01' }] })
        .message,
    ).toBe('events[0].laterdate: unknown field "laterdate"; did you mean "laterDate"?');
    expect(
      failure({ treaty: 'ottawa', events: [{ type: 'objection.raised', date: '2025-01-01', bye: 'X', by: 'Y' }] }).message,
    ).toBe('events[0].bye: unknown field "bye"; did you mean "by"?');
  });

  it('suggests event types and treaty ids', () => {
    expect(failure({ treaty: 'ottawa', events: [{ type: 'instrument.deposted', date: '2025-01-01' }] }).message).toBe(
      'events[0].type: "instrument.deposted" is not an event type; did you mean "instrument.deposited"?',
    );
    expect(failure({ treaty: 'otawa', events: [] }).message).toBe('treaty: unknown treaty "otawa"; did you mean "ottawa"?');
  });

  it('does not guess from a short word or a distant one', () => {
    expect(failure({ treaty: 'ottawa', events: [{ type: 'law.signed', date: '2025-01-01', by: 'x' }] }).message).toBe(
      'events[0].by: unknown field "by"',
    );
  });
});

describe('refusals', () => {
  it('never list the refused event among the allowed ones', () => {
    const error = failure({ treaty: 'ottawa', events: [{ type: 'armedConflict.ended', date: '2025-01-01' }] });
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.allowedEvents).not.toContain('armedConflict.ended');
    expect(error.allowedEvents).toContain('armedConflict.started');
    const applied = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'armedConflict.ended', date: '2025-01-01' });
    expect(!applied.ok && applied.error.allowedEvents).not.toContain('armedConflict.ended');
  });

  it('say the event once, after its path', () => {
    const revoked = failure({ treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] });
    expect(revoked.message).toMatch(/^events\[0\] \(notification\.revoked on 2025-01-01\): nothing has been deposited yet/);
    expect(revoked.message.match(/notification\.revoked on 2025-01-01/g)).toHaveLength(1);
    const late = failure({
      treaty: 'ottawa',
      events: [
        { type: 'clock.advanced', date: '2025-06-01' },
        { type: 'decree.signed', date: '2025-06-01' },
        { type: 'instrument.deposited', date: '2025-07-01' },
        { type: 'notification.revoked', date: '2027-01-01' },
      ],
    });
    expect(late.message.match(/notification\.revoked on 2027-01-01/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('give an event that is not an object a coded, bounded refusal', () => {
    const applied = applyEvent(initialSnapshot({ treaty: 'ottawa' }), 'x'.repeat(1_000_000));
    expect(applied.ok).toBe(false);
    if (!applied.ok) {
      expect(applied.error.code).toBe('INVALID_EVENT');
      expect(applied.error.issues?.[0]?.code).toBe('invalid_type');
      expect(applied.error.message.length).toBeLessThan(200);
    }
  });
});

describe('error helpers from zod', () => {
  it('write paths with any kind of key', () => {
    expect(formatPath([Symbol('s'), 'a b', 0, 'ok'])).toBe('["Symbol(s)"]["a b"][0].ok');
    expect(formatPath(['date'], 'event')).toBe('event.date');
  });

  it('from zod: count further problems, name several unknown fields, and keep the event', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number(), c: z.boolean() });
    const three = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 1, b: 'x', c: 0 }).error as z.ZodError);
    expect(three.message).toBe('a: must be a string (and 2 more problems)');
    const two = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 'x', c: 0 }).error as z.ZodError, {
      input: { a: 'x', b: 'x', c: 0 },
    });
    expect(two.message).toBe('b: must be a number, got "x" (and 1 more problem)');
    const one = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 1, c: 0 }).error as z.ZodError, {
      input: { a: 'x', b: 1, c: 0 },
    });
    expect(one.message).toBe('c: must be a boolean, got 0');
    expect('event' in one).toBe(false);

    const extra = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 1, c: true, d: 1, e: 2 }).error as z.ZodError, {
      event: { type: 'x' },
    });
    expect(extra.message).toBe('value: unknown fields "d", "e"');
    expect(extra.path).toBe('');
    expect(extra.event).toEqual({ type: 'x' });

    const empty = errorFromZod('INVALID_INPUT', new z.ZodError([]), { subject: 'scenario' });
    expect(empty.message).toBe('scenario: is invalid');
    expect(errorFromZod('INVALID_INPUT', new z.ZodError([])).message).toBe('value: is invalid');
  });
});

describe('formatPath', () => {
  it('writes paths as a person reads them', () => {
    expect(formatPath(['events', 3, 'date'])).toBe('events[3].date');
    expect(formatPath(['treaty', 'withdrawal', 'effect'])).toBe('treaty.withdrawal.effect');
    expect(formatPath(['a-b', 'c d'])).toBe('["a-b"]["c d"]');
    expect(formatPath([0], 'events')).toBe('events[0]');
    expect(formatPath(['x'], 'scenario')).toBe('scenario.x');
    expect(formatPath([])).toBe('');
  });

  it('shows an identifier of up to 40 characters bare, and quotes and cuts a longer one', () => {
    const forty = `k${'x'.repeat(39)}`;
    expect(formatPath(['a', forty])).toBe(`a.${forty}`);
    expect(formatPath(['a', `${forty}y`])).toBe(`a["k${'x'.repeat(38)}…" (41 characters)]`);
  });
});

describe('toIssues on any schema', () => {
  it('says a missing field that an unknown key is a typo of once, on the key, whatever checks the field', () => {
    expect(issuesOf(z.strictObject({ events: z.array(z.number()) }), { evnets: [] })).toEqual([
      { path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"; did you mean "events"?' },
    ]);
    const custom = issuesOf(z.strictObject({ date: z.custom<string>((v) => typeof v === 'string', 'must be a date') }), {
      dtae: 'x',
    });
    expect(custom).toEqual([{ path: 'dtae', code: 'unknown_key', message: 'unknown field "dtae"; did you mean "date"?' }]);
    // A key far from every field gets no suggestion.
    expect(issuesOf(z.strictObject({ events: z.array(z.number()) }), { zzzzzz: [] })).toContainEqual({
      path: 'zzzzzz',
      code: 'unknown_key',
      message: 'unknown field "zzzzzz"',
    });
  });

  it('suggests a missing field for a typo without the input too, from zod’s own account of what is absent', () => {
    const schema = z.strictObject({ events: z.array(z.number()), title: z.string().optional() });
    const typo = { path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"; did you mean "events"?' };
    expect(issuesOf(schema, { evnets: [] }, false)).toEqual([typo]);
    // A field present with a wrong value is not missing: the typo gets no suggestion of it, and both are said.
    expect(issuesOf(schema, { events: 'x', evnets: [] }, false)).toEqual([
      { path: 'events', code: 'invalid_type', message: 'must be an array' },
      { path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"' },
    ]);
  });

  it('puts a typo with a suggestion first, and keeps zod’s order for the rest', () => {
    const schema = z.strictObject({ a: z.number(), events: z.array(z.number()) });
    const [first, ...rest] = issuesOf(schema, { a: 'x', evnets: [] });
    expect(first).toEqual({ path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"; did you mean "events"?' });
    expect(rest.map((issue) => issue.path)).toEqual(['a']);
    // An unknown key with no suggestion is no fix: it stays where zod put it, after the wrong value.
    expect(issuesOf(schema, { a: 'x', events: [], zzzzzz: 1 }).map((issue) => issue.path)).toEqual(['a', 'zzzzzz']);
  });

  it('counts sizes in characters for strings, in items for arrays and sets, and bare for numbers', () => {
    expect(issuesOf(z.string().max(3), 'abcd')).toEqual([
      { path: '', code: 'too_long', message: 'must be at most 3 characters long (got 4)' },
    ]);
    expect(issuesOf(z.array(z.number()).max(2), [1, 2, 3])).toEqual([
      { path: '', code: 'too_big', message: 'must have at most 2 items (got 3)' },
    ]);
    expect(issuesOf(z.set(z.number()).max(2), new Set([1, 2, 3]))).toEqual([
      { path: '', code: 'too_big', message: 'must have at most 2 items' },
    ]);
    expect(issuesOf(z.number().max(3), 5)).toEqual([{ path: '', code: 'too_big', message: 'must be at most 3' }]);
  });

  it('says a size rule its own way even where the schema words it', () => {
    expect(issuesOf(z.string().max(3, { error: 'my own words' }), 'abcd')).toEqual([
      { path: '', code: 'too_long', message: 'must be at most 3 characters long (got 4)' },
    ]);
    expect(issuesOf(z.array(z.number()).min(2, { error: 'my own words' }), [1])).toEqual([
      { path: '', code: 'too_small', message: 'must have at least 2 items' },
    ]);
  });

  it('lists a discriminator’s options without the input, and names the value and a near match with it', () => {
    const union = z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]);
    expect(issuesOf(union, { type: 'c' }, false)).toEqual([
      { path: 'type', code: 'invalid_value', message: 'must be one of "a", "b"' },
    ]);
    expect(issuesOf(union, { type: 'c' })).toEqual([
      { path: 'type', code: 'unknown_event_type', message: '"c" is not an event type; did you mean "a"?' },
    ]);
  });
});

describe('toIssues: what the input shows', () => {
  it('calls a field required whether it is missing or given as undefined, with the input or without it', () => {
    const schema = z.object({ a: z.string() });
    const required = [{ path: 'a', code: 'required', message: 'is required' }];
    expect(issuesOf(schema, {})).toEqual(required);
    expect(issuesOf(schema, {}, false)).toEqual(required);
    expect(issuesOf(schema, { a: undefined })).toEqual(required);
    expect(issuesOf(schema, { a: 5 })).toEqual([{ path: 'a', code: 'invalid_type', message: 'must be a string, got 5' }]);
  });

  it('does not read a preprocessed value’s path in the raw input', () => {
    // The path [0] is in the array made from the string, not in the string: no length or value is quoted from 'ab,c'.
    const split = (schema: z.ZodType) => z.preprocess((v) => String(v).split(','), z.array(schema));
    expect(issuesOf(split(z.string().max(1)), 'ab,c')).toEqual([
      { path: '[0]', code: 'too_long', message: 'must be at most 1 character long' },
    ]);
    expect(issuesOf(split(z.enum(['a', 'b'])), 'ab,c')).toEqual([
      { path: '[0]', code: 'invalid_value', message: 'must be one of "a", "b"' },
      { path: '[1]', code: 'invalid_value', message: 'must be one of "a", "b"' },
    ]);
  });

  it('never lets a getter that throws break the conversion', () => {
    const issue: z.core.$ZodIssue = { code: 'invalid_type', expected: 'string', path: ['a', 'b'], message: 'Invalid input' };
    const hostile = {
      get a(): unknown {
        throw new Error('no');
      },
    };
    expect(toIssues([issue], { input: hostile })).toEqual([{ path: 'a.b', code: 'required', message: 'is required' }]);
  });

  it('says sizes without the input, and exclusive bounds as such', () => {
    expect(issuesOf(z.string().max(3), 'abcd', false)).toEqual([
      { path: '', code: 'too_long', message: 'must be at most 3 characters long' },
    ]);
    expect(issuesOf(z.number().lt(3), 3)).toEqual([{ path: '', code: 'too_big', message: 'must be less than 3' }]);
    expect(issuesOf(z.number().gt(3), 3)).toEqual([{ path: '', code: 'too_small', message: 'must be more than 3' }]);
  });

  it('names a near option of an enumeration, and only from a string', () => {
    const schema = z.enum(['clamp', 'reject']);
    expect(issuesOf(schema, 'clmap')).toEqual([
      { path: '', code: 'invalid_value', message: '"clmap" is not one of "clamp", "reject"; did you mean "clamp"?' },
    ]);
    expect(issuesOf(schema, 5)).toEqual([{ path: '', code: 'invalid_value', message: '5 is not one of "clamp", "reject"' }]);
  });

  it('words formats and the issues it has no words of its own for', () => {
    expect(issuesOf(z.string().email(), 'x')).toEqual([
      { path: '', code: 'invalid_format', message: 'must be written as an email' },
    ]);
    expect(issuesOf(z.number().multipleOf(2), 3)).toEqual([{ path: '', code: 'invalid', message: 'is invalid' }]);
    expect(issuesOf(z.union([z.string(), z.number()]), true)).toEqual([{ path: '', code: 'invalid', message: 'is invalid' }]);
  });

  it('suggests nothing for several unknown keys, and still says the missing field', () => {
    expect(issuesOf(z.strictObject({ events: z.array(z.number()) }), { evnets: [], zzz: 1 })).toEqual([
      { path: 'events', code: 'required', message: 'is required' },
      { path: '', code: 'unknown_key', message: 'unknown fields "evnets", "zzz"' },
    ]);
  });

  it('names five unknown keys and counts the others', () => {
    const keys = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => [key, 1]));
    expect(issuesOf(z.strictObject({}), keys)).toEqual([
      { path: '', code: 'unknown_key', message: 'unknown fields "a", "b", "c", "d", "e", and 2 more' },
    ]);
  });

  it('words a discriminator that is missing, given as undefined, or not a string', () => {
    const union = z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]);
    const required = [{ path: 'type', code: 'required', message: 'is required' }];
    expect(issuesOf(union, {})).toEqual(required);
    expect(issuesOf(union, { type: undefined })).toEqual(required);
    expect(issuesOf(union, { type: 5 })).toEqual([
      { path: 'type', code: 'unknown_event_type', message: '5 is not one of "a", "b"' },
    ]);
  });

  it('words a discriminator other than an event’s type as a value among options', () => {
    const union = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('calendar') }),
      z.object({ kind: z.literal('term') }),
    ]);
    expect(issuesOf(union, { kind: 'calendr' })).toEqual([
      {
        path: 'kind',
        code: 'invalid_value',
        message: '"calendr" is not one of "calendar", "term"; did you mean "calendar"?',
      },
    ]);
  });

  it('builds an error for no issues with the prefix as its path, and hands the chooser of its code no issue', () => {
    const chooser = vi.fn(() => 'INVALID_EVENT' as const);
    const error = errorFromZod(chooser, new z.ZodError([]), { prefix: 'event' });
    expect(error.code).toBe('INVALID_EVENT');
    expect(chooser).toHaveBeenCalledWith(undefined);
    expect(error.path).toBe('event');
    expect(error.message).toBe('event: is invalid');
  });
});
