import * as z from 'zod';
import type { Overflow } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { CalendarDateSchema } from '../dates/schema.js';
import { describeValue } from '../errors/describe-value.js';
import { messages, wordMessage } from '../errors/messages.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import { type WithdrawalEvent, WithdrawalEventSchema } from '../machine/events.js';
import { InputFieldsSchema } from '../machine/input.js';
import { MAX_EVENTS } from '../machine/limits.js';
import type { ProcedureId } from '../procedures/catalog.js';
import {
  isRegisteredProcedure,
  registeredProcedure,
  registeredProcedureIds,
  unknownProcedureSaid,
} from '../procedures/lookup.js';
import { type ProcedureProfile, type ProcedureProfileInput, ProcedureProfileSchema } from '../procedures/schema.js';
import type { TreatyId } from '../treaties/catalog.js';
import { isRegisteredTreaty, registeredTreaty, registeredTreatyIds } from '../treaties/lookup.js';
import { unknownTreatyMessage } from '../treaties/registry.js';
import { SourceUrlSchema, type TreatyProfile, type TreatyProfileInput, TreatyProfileSchema } from '../treaties/schema.js';

export { MAX_EVENTS };

/**
 * A withdrawal scenario (design.md, contract): plain JSON that a CLI user, a web
 * form and a test can all write.
 */
export interface Scenario {
  /** The JSON Schema the file follows (`treaty-withdrawal/scenario.schema.json`), for editors; ignored. */
  readonly $schema?: string | undefined;
  /**
   * A shipped treaty id (`'ottawa'`; a typo such as `'otawa'` does not compile) or
   * an inline profile (your own through `defineTreaty`, or one of
   * `treaty-withdrawal/treaties`).
   */
  readonly treaty: TreatyId | TreatyProfileInput | TreatyProfile;
  /** Who withdraws: an ISO 3166-1 alpha-3 code or a name. */
  readonly party?: string | undefined;
  /** A shipped procedure id or an inline profile; `none` by default. */
  readonly procedure?: ProcedureId | ProcedureProfileInput | ProcedureProfile | undefined;
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

/** How a profile reference resolves: read when a scenario is parsed, not when the schema is built. */
interface ProfileLookup<P> {
  readonly ids: () => readonly string[];
  readonly find: (id: string) => P | undefined;
  readonly isKnownObject: (value: unknown) => boolean;
  readonly unknown: (id: string) => string;
}

function profileRef<P>(kind: 'treaty' | 'procedure', lookup: ProfileLookup<P>, schema: z.ZodType<P>) {
  return z.unknown().transform((value, ctx): P => {
    if (value === undefined) {
      const ids = lookup.ids();
      ctx.issues.push({
        code: 'custom',
        message: messages.profileRequired({ kind, ids }),
        input: value,
        params: { code: 'required' },
      });
      return z.NEVER;
    }
    if (typeof value === 'string') {
      const found = lookup.find(value);
      if (found !== undefined) return found;
      ctx.issues.push({ code: 'custom', message: lookup.unknown(value), input: value, params: { unknownProfile: kind } });
      return z.NEVER;
    }
    if (!isPlainObject(value)) {
      ctx.issues.push({
        code: 'custom',
        message: messages.profileNotIdOrObject({ kind, got: describeValue(value) }),
        input: value,
      });
      return z.NEVER;
    }
    if (lookup.isKnownObject(value)) return value as P;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  });
}

const TreatyRefSchema = /* @__PURE__ */ profileRef<TreatyProfile>(
  'treaty',
  {
    ids: registeredTreatyIds,
    find: registeredTreaty,
    isKnownObject: isRegisteredTreaty,
    unknown: (id) => unknownTreatyMessage(id),
  },
  TreatyProfileSchema as z.ZodType<TreatyProfile>,
);

const ProcedureRefSchema = /* @__PURE__ */ profileRef<ProcedureProfile>(
  'procedure',
  {
    ids: registeredProcedureIds,
    find: registeredProcedure,
    isKnownObject: isRegisteredProcedure,
    unknown: (id) => wordMessage(unknownProcedureSaid(id)),
  },
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
  $schema: z.string().max(2000).optional(),
  treaty: TreatyRefSchema,
  party: InputFieldsSchema.party,
  procedure: ProcedureRefSchema.optional().transform((profile) => profile ?? (registeredProcedure('none') as ProcedureProfile)),
  entryIntoForce: InputFieldsSchema.entryIntoForce,
  events: z.array(WithdrawalEventSchema).max(MAX_EVENTS, messages.tooManyScenarioEvents({ max: MAX_EVENTS })),
  asOf: CalendarDateSchema.optional(),
  overflow: InputFieldsSchema.overflow,
  title: z.string().max(300).optional(),
  note: z.string().max(5000).optional(),
  sources: z.array(SourceUrlSchema).max(100).optional(),
}) as unknown as z.ZodType<ParsedScenario, Scenario>;
