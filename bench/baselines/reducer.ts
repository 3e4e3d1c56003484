/**
 * Baseline: a hand-written reducer for the Ukraine scenario. A plain switch over
 * event types on a small plain-object state, with the six-month expiry computed
 * by integer year/month/day arithmetic (same day of the month, clamped to the
 * month end). No explanation, no timeline, no validation beyond what the rules
 * need: the least work that still gives the right answer, to measure the
 * library against.
 */

/** The stages of a withdrawal, as the machine's states. */
export type ReducerStage = 'procedure' | 'noticePeriod' | 'deferred' | 'effective' | 'revoked' | 'abandoned';

/** The reducer's state. */
export interface ReducerState {
  readonly stage: ReducerStage;
  /** Domestic steps done, in order. */
  readonly steps: readonly string[];
  readonly conflictOngoing: boolean;
  readonly date: string | null;
  readonly receivedOn: string | null;
  readonly noticeExpiresOn: string | null;
  readonly effectiveOn: string | null;
}

/** The events the reducer understands (the machine's event shapes, minus extras). */
export interface ReducerEvent {
  readonly type: string;
  readonly date: string;
}

/** The Ukraine procedure: the three steps, in this order. */
const UKRAINE_STEPS = ['decree.signed', 'parliament.approved', 'law.signed'] as const;
/** Ottawa Art. 20(2): six months after receipt. */
const NOTICE_MONTHS = 6;

export const initialReducerState: ReducerState = {
  stage: 'procedure',
  steps: [],
  conflictOngoing: false,
  date: null,
  receivedOn: null,
  noticeExpiresOn: null,
  effectiveOn: null,
};

function lastDayOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` plus whole months: same day of the month, clamped to its end. */
export function addMonthsInteger(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const d = Math.min(day, lastDayOf(y, m));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Moves the clock: a notice period that has run out ends (deferred during a conflict). */
function advance(state: ReducerState, date: string): ReducerState {
  if (state.stage === 'noticePeriod' && state.noticeExpiresOn !== null && date >= state.noticeExpiresOn) {
    return state.conflictOngoing
      ? { ...state, stage: 'deferred', date }
      : { ...state, stage: 'effective', effectiveOn: state.noticeExpiresOn, date };
  }
  return { ...state, date };
}

function refuse(state: ReducerState, event: ReducerEvent): never {
  throw new Error(`reducer: ${event.type} on ${event.date} not allowed in stage ${state.stage}`);
}

/** One event. Throws on an event the rules refuse, as `applyEvent` reports it. */
export function reduce(current: ReducerState, event: ReducerEvent): ReducerState {
  if (current.date !== null && event.date < current.date) refuse(current, event);
  // Time passes up to the event first, as applyEvent and simulate do.
  const state =
    event.type === 'clock.advanced' ? current : current.stage === 'noticePeriod' ? advance(current, event.date) : current;
  switch (event.type) {
    case 'decree.signed':
    case 'parliament.approved':
    case 'law.signed': {
      if (state.stage !== 'procedure') refuse(state, event);
      const index = UKRAINE_STEPS.indexOf(event.type);
      if (state.steps.length !== index) refuse(state, event);
      return { ...state, steps: [...state.steps, event.type], date: event.date };
    }
    case 'parliament.rejected':
      if (state.stage !== 'procedure') refuse(state, event);
      return { ...state, stage: 'abandoned', date: event.date };
    case 'instrument.deposited':
      if (state.stage !== 'procedure' || state.steps.length !== UKRAINE_STEPS.length) refuse(state, event);
      return {
        ...state,
        stage: 'noticePeriod',
        receivedOn: event.date,
        noticeExpiresOn: addMonthsInteger(event.date, NOTICE_MONTHS),
        date: event.date,
      };
    case 'armedConflict.started':
      if (state.conflictOngoing || (state.stage !== 'procedure' && state.stage !== 'noticePeriod')) refuse(state, event);
      return { ...state, conflictOngoing: true, date: event.date };
    case 'armedConflict.ended':
      if (!state.conflictOngoing) refuse(state, event);
      if (state.stage === 'deferred')
        return { ...state, conflictOngoing: false, stage: 'effective', effectiveOn: event.date, date: event.date };
      if (state.stage !== 'procedure' && state.stage !== 'noticePeriod') refuse(state, event);
      return { ...state, conflictOngoing: false, date: event.date };
    case 'notification.revoked':
      if (state.stage !== 'noticePeriod' && state.stage !== 'deferred') refuse(state, event);
      return { ...state, stage: 'revoked', date: event.date };
    case 'clock.advanced':
      if (state.stage === 'effective' || state.stage === 'revoked' || state.stage === 'abandoned') return state;
      return advance(state, event.date);
    default:
      return refuse(state, event);
  }
}

/** The outcome names `simulate` uses, by stage. */
const OUTCOMES: Record<ReducerStage, string> = {
  procedure: 'in-procedure',
  noticePeriod: 'notice-period',
  deferred: 'deferred',
  effective: 'effective',
  revoked: 'revoked',
  abandoned: 'abandoned',
};

/** Folds the events, in the order given. */
export function runReducer(events: readonly ReducerEvent[]): ReducerState {
  let state = initialReducerState;
  for (const event of events) state = reduce(state, event);
  return state;
}

/** The outcome of a final reducer state, as `simulate` names it. */
export function reducerOutcome(state: ReducerState): string {
  return OUTCOMES[state.stage];
}

/** The Ukraine scenario's events (with the closing clock.advanced). */
export const UKRAINE_EVENTS = [
  { type: 'armedConflict.started', date: '2022-02-24' },
  { type: 'decree.signed', date: '2025-06-29' },
  { type: 'parliament.approved', date: '2025-07-15' },
  { type: 'law.signed', date: '2025-07-15' },
  { type: 'instrument.deposited', date: '2025-07-18' },
  { type: 'clock.advanced', date: '2026-06-01' },
] as const;

/** Throws unless the reducer gives the known answer for Ukraine. */
export function assertReducerBaseline(): void {
  const final = runReducer(UKRAINE_EVENTS);
  const outcome = reducerOutcome(final);
  if (outcome !== 'deferred' || final.noticeExpiresOn !== '2026-01-18') {
    throw new Error(
      `reducer baseline is wrong for Ukraine: outcome ${outcome}, noticeExpiresOn ${final.noticeExpiresOn} (expected deferred, 2026-01-18)`,
    );
  }
}
