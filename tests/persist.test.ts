/**
 * Envelopes forged with a valid checksum: what the checksum cannot catch, the
 * other checks of fromPersisted must (a snapshot written by a buggy producer, or
 * by hand, or kept across library versions).
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, fromPersisted, initialSnapshot } from '../src/index.js';
import { errorOf, forgeEnvelope, type ForgedEnvelope } from './helpers.js';

function forged(change: (envelope: ForgedEnvelope) => void): ForgedEnvelope {
  const deposited = applyEvent(initialSnapshot({ treaty: 'ottawa', party: 'EST' }), { type: 'instrument.deposited', date: '2025-06-27', reasons: 'r' });
  if (!deposited.ok) throw deposited.error;
  return forgeEnvelope(deposited.snapshot, change);
}

describe('fromPersisted beyond the checksum', () => {
  it('accepts an envelope whose checksum it recomputes the same way', () => {
    expect(fromPersisted(forged(() => {})).value).toBe('noticePeriod');
  });

  it('refuses a state that contradicts the timeline', () => {
    const error = errorOf(() => fromPersisted(forged((e) => (e.state = 'effective'))));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.message).toBe("state: state effective does not match the timeline's last stage (notice-period)");
    expect(error.path).toBe('state');
  });

  it('refuses a state whose dates are missing', () => {
    const error = errorOf(() => fromPersisted(forged((e) => ((e.context as { receivedOn: string | null }).receivedOn = null))));
    expect(error.message).toBe('context.receivedOn: state noticePeriod needs context.receivedOn');
  });

  it('refuses a procedure state with a timeline that says otherwise', () => {
    const error = errorOf(() =>
      fromPersisted(
        forged((e) => {
          e.state = 'procedure';
        }),
      ),
    );
    expect(error.message).toBe("state: state procedure does not match the timeline's last stage (notice-period)");
  });

  it('refuses a reference that does not match the profile in the context', () => {
    const error = errorOf(() => fromPersisted(forged((e) => (e.treaty = { ...e.treaty, id: 'ccm' }))));
    expect(error.message).toBe("treaty: treaty ccm v1 in the envelope does not match the context's ottawa v1");
  });

  it('refuses a shipped profile of another version, and says what to do', () => {
    const error = errorOf(() =>
      fromPersisted(
        forged((e) => {
          e.treaty = { ...e.treaty, version: 2 };
          (e.context.treaty as { version: number }).version = 2;
        }),
      ),
    );
    expect(error.message).toBe(
      "treaty: the snapshot was made with treaty 'ottawa' version 2; this library has version 1. Replay the events from the start to move it to the new rules",
    );
  });

  it('refuses a shipped profile the library no longer has', () => {
    const error = errorOf(() =>
      fromPersisted(
        forged((e) => {
          e.treaty = { ...e.treaty, id: 'old-treaty' };
          (e.context.treaty as { id: string }).id = 'old-treaty';
        }),
      ),
    );
    expect(error.message).toBe("treaty: the snapshot uses the shipped treaty 'old-treaty', which this version of the library no longer has");
  });

  it('refuses a shipped profile whose content differs from the one of the same version', () => {
    const error = errorOf(() => fromPersisted(forged((e) => ((e.context.treaty as { name: string }).name = 'Something else'))));
    expect(error.message).toBe("treaty: the treaty 'ottawa' in the snapshot differs from the shipped profile of the same version");
  });

  it('keeps a profile of your own as it was', () => {
    const restored = fromPersisted(
      forged((e) => {
        e.treaty = { ...e.treaty, id: 'mine', shipped: false };
        (e.context.treaty as { id: string }).id = 'mine';
      }),
    );
    expect(restored.context.treaty.id).toBe('mine');
  });

  it('refuses a procedure reference that does not match either', () => {
    const error = errorOf(() => fromPersisted(forged((e) => (e.procedure = { ...e.procedure, version: 3 }))));
    expect(error.message).toBe("procedure: procedure none v3 in the envelope does not match the context's none v1");
  });
});
