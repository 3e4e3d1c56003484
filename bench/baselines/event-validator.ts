/**
 * Baseline: a hand-written validator for the shapes `WithdrawalEventSchema`
 * accepts (type literal, YYYY-MM-DD date, optional note and source, and for a
 * deposit optional laterDate and reasons; no other key).
 */
import type { WithdrawalEvent } from '../../src/index.js';

export const EVENT_TYPES = new Set([
  'decree.signed',
  'parliament.approved',
  'parliament.rejected',
  'law.signed',
  'instrument.deposited',
  'notification.revoked',
  'armedConflict.started',
  'armedConflict.ended',
  'clock.advanced',
]);

function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) year = year * 10 + c;
    else if (i < 7) month = month * 10 + c;
    else day = day * 10 + c;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= last;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export type HandResult = { success: true; data: WithdrawalEvent } | { success: false; error: string };

/** The event schema's rules, written out by hand. */
export function validateEvent(input: unknown): HandResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { success: false, error: 'expected an object' };
  const event = input as Record<string, unknown>;
  const type = event.type;
  if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return { success: false, error: 'type: unknown event type' };
  if (!isDate(event.date)) return { success: false, error: 'date: not a calendar date' };
  const deposit = type === 'instrument.deposited';
  for (const key in event) {
    switch (key) {
      case 'type':
      case 'date':
        break;
      case 'note':
        if (event.note !== undefined && (typeof event.note !== 'string' || event.note.length > 2000))
          return { success: false, error: 'note' };
        break;
      case 'source':
        if (event.source !== undefined && !isHttpUrl(event.source)) return { success: false, error: 'source' };
        break;
      case 'laterDate':
        if (!deposit) return { success: false, error: 'unrecognized key laterDate' };
        if (event.laterDate !== undefined && !isDate(event.laterDate)) return { success: false, error: 'laterDate' };
        break;
      case 'reasons':
        if (!deposit) return { success: false, error: 'unrecognized key reasons' };
        if (event.reasons !== undefined && (typeof event.reasons !== 'string' || event.reasons.length > 20_000))
          return { success: false, error: 'reasons' };
        break;
      default:
        return { success: false, error: `unrecognized key ${key}` };
    }
  }
  return { success: true, data: event as unknown as WithdrawalEvent };
}
