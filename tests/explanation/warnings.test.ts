/** Warning codes are defined once (WarningCodeSchema): results and persisted snapshots use the same list. */
import { describe, expect, it } from 'vitest';
import { applyEvent, fromPersisted, initialSnapshot, toPersisted, WarningCodeSchema } from '../../src/index.js';

describe('warning codes', () => {
  it('are one enumeration, including the contested right of #16', () => {
    expect(WarningCodeSchema.options).toEqual([
      'REASONS_MISSING',
      'TREATY_NOT_IN_FORCE',
      'LATER_DATE_NOT_LATER',
      'SUSPENSION_SUPERSEDED',
      'RIGHT_CONTESTED',
      'PARTY_NOT_IN_DATA',
      'NOT_A_PARTY',
    ]);
  });

  it('let a snapshot carrying RIGHT_CONTESTED be persisted and restored', () => {
    const deposited = applyEvent(initialSnapshot({ treaty: 'who-constitution', party: 'USA' }), {
      type: 'instrument.deposited',
      date: '2025-01-22',
    });
    if (!deposited.ok) throw deposited.error;
    expect(deposited.snapshot.context.warnings.map((w) => w.code)).toEqual(['RIGHT_CONTESTED']);
    const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(deposited.snapshot))));
    expect(restored.context.warnings).toEqual(deposited.snapshot.context.warnings);
    expect(restored.context.noticeExpiresOn).toBe('2026-01-22');
  });
});
