import * as z from 'zod';
import type { Overflow } from '../dates/arithmetic.js';
import { type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { CalendarDateSchema, OverflowSchema } from '../dates/schema.js';
import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { message, messages } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { wordedError } from '../errors/worded-error.js';
import { canonicalJson } from '../internal/checksum.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import type { ProcedureId } from '../procedures/catalog.js';
import { registeredProcedure } from '../procedures/lookup.js';
import { resolveProcedure } from '../procedures/registry.js';
import type { ProcedureProfile, ProcedureProfileInput } from '../procedures/schema.js';
import type { TreatyId } from '../treaties/catalog.js';
import { registeredTreaty } from '../treaties/lookup.js';
import { resolveTreaty } from '../treaties/registry.js';
import type { TreatyProfile, TreatyProfileInput } from '../treaties/schema.js';
import type { EffectTerms, WithdrawalContext } from './context.js';
import { UNCONFIGURED } from './logic.js';

/**
 * What the machine is started with: the scenario's own fields (design.md,
 * contract), so `createActor(withdrawalMachine, { input })` takes the values a
 * scenario holds.
 */
export interface WithdrawalInput {
  /** A shipped treaty id (`'ottawa'`) or a profile of your own. */
  readonly treaty: TreatyId | TreatyProfileInput | TreatyProfile;
  /** A shipped procedure id or a profile of your own; `none` by default. */
  readonly procedure?: ProcedureId | ProcedureProfileInput | ProcedureProfile | undefined;
  /** Who withdraws: an ISO 3166-1 alpha-3 code or a name. */
  readonly party?: string | undefined;
  /** When the treaty entered into force for the party (`YYYY-MM-DD`). */
  readonly entryIntoForce?: CalendarDate | undefined;
  /** Month-end policy for period arithmetic; `constrain` by default. */
  readonly overflow?: Overflow | undefined;
}

/** Validates the simple fields of the input (profiles are resolved separately). */
export const InputFieldsSchema = {
  party: z.string().trim().min(1).max(200).optional(),
  entryIntoForce: CalendarDateSchema.optional(),
  overflow: OverflowSchema.optional(),
};

/** The input's simple fields (profiles are resolved separately). */
export const InputSchema = z.looseObject(InputFieldsSchema);

function parseFields(input: object): z.output<typeof InputSchema> {
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) throw errorFromZod('INVALID_INPUT', parsed.error, { input });
  return parsed.data;
}

/**
 * True when `InputSchema` would accept the simple fields unchanged: each absent,
 * or a party name with nothing to trim and at most 200 characters, a calendar
 * date, a known overflow policy.
 */
export function fieldsNeedNoParsing(input: object): boolean {
  const { party, entryIntoForce, overflow } = input as Record<string, unknown>;
  return (
    (party === undefined || (typeof party === 'string' && party.length > 0 && party.length <= 200 && party.trim() === party)) &&
    (entryIntoForce === undefined || isCalendarDate(entryIntoForce)) &&
    (overflow === undefined || overflow === 'constrain' || overflow === 'reject')
  );
}

/** The profiles and fields of an input, once validated. */
export interface ResolvedInput {
  readonly treaty: TreatyProfile;
  readonly procedure: ProcedureProfile;
  readonly party: string | null;
  readonly entryIntoForce: CalendarDate | null;
  readonly overflow: Overflow;
}

/** The terms of a withdrawal governed by the treaty's own period, with nothing outstanding. */
export const NOTICE_TERMS: EffectTerms = {
  basis: 'notice',
  laterDate: null,
  fixedOn: null,
  obligationsOutstandingSince: null,
  membershipEnd: null,
};

/** The context of a machine that has seen no event yet. */
export function initialContext(input: ResolvedInput): WithdrawalContext {
  return {
    treaty: input.treaty,
    procedure: input.procedure,
    party: input.party,
    entryIntoForce: input.entryIntoForce,
    overflow: input.overflow,
    date: null,
    domestic: [],
    conflicts: [],
    receivedOn: null,
    reasons: null,
    noticeExpiresOn: null,
    effectiveOn: null,
    revokedOn: null,
    suspension: null,
    suspensions: [],
    timeline: [],
    log: [],
    warnings: [],
    effectTerms: NOTICE_TERMS,
  };
}

// `readingInput` and `unreadable` live in src/errors so that the profile
// registries can use them without importing the machine.
export { readingInput, unreadable } from '../errors/reading.js';

/**
 * A custom profile may not reuse a shipped (registered) id with other rules: a snapshot, a
 * result or a log line naming a shipped id must mean the shipped profile.
 * A copy identical to the shipped profile is the shipped profile; one that
 * differs is refused with `INVALID_PROFILE` (give it an id of its own).
 */
export function ownOrShipped<P extends TreatyProfile | ProcedureProfile>(
  kind: 'treaty' | 'procedure',
  profile: P,
  registered: (id: string) => P | undefined,
): P {
  const same = registered(profile.id);
  if (same === undefined || same === profile) return profile;
  if (canonicalJson(same) === canonicalJson(profile)) return same;
  throw wordedError('INVALID_PROFILE', message('shippedIdTaken', { kind, id: profile.id }), { path: `${kind}.id` });
}

/**
 * Validates a machine input and resolves its profiles.
 *
 * @throws {WithdrawalError} `INVALID_INPUT`, `UNKNOWN_TREATY`, `UNKNOWN_PROCEDURE`
 * or `INVALID_PROFILE`, naming the field.
 */
export function resolveInput(input: unknown): ResolvedInput {
  return readingInput('input', () => resolveReadableInput(input));
}

function resolveReadableInput(input: unknown): ResolvedInput {
  if (!isPlainObject(input)) {
    throw wordedError('INVALID_INPUT', message('inputNotObject', { got: describeValue(input) }));
  }
  // An actor pays for this on every start: take the common case (fields
  // absent or already in their final form) without zod, whose result it
  // equals (a test holds them together), and let zod judge everything else.
  const fields = fieldsNeedNoParsing(input) ? (input as z.output<typeof InputSchema>) : parseFields(input);
  const { treaty, procedure } = input as { treaty?: unknown; procedure?: unknown };
  if (treaty === undefined) {
    throw wordedError('INVALID_INPUT', message('treatyRequired'), { path: 'treaty' });
  }
  return {
    treaty: ownOrShipped('treaty', resolveTreaty(treaty), registeredTreaty),
    procedure: ownOrShipped('procedure', resolveProcedure(procedure), registeredProcedure),
    party: fields.party ?? null,
    entryIntoForce: fields.entryIntoForce ?? null,
    overflow: fields.overflow ?? 'constrain',
  };
}

let unconfigured: WithdrawalContext | undefined;

/**
 * The machine's context factory. XState's pure functions (`transition`,
 * `initialTransition`) build a throwaway actor on every call and run this with no
 * input, so it must be cheap and must not throw then: without input it returns a
 * placeholder whose deposits are refused with `INVALID_INPUT`.
 */
export function contextFromInput(input: unknown): WithdrawalContext {
  if (input === undefined) {
    unconfigured ??= placeholderContext();
    return unconfigured;
  }
  return initialContext(resolveInput(input));
}

function placeholderContext(): WithdrawalContext {
  // Any valid profile will do: its deposits are refused (see checkDeposit). It is
  // written here, not taken from the catalog, so the machine never imports it.
  const rule = { article: 'none', source: 'https://treaties.un.org' };
  const treaty: TreatyProfile = {
    id: UNCONFIGURED,
    version: 1,
    name: messages['unconfigured.name'](),
    shortName: messages['unconfigured.shortName'](),
    depositary: 'none',
    status: 'in-force',
    text: rule.source,
    withdrawal: {
      basis: 'vclt-art-56',
      summary: 'none',
      effect: { kind: 'after-receipt', period: { months: 12 }, counting: 'same-day', ...rule },
      instrument: { notify: ['none'], reasons: 'not-required', ...rule },
      consequences: [],
    },
    suspension: { provided: false, note: 'none', ...rule },
  };
  return initialContext({
    treaty,
    procedure: resolveProcedure(undefined),
    party: null,
    entryIntoForce: null,
    overflow: 'constrain',
  });
}
