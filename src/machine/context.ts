import type { Overflow } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Warning } from '../explanation/types.js';
import type { ProcedureProfile } from '../procedures/schema.js';
import type { TreatyProfile } from '../treaties/schema.js';
import type { DomesticEvent, WithdrawalEvent } from './events.js';

/**
 * Where a withdrawal stands (the contract's `outcome`):
 * - `in-procedure`: domestic steps under way, nothing deposited;
 * - `notice-period`: deposited, the period is running;
 * - `deferred`: the period is over, effect deferred (an armed conflict, or obligations outstanding);
 * - `effective`: the withdrawal has taken effect;
 * - `revoked`: the notice was revoked before effect;
 * - `abandoned`: the domestic procedure failed;
 * - `suspension-pending`: a suspension was notified; the window for objections is open;
 * - `suspension-contested`: objected to, or invoked under a treaty provision the treaty does not have;
 * - `suspended`: carried out (no objection in time: VCLT Arts. 65(2), 67), or upheld.
 */
export type Outcome =
  | 'in-procedure'
  | 'notice-period'
  | 'deferred'
  | 'effective'
  | 'revoked'
  | 'abandoned'
  | 'suspension-pending'
  | 'suspension-contested'
  | 'suspended';

/** One stage of the timeline, from the day it began to the day the next began. */
export interface TimelineStage {
  /** Which stage. */
  readonly stage: Outcome;
  /** First day of the stage. */
  readonly from: CalendarDate;
  /** First day of the next stage; `null` while the stage lasts. */
  readonly to: CalendarDate | null;
}

/** A domestic event that happened, as recorded. */
export interface DomesticRecord {
  /** Which step (or a rejection). */
  readonly type: DomesticEvent['type'];
  /** When. */
  readonly date: CalendarDate;
  /** True when the procedure profile requires this step before deposit. */
  readonly required: boolean;
}

/** An armed conflict the party was engaged in. */
export interface ConflictPeriod {
  /** First day. */
  readonly from: CalendarDate;
  /** The day it ended; `null` while it continues. */
  readonly to: CalendarDate | null;
}

/** An objection to a suspension. */
export interface Objection {
  /** The objecting party. */
  readonly by: string;
  /** When it objected. */
  readonly raisedOn: CalendarDate;
  /** When it withdrew the objection; `null` while it stands. */
  readonly withdrawnOn: CalendarDate | null;
}

/** A suspension notified under VCLT Art. 65, and what became of it. */
export interface SuspensionRecord {
  /** When the other parties were notified. */
  readonly notifiedOn: CalendarDate;
  /** The ground invoked. */
  readonly ground: 'fundamental-change' | 'material-breach' | 'supervening-impossibility' | 'treaty-provision';
  /** The reasons given. */
  readonly reasons: string | null;
  /** Whether special urgency was claimed (VCLT Art. 65(2)). */
  readonly urgent: boolean;
  /** The first day on which the measure may be carried out if nobody has objected. */
  readonly objectionWindowEndsOn: CalendarDate;
  /** Objections raised. */
  readonly objections: readonly Objection[];
  /** Collective findings of the parties, e.g. a Meeting of States Parties. */
  readonly findings: readonly { readonly by: string; readonly date: CalendarDate }[];
  /** Where it stands; `superseded` when a withdrawal was deposited while it was pending or contested. */
  readonly status: 'pending' | 'contested' | 'suspended' | 'ended' | 'superseded';
}

/** A period during which the treaty's operation was validly suspended for the party. */
export interface SuspensionPeriod {
  /** First day. */
  readonly from: CalendarDate;
  /** The day it ended; `null` while it lasts. */
  readonly to: CalendarDate | null;
}

/**
 * What fixes the date of effect besides the treaty's own period, and what it
 * waits for: a later date the instrument named, an extension, an agreement,
 * the end of membership, outstanding obligations. (Kept in one field: the
 * context stays at 19 fields, see `WithdrawalContext`.)
 */
export interface EffectTerms {
  /**
   * What fixed `noticeExpiresOn`: the treaty's period (`notice`), an extension
   * by agreement (`extension`), the parties' agreement on the date of effect
   * (`agreement`, VCLT Art. 54(b)), or the end of membership of the
   * organisation (`membership`). Only a period under the treaty (`notice`,
   * `extension`) can be deferred by an armed conflict or an unmet condition.
   */
  readonly basis: 'notice' | 'extension' | 'agreement' | 'membership';
  /** A later date of effect the instrument named (where the treaty allows one). */
  readonly laterDate: CalendarDate | null;
  /** The date of the event that fixed it; `null` for `notice`. */
  readonly fixedOn: CalendarDate | null;
  /**
   * Since when obligations the effect is subject to (the profile's
   * `conditions`) are recorded as outstanding; `null` while they are presumed met.
   */
  readonly obligationsOutstandingSince: CalendarDate | null;
  /**
   * Where membership of the organisation ended while a notice period running
   * to an earlier date governs: when membership ended, and the day party status
   * ends in consequence, which takes over if the notice's effect is deferred.
   */
  readonly membershipEnd: { readonly terminatedOn: CalendarDate; readonly ceasesOn: CalendarDate } | null;
}

/**
 * Everything the machine knows. Plain JSON data, so a snapshot can be persisted
 * as it is; every field is derived from the input and the events applied.
 *
 * It has 19 fields and should not grow: XState copies the context with
 * `Object.assign` on every update, and V8 makes such a copy of 20 or more
 * fields a slow dictionary object (1.9x slower in a measurement). Nest new
 * data in an existing field instead; a test in tests/units.test.ts holds this.
 */
export interface WithdrawalContext {
  /** The treaty's withdrawal law. */
  readonly treaty: TreatyProfile;
  /** The domestic procedure. */
  readonly procedure: ProcedureProfile;
  /** Who withdraws, if given. */
  readonly party: string | null;
  /** When the treaty entered into force for the party, if given. */
  readonly entryIntoForce: CalendarDate | null;
  /** Month-end policy for period arithmetic. */
  readonly overflow: Overflow;
  /** The date of the last event applied: the machine's today. */
  readonly date: CalendarDate | null;
  /** Domestic events, in the order applied. */
  readonly domestic: readonly DomesticRecord[];
  /** Armed conflicts the party was engaged in. */
  readonly conflicts: readonly ConflictPeriod[];
  /** When the depositary received the instrument. */
  readonly receivedOn: CalendarDate | null;
  /** The reasons the instrument gave. */
  readonly reasons: string | null;
  /** When the notice period ends: the withdrawal takes effect then unless deferred. */
  readonly noticeExpiresOn: CalendarDate | null;
  /** When the withdrawal took effect. */
  readonly effectiveOn: CalendarDate | null;
  /** When the notice was revoked. */
  readonly revokedOn: CalendarDate | null;
  /** The latest suspension notified, if any. */
  readonly suspension: SuspensionRecord | null;
  /** Periods of valid suspension. */
  readonly suspensions: readonly SuspensionPeriod[];
  /** The stages passed through. */
  readonly timeline: readonly TimelineStage[];
  /**
   * The log: every event applied, in order, including the `clock.advanced`
   * moves `applyEvent` makes before an event (so it can hold more than the
   * events sent). It is the record `explanationOf` derives the explanation
   * from (how every date was derived, with articles and sources). The
   * explanation is built on demand, not as each event is applied, so that
   * running the machine costs little more than XState itself.
   */
  readonly log: readonly WithdrawalEvent[];
  /** Points that do not stop the withdrawal but matter. */
  readonly warnings: readonly Warning[];
  /** What fixes the date of effect besides the treaty's period (a later date named, an extension, an agreement, the end of membership), and whether unmet obligations hold it back. */
  readonly effectTerms: EffectTerms;
}
