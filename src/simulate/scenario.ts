import * as z from 'zod';
import { messages } from '../errors/messages.js';
import { closest } from '../internal/closest.js';
import type { Overflow } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { CalendarDateSchema } from '../dates/schema.js';
import { describeValue } from '../errors/withdrawal-error.js';
import { type WithdrawalEvent, WithdrawalEventSchema } from '../machine/events.js';
import { InputFieldsSchema } from '../machine/input.js';
import { getProcedure, procedureIds, procedures, type ProcedureId } from '../procedures/registry.js';
import { type ProcedureProfile, type ProcedureProfileInput, ProcedureProfileSchema } from '../procedures/schema.js';
import { getTreaty, isTreatyId, treaties, treatyIds, type TreatyId } from '../treaties/registry.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import {
  SourceUrlSchema,
  type TreatyProfile,
  type TreatyProfileInput,
  TreatyProfileSchema,
} from '../treaties/schema.js';

import { MAX_EVENTS } from '../machine/limits.js';

export { MAX_EVENTS };

/**
 * A withdrawal scenario (design.md, contract): plain JSON that a CLI user, a web
 * form and a test can all write.
 */
export interface Scenario {
  /** A shipped treaty id (`'ottawa'`) or an inline profile. */
  readonly treaty: TreatyId | (string & {}) | TreatyProfileInput | TreatyProfile;
  /** Who withdraws: an ISO 3166-1 alpha-3 code or a name. */
  readonly party?: string | undefined;
  /** A shipped procedure id or an inline profile; `none` by default. */
  readonly procedure?: ProcedureId | (string & {}) | ProcedureProfileInput | ProcedureProfile | undefined;
  /** When the treaty entered into force for the party. */
  readonly entryIntoForce?: CalendarDate | undefined;
  /** Dated events, applied in date order (same date: the order given). */
  readonly events: readonly WithdrawalEvent[];
  /** Answer as of this date: later events are not applied. */
  readonly asOf?: CalendarDate | undefined;
  /** Month-end policy for period arithmetic; `constrain` by default. */
  readonly overflow?: Overflow | undefined;
  /** A title for people. */
  readonly title?: string | undefined;
  /** Notes for people. */
  readonly note?: string | undefined;
  /** Where the facts come from. */
  readonly sources?: readonly string[] | undefined;
}

/** A scenario once validated, with its profiles resolved. */
export interface ParsedScenario extends Omit<Scenario, 'treaty' | 'procedure'> {
  readonly treaty: TreatyProfile;
  readonly procedure: ProcedureProfile;
}

function profileRef<P>(
  kind: 'treaty' | 'procedure',
  ids: readonly string[],
  lookup: (id: string) => P,
  isKnown: (id: string) => boolean,
  shipped: readonly unknown[],
  schema: z.ZodType<P>,
) {
  return z.unknown().transform((value, ctx): P => {
    if (value === undefined) {
      ctx.issues.push({
        code: 'custom',
        message: `is required: a ${kind} id (${ids.slice(0, 4).join(', ')}, …) or a profile object`,
        input: value,
        params: { code: 'required' },
      });
      return z.NEVER;
    }
    if (typeof value === 'string') {
      if (isKnown(value)) return lookup(value);
      ctx.issues.push({
        code: 'custom',
        message: messages.unknownProfile({ kind, got: describeValue(value), suggested: closest(value, ids), known: ids }),
        input: value,
        params: { unknownProfile: kind },
      });
      return z.NEVER;
    }
    if (!isPlainObject(value)) {
      ctx.issues.push({ code: 'custom', message: `expected a ${kind} id or a profile object, got ${describeValue(value)}`, input: value });
      return z.NEVER;
    }
    if (shipped.includes(value)) return value as P;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  });
}

const TreatyRefSchema = profileRef<TreatyProfile>(
  'treaty',
  treatyIds,
  getTreaty,
  isTreatyId,
  treaties,
  TreatyProfileSchema as z.ZodType<TreatyProfile>,
);

const ProcedureRefSchema = profileRef<ProcedureProfile>(
  'procedure',
  procedureIds,
  getProcedure,
  (id) => procedureIds.includes(id as ProcedureId),
  procedures,
  ProcedureProfileSchema as z.ZodType<ProcedureProfile>,
);

/**
 * zod schema of a scenario. It validates everything, resolves `treaty` and
 * `procedure` to profiles, and names the path of each problem
 * (`events[3].date: 2025-02-30 is not a calendar date`).
 *
 * @example
 * ScenarioSchema.safeParse({ treaty: 'ottawa', events: [] }).success;
 * //=> true
 * ScenarioSchema.safeParse({ treaty: 'ottawa', events: [{ type: 'law.signed', date: '2025-02-30' }] }).success;
 * //=> false
 */
export const ScenarioSchema: z.ZodType<ParsedScenario, Scenario> = z.strictObject({
  treaty: TreatyRefSchema,
  party: InputFieldsSchema.party,
  procedure: ProcedureRefSchema.optional().transform((profile) => profile ?? getProcedure('none')),
  entryIntoForce: InputFieldsSchema.entryIntoForce,
  events: z.array(WithdrawalEventSchema).max(MAX_EVENTS, `at most ${MAX_EVENTS} events`),
  asOf: CalendarDateSchema.optional(),
  overflow: InputFieldsSchema.overflow,
  title: z.string().max(300).optional(),
  note: z.string().max(5000).optional(),
  sources: z.array(SourceUrlSchema).max(100).optional(),
}) as unknown as z.ZodType<ParsedScenario, Scenario>;
