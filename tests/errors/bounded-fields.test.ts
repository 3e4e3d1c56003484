/**
 * Every string field has a maximum length (or a format that bounds it): a
 * megabyte in any string of a valid profile, procedure, event or scenario is
 * refused, never accepted and carried along.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  getProcedure,
  getTreaty,
  ProcedureProfileSchema,
  ScenarioSchema,
  TreatyProfileSchema,
  WithdrawalEventSchema,
} from '../../src/index.js';
import { c158, genocide, sunset } from '../clause-profiles.js';

const MEGABYTE = 'a'.repeat(1024 * 1024);

/** The path of every string in a JSON value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withValue(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withValue(copy[head], rest, replacement);
  return copy;
}

function unboundedIn(schema: z.ZodType, sample: unknown): string[] {
  expect(schema.safeParse(sample).success).toBe(true);
  return stringPaths(sample)
    .filter((path) => schema.safeParse(withValue(sample, path, MEGABYTE)).success)
    .map((path) => path.join('.'));
}

const events = [
  { type: 'decree.signed', date: '2025-01-01', note: 'n', source: 'https://example.org/a' },
  {
    type: 'instrument.deposited',
    date: '2025-01-01',
    laterDate: '2026-01-01',
    reasons: 'r',
    note: 'n',
    source: 'https://example.org/a',
  },
  {
    type: 'suspension.notified',
    date: '2025-01-01',
    ground: 'fundamental-change',
    reasons: 'r',
    objectionPeriodEndsOn: '2025-05-01',
  },
  { type: 'objection.raised', date: '2025-01-01', by: 'X' },
  { type: 'objection.withdrawn', date: '2025-01-01', by: 'X' },
  { type: 'suspension.rejected', date: '2025-01-01', by: 'X' },
  { type: 'dispute.settled', date: '2025-01-01', outcome: 'suspension-upheld', by: 'X' },
];

describe('every string field is bounded', () => {
  it.each(['ottawa', 'icsid', 'paris-agreement', 'unesco-constitution'])('in the treaty profile %s', (id) => {
    expect(unboundedIn(TreatyProfileSchema, JSON.parse(JSON.stringify(getTreaty(id))))).toEqual([]);
  });

  it.each([
    ['c158', c158],
    ['genocide', genocide],
    ['sunset', sunset],
  ])('in the clause profile %s', (_name, profile) => {
    expect(unboundedIn(TreatyProfileSchema, JSON.parse(JSON.stringify(profile)))).toEqual([]);
  });

  it.each(['ukraine', 'poland', 'parliamentary'])('in the procedure %s', (id) => {
    expect(unboundedIn(ProcedureProfileSchema, JSON.parse(JSON.stringify(getProcedure(id))))).toEqual([]);
  });

  it.each(events.map((e) => [e.type, e] as const))('in the event %s', (_type, event) => {
    expect(unboundedIn(WithdrawalEventSchema, event)).toEqual([]);
  });

  it('in a scenario', () => {
    const scenario = {
      treaty: 'ottawa',
      party: 'X',
      procedure: 'none',
      entryIntoForce: '1999-03-01',
      asOf: '2026-01-01',
      title: 't',
      note: 'n',
      sources: ['https://example.org/a'],
      events: [events[1]],
    };
    expect(unboundedIn(ScenarioSchema, scenario)).toEqual([]);
  });
});
