import * as z from 'zod';
import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { type Message, message, wordFrom } from '../errors/messages.js';
import { toolMessages } from '../errors/tool-messages.js';
import { WithdrawalError } from '../errors/withdrawal-error.js';
import type { Warning } from '../explanation/types.js';
import { canonicalJson, checksum } from '../internal/checksum.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import { isRegisteredProcedure, registeredProcedure } from '../procedures/lookup.js';
import type { ProcedureProfile } from '../procedures/schema.js';
import { isRegisteredTreaty, registeredTreaty } from '../treaties/lookup.js';
import type { TreatyProfile } from '../treaties/schema.js';
import type { WithdrawalSnapshot } from './apply.js';
import { stateConfigs, stateOf } from './apply.js';
import { type Outcome, type WithdrawalContext, WithdrawalContextSchema } from './context.js';
import { replay } from './executor.js';
import { NOTICE_TERMS, readingInput } from './input.js';
import { MAX_EVENTS } from './limits.js';
import { type WithdrawalStateValue, withdrawalMachine } from './machine.js';
import { toSegments } from './segments.js';

/**
 * Identifies the envelope format.
 *
 * @example
 * SNAPSHOT_FORMAT;
 * //=> 'treaty-withdrawal/snapshot'
 */
export const SNAPSHOT_FORMAT = 'treaty-withdrawal/snapshot';
/**
 * The envelope schema version this library writes and reads. Version 2 (0.2)
 * keeps the log of applied events in the context instead of the explanation,
 * which is derived from it (`explanationOf`). Version 3 (0.3) keeps the lists
 * that grow at each event (the log, the armed conflicts, a suspension's
 * objections) in segments, as the context does (segments.ts); an envelope of
 * version 2 is still read.
 *
 * @example
 * SNAPSHOT_SCHEMA_VERSION;
 * //=> 3
 */
export const SNAPSHOT_SCHEMA_VERSION = 3;

const stateNames = Object.keys(stateConfigs) as [WithdrawalStateValue, ...WithdrawalStateValue[]];
/**
 * An envelope of version 2 written before `effectTerms` existed holds the later
 * date at the top of the context, and none of the events that change the other
 * terms: move it in (the checksum was taken over the envelope as written).
 */
function withEffectTerms(raw: Record<string, unknown>): Record<string, unknown> {
  const context = raw.context;
  if (!isPlainObject(context) || 'effectTerms' in context || !('laterDate' in context)) return raw;
  const { laterDate, ...rest } = context as Record<string, unknown>;
  return { ...raw, context: { ...rest, effectTerms: { ...NOTICE_TERMS, laterDate } } };
}

/**
 * An envelope of version 2 holds the growing lists flat: put them in segments
 * (the checksum was taken over the envelope as written, and is checked on it).
 */
function withSegments(raw: Record<string, unknown>): Record<string, unknown> {
  const context = raw.context;
  if (raw.schemaVersion !== 2 || !isPlainObject(context)) return raw;
  const segmented = (list: unknown) => (Array.isArray(list) ? toSegments(list) : list);
  const { log, conflicts, suspension } = context as Record<string, unknown>;
  return {
    ...raw,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    context: {
      ...context,
      log: segmented(log),
      conflicts: segmented(conflicts),
      suspension: isPlainObject(suspension)
        ? { ...suspension, objections: segmented((suspension as Record<string, unknown>).objections) }
        : suspension,
    },
  };
}

/** How many events an envelope's log holds, flat (version 2) or in segments. */
function logSize(log: unknown): number {
  if (!Array.isArray(log)) return 0;
  let size = 0;
  for (const item of log) size += Array.isArray(item) ? item.length : 1;
  return size;
}

const ProfileRefSchema = z.strictObject({ id: z.string().max(64), version: z.int(), shipped: z.boolean() }).readonly();

const EnvelopeSchema = z
  .strictObject({
    /** Always `treaty-withdrawal/snapshot`. */
    format: z.literal(SNAPSHOT_FORMAT),
    /** The envelope schema version. */
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    /** The treaty profile the context was built with. */
    treaty: ProfileRefSchema,
    /** The procedure profile the context was built with. */
    procedure: ProfileRefSchema,
    /** The machine state. */
    state: z.enum(stateNames),
    /** The machine context, as plain data. */
    context: WithdrawalContextSchema,
    /**
     * Checksum of every other field (key order does not matter), to catch
     * corruption. Integrity, not security: anyone can recompute it, so it proves
     * nothing about who made the envelope; sign it yourself across a trust boundary.
     */
    checksum: z.string().max(64),
  })
  .readonly();

/**
 * A persisted withdrawal: JSON-safe, versioned and checksummed. Store it as it
 * is (a JSON column, a file) and give it back to {@link fromPersisted}. Its
 * type is the schema `fromPersisted` validates against.
 */
export type PersistedWithdrawal = z.output<typeof EnvelopeSchema>;

/** The checksum covers everything but itself, so any changed field is caught. */
function integrity(envelope: Omit<PersistedWithdrawal, 'checksum'> | Record<string, unknown>): string {
  const { format, schemaVersion, treaty, procedure, state, context } = envelope as Record<string, unknown>;
  return checksum(canonicalJson({ format, schemaVersion, treaty, procedure, state, context }));
}

/**
 * Turns a snapshot into a JSON-safe, versioned envelope to store.
 *
 * @throws {WithdrawalError} `INVALID_SNAPSHOT` for a snapshot the machine did
 * not make (a JSON copy, a `value` that is not one of its states) or of an
 * actor stopped with an error;
 * `INVALID_INPUT` for one that cannot be read.
 * @example
 * const envelope = toPersisted(initialSnapshot({ treaty: 'ottawa' }));
 * envelope.state;
 * //=> 'procedure'
 * envelope.treaty;
 * //=> { id: 'ottawa', version: 1, shipped: true }
 */
export function toPersisted(snapshot: WithdrawalSnapshot): PersistedWithdrawal {
  return readingInput('snapshot', () => persistReadable(snapshot));
}

function persistReadable(snapshot: WithdrawalSnapshot): PersistedWithdrawal {
  const state = stateOf(snapshot);
  const context = snapshot.context;
  const envelope = {
    format: SNAPSHOT_FORMAT,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    treaty: { id: context.treaty.id, version: context.treaty.version, shipped: isRegisteredTreaty(context.treaty) },
    procedure: {
      id: context.procedure.id,
      version: context.procedure.version,
      shipped: isRegisteredProcedure(context.procedure),
    },
    state,
    context,
  } as const;
  return { ...envelope, checksum: integrity(envelope) };
}

/** The error of a snapshot refused, its message prefixed with the path of what is wrong. */
function invalid(said: Message, path?: string): WithdrawalError {
  const worded = wordFrom(toolMessages, said, undefined);
  return new WithdrawalError(
    {
      code: 'INVALID_SNAPSHOT',
      message: path === undefined ? worded : `${path}: ${worded}`,
      ...(path !== undefined && { path }),
    },
    said,
  );
}

function restoreProfile<P extends TreatyProfile | ProcedureProfile>(
  kind: 'treaty' | 'procedure',
  ref: { id: string; version: number; shipped: boolean },
  profile: P,
  find: (id: string) => P | undefined,
): P {
  if (ref.id !== profile.id || ref.version !== profile.version) {
    throw invalid(
      message('snapshot.profileMismatch', {
        kind,
        id: ref.id,
        version: ref.version,
        ownId: profile.id,
        ownVersion: profile.version,
      }),
      kind,
    );
  }
  if (!ref.shipped) return profile;
  const current = find(ref.id);
  if (!current) throw invalid(message('snapshot.profileGone', { kind, id: ref.id }), kind);
  if (current.version !== ref.version) {
    throw invalid(message('snapshot.profileVersion', { kind, id: ref.id, version: ref.version, current: current.version }), kind);
  }
  if (canonicalJson(current) !== canonicalJson(profile)) {
    throw invalid(message('snapshot.profileDiffers', { kind, id: ref.id }), kind);
  }
  return current;
}

const outcomeOfState = (state: WithdrawalStateValue): Outcome | undefined => stateConfigs[state].meta?.outcome;

function checkConsistency(state: WithdrawalStateValue, context: WithdrawalContext): void {
  const last = context.timeline[context.timeline.length - 1];
  const outcome = outcomeOfState(state);
  if (last ? last.stage !== outcome : outcome !== 'in-procedure') {
    throw invalid(message('snapshot.stateNotTimeline', { state, stage: last?.stage }), 'state');
  }
  const needs: Partial<Record<WithdrawalStateValue, (keyof WithdrawalContext)[]>> = {
    suspensionPending: ['suspension'],
    suspensionContested: ['suspension'],
    suspended: ['suspension'],
    // An agreement or the end of membership can fix the date of effect without a deposit.
    noticePeriod: ['noticeExpiresOn'],
    deferred: ['receivedOn', 'noticeExpiresOn'],
    effective: ['effectiveOn'],
    revoked: ['receivedOn', 'noticeExpiresOn', 'revokedOn'],
  };
  for (const key of needs[state] ?? []) {
    if (context[key] === null) throw invalid(message('snapshot.stateNeeds', { state, key }), `context.${key}`);
  }
}

/**
 * The replayed warnings as a snapshot written before warnings kept their
 * `wording` (0.3) holds them: without it where the persisted warning has none.
 */
function asPersisted(replayed: readonly Warning[], persisted: readonly Warning[]): readonly Warning[] {
  return replayed.map((warning, i) => {
    if (persisted[i]?.wording !== undefined || warning.wording === undefined) return warning;
    const { wording: _, ...rest } = warning;
    return rest;
  });
}

/** The context must be what its own log of events produces: replayed, the same state and the same data. */
function checkLog(state: WithdrawalStateValue, context: WithdrawalContext): void {
  // Replayed without a log of its own: each of the log's events, applied, is
  // logged once (executor.ts holds every transition to one logging action), so
  // a replay that takes them all has exactly this log.
  const replayed = replay(context, {});
  if (replayed === undefined) throw invalid(message('snapshot.logRefused'), 'context.log');
  const warnings = asPersisted(replayed.context.warnings, context.warnings);
  if (
    replayed.state.name !== state ||
    canonicalJson({ ...replayed.context, log: context.log, warnings }) !== canonicalJson(context)
  ) {
    throw invalid(message('snapshot.logMismatch'), 'context.log');
  }
}

/**
 * Restores a snapshot from an envelope made by `toPersisted` (as an object
 * or a JSON string). Everything is validated: format, schema version, profile
 * versions, the context field by field, the checksum, and that the state and
 * context are what the context's own log of events produces when replayed.
 *
 * @throws {WithdrawalError} `INVALID_SNAPSHOT` naming what is wrong.
 * @example
 * const stored = JSON.stringify(toPersisted(initialSnapshot({ treaty: 'ottawa' })));
 * fromPersisted(stored).value;
 * //=> 'procedure'
 */
export function fromPersisted(envelope: unknown): WithdrawalSnapshot {
  return readingInput('snapshot', () => restoreReadable(envelope));
}

function restoreReadable(envelope: unknown): WithdrawalSnapshot {
  let value = envelope;
  if (typeof envelope === 'string') {
    try {
      value = JSON.parse(envelope);
    } catch {
      throw invalid(message('snapshot.notJson'));
    }
  }
  if (!isPlainObject(value)) {
    throw invalid(message('snapshot.notObject', { got: describeValue(value) }));
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== SNAPSHOT_FORMAT) {
    throw invalid(message('snapshot.notFormat', { got: describeValue(raw.format) }), 'format');
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > SNAPSHOT_SCHEMA_VERSION) {
    throw invalid(
      message('snapshot.newerSchema', { version: raw.schemaVersion, reads: SNAPSHOT_SCHEMA_VERSION }),
      'schemaVersion',
    );
  }
  if (raw.schemaVersion === 1) {
    throw invalid(message('snapshot.schemaWithoutLog'), 'schemaVersion');
  }
  // Refuse an oversized log before validating (and replaying) each of its events.
  const size = logSize(isPlainObject(raw.context) ? (raw.context as { log?: unknown }).log : undefined);
  if (size > MAX_EVENTS) {
    throw invalid(message('snapshot.logTooLong', { count: size, max: MAX_EVENTS }), 'context.log');
  }
  const parsed = EnvelopeSchema.safeParse(withSegments(withEffectTerms(raw)));
  if (!parsed.success) throw errorFromZod('INVALID_SNAPSHOT', parsed.error, { input: value });
  const { state, checksum: expected } = parsed.data;
  if (integrity(raw) !== expected) {
    throw invalid(message('snapshot.checksum'), 'checksum');
  }
  const context = parsed.data.context;
  const restored: WithdrawalContext = {
    ...context,
    treaty: restoreProfile('treaty', parsed.data.treaty, context.treaty, registeredTreaty),
    procedure: restoreProfile('procedure', parsed.data.procedure, context.procedure, registeredProcedure),
  };
  checkConsistency(state, restored);
  checkLog(state, restored);
  return withdrawalMachine.resolveState({ value: state, context: restored });
}
