import { readingInput } from '../errors/reading.js';
import type { SafeSimulationResult, SimulationResult } from '../simulate/simulate.js';

/**
 * The columns of {@link toCSV}, in order.
 *
 * @example
 * CSV_COLUMNS.join(',');
 * //=> 'party,treaty,outcome,receivedOn,noticeExpiresOn,effectiveOn,error'
 */
export const CSV_COLUMNS = ['party', 'treaty', 'outcome', 'receivedOn', 'noticeExpiresOn', 'effectiveOn', 'error'] as const;

/**
 * One CSV field (RFC 4180): always quoted, quotes doubled. A value a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) is prefixed with `'`, so it is shown, never evaluated.
 */
function field(value: string | null): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function isSafeResult(value: SimulationResult | SafeSimulationResult): value is SafeSimulationResult {
  return 'success' in value && typeof value.success === 'boolean';
}

function row(entry: SimulationResult | SafeSimulationResult): (string | null)[] {
  if (isSafeResult(entry) && !entry.success) {
    return [null, null, 'error', null, null, null, `${entry.error.code}: ${entry.error.message}`];
  }
  const result = isSafeResult(entry) ? (entry.data as SimulationResult) : entry;
  return [result.party, result.treaty.id, result.outcome, result.receivedOn, result.noticeExpiresOn, result.effectiveOn, null];
}

/**
 * Simulation results as CSV (RFC 4180: CRLF line ends, every field quoted), one
 * row per scenario under a header: party, treaty, outcome, the date the
 * instrument was received, when the notice period ends and when the withdrawal
 * takes effect. Takes `simulate`'s results or `simulateMany`'s (a failed
 * scenario gives a row with outcome `error` and the error in the last column).
 * Cells a spreadsheet would read as a formula are neutralised.
 *
 * @example
 * const csv = toCSV(simulateMany([
 *   { treaty: 'ottawa', party: 'Finland', events: [{ type: 'instrument.deposited', date: '2025-07-10' }] },
 *   { treaty: 'nope', events: [] },
 * ]));
 * csv.split('\r\n')[1];
 * //=> '"Finland","ottawa","effective","2025-07-10","2026-01-10","2026-01-10",""'
 * csv.split('\r\n')[2]?.startsWith('"","","error","","","","UNKNOWN_TREATY: ');
 * //=> true
 */
export function toCSV(results: Iterable<SimulationResult | SafeSimulationResult>): string {
  return readingInput('results', () => csvOf(results));
}

function csvOf(results: Iterable<SimulationResult | SafeSimulationResult>): string {
  const lines = [CSV_COLUMNS.map(field).join(',')];
  for (const entry of results) lines.push(row(entry).map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
