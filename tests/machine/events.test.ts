/**
 * The event schemas of src/machine/events.ts: what each field accepts beyond
 * its type (sizes are checked for every string in tests/errors/bounded-fields).
 */
import { describe, expect, it } from 'vitest';
import { WithdrawalEventSchema } from '../../src/index.js';

/** Every event type that names who acts (`by`), with its other required fields. */
const naming = [
  { type: 'objection.raised', date: '2025-01-01' },
  { type: 'objection.withdrawn', date: '2025-01-01' },
  { type: 'suspension.rejected', date: '2025-01-01' },
  { type: 'dispute.settled', date: '2025-01-01', outcome: 'suspension-upheld' },
  { type: 'period.extended', date: '2025-01-01', until: '2026-01-01' },
  { type: 'withdrawal.agreed', date: '2025-01-01', effectiveOn: '2026-01-01' },
  { type: 'membership.terminated', date: '2025-01-01' },
];

describe('who acts in an event (`by`)', () => {
  it.each(naming.map((event) => [event.type, event] as const))('%s: trimmed, and refused when blank', (_type, event) => {
    const padded = WithdrawalEventSchema.safeParse({ ...event, by: '  Switzerland \n' });
    expect(padded.success && 'by' in padded.data ? padded.data.by : undefined).toBe('Switzerland');
    for (const blank of ['', '   ', '\t\n']) {
      const refused = WithdrawalEventSchema.safeParse({ ...event, by: blank });
      expect(refused.success).toBe(false);
      expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([['by', 'too_small']]);
    }
  });
});
