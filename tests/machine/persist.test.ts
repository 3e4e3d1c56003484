/**
 * Envelopes forged with a valid checksum: what the checksum cannot catch, the
 * other checks of fromPersisted must (a snapshot written by a buggy producer, or
 * by hand, or kept across library versions).
 */
import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import {
  applyEvent,
  explanationOf,
  formatMessage,
  fromPersisted,
  initialSnapshot,
  toPersisted,
  WithdrawalError,
  type WithdrawalEvent,
  type WithdrawalInput,
} from '../../src/index.js';
import { suspendable } from '../arbitraries.js';
import { deposited, errorOf, type ForgedEnvelope, forgeEnvelope, runEvents } from '../helpers.js';

function forged(change: (envelope: ForgedEnvelope) => void): ForgedEnvelope {
  const deposited = applyEvent(initialSnapshot({ treaty: 'ottawa', party: 'EST' }), {
    type: 'instrument.deposited',
    date: '2025-06-27',
    reasons: 'r',
  });
  if (!deposited.ok) throw deposited.error;
  return forgeEnvelope(deposited.snapshot, change);
}

/** A Rome Statute withdrawal whose instrument names a later date, as envelopes written before effectTerms held it. */
const depositedWithLaterDate = () =>
  runEvents({ treaty: 'rome-statute' }, [{ type: 'instrument.deposited', date: '2025-06-27', laterDate: '2027-01-01' }]);

describe('fromPersisted beyond the checksum', () => {
  it('refuses a context its own log of events does not produce', () => {
    const moved = errorOf(() =>
      fromPersisted(forged((e) => ((e.context as { noticeExpiresOn: string }).noticeExpiresOn = '2026-01-01'))),
    );
    expect(moved.code).toBe('INVALID_SNAPSHOT');
    expect(moved.message).toBe('context.log: the state and context are not what the log of events produces');
    const dropped = errorOf(() => fromPersisted(forged((e) => ((e.context as unknown as { log: unknown[] }).log = []))));
    expect(dropped.message).toBe('context.log: the state and context are not what the log of events produces');
    const refused = errorOf(() =>
      fromPersisted(
        forged((e) =>
          (e.context as unknown as { log: unknown[][] }).log[0]?.unshift({ type: 'notification.revoked', date: '2025-01-01' }),
        ),
      ),
    );
    expect(refused.message).toBe('context.log: the machine refuses an event of the log: the log was not made by this machine');
    expect(refused.path).toBe('context.log');
  });

  it('refuses a log whose segments are not in the canonical form', () => {
    // The same events, split after the first: every segment but the last must be full.
    const split = errorOf(() =>
      fromPersisted(
        forged((e) => {
          const [segment] = (e.context as unknown as { log: unknown[][] }).log;
          (e.context as unknown as { log: unknown[][] }).log = [segment?.slice(0, 1) ?? [], segment?.slice(1) ?? []];
        }),
      ),
    );
    expect(split.code).toBe('INVALID_SNAPSHOT');
    expect(split.path).toBe('context.log');
    expect(split.message).toMatch(/must be segments of 128 items/);
    const empty = errorOf(() => fromPersisted(forged((e) => (e.context as unknown as { log: unknown[][] }).log.push([]))));
    expect(empty.path).toBe('context.log');
  });

  it('explains a restored snapshot as the original', () => {
    const original = applyEvent(initialSnapshot({ treaty: 'ottawa', party: 'EST' }), {
      type: 'instrument.deposited',
      date: '2025-06-27',
      reasons: 'r',
    });
    if (!original.ok) throw original.error;
    const restored = fromPersisted(forged(() => {}));
    expect(explanationOf(restored)).toEqual(explanationOf(original.snapshot));
    expect(explanationOf(restored.context).map((step) => step.fact)).toEqual(['receipt', 'period-end']);
  });

  it('reads an envelope written before effectTerms existed, with the later date at the top of the context', () => {
    const withLaterDate = depositedWithLaterDate();
    const legacy = forgeEnvelope(withLaterDate, (e) => {
      const context = e.context as unknown as Record<string, unknown>;
      const { effectTerms, ...rest } = context as { effectTerms: { laterDate: string } };
      for (const key of Object.keys(context)) delete context[key];
      Object.assign(context, rest, { laterDate: effectTerms.laterDate });
    });
    expect('effectTerms' in legacy.context).toBe(false);
    const restored = fromPersisted(legacy);
    expect(restored.context).toEqual(withLaterDate.context);
    expect(restored.context.effectTerms).toEqual({
      basis: 'notice',
      laterDate: '2027-01-01',
      fixedOn: null,
      obligationsOutstandingSince: null,
      membershipEnd: null,
    });
  });

  it('moves a later date in only where the context has one and no effectTerms', () => {
    const deposited = depositedWithLaterDate();
    const refusal = (change: (envelope: ForgedEnvelope) => void) => {
      const error = errorOf(() => fromPersisted(forgeEnvelope(deposited, change)));
      return { code: error.code, path: error.path, message: error.message };
    };
    // A context that is not an object is refused as such, not read for its keys.
    expect(refusal((e) => ((e as { context: unknown }).context = null))).toEqual({
      code: 'INVALID_SNAPSHOT',
      path: 'context',
      message: 'context: must be an object, got null',
    });
    expect(refusal((e) => ((e as { context: unknown }).context = 'x')).message).toBe('context: must be an object, got "x"');
    // Both: the envelope is not a legacy one, and its extra field is refused, not moved over the terms.
    expect(refusal((e) => Object.assign(e.context as unknown as Record<string, unknown>, { laterDate: '2028-01-01' }))).toEqual({
      code: 'INVALID_SNAPSHOT',
      path: 'context.laterDate',
      message: 'context.laterDate: unknown field "laterDate"',
    });
    // Neither: nothing to move, so the terms are missing.
    expect(refusal((e) => delete (e.context as unknown as Record<string, unknown>).effectTerms)).toEqual({
      code: 'INVALID_SNAPSHOT',
      path: 'context.effectTerms',
      message: 'context.effectTerms: is required',
    });
  });

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
    const error = errorOf(() =>
      fromPersisted(forged((e) => ((e.context as { noticeExpiresOn: string | null }).noticeExpiresOn = null))),
    );
    expect(error.message).toBe('context.noticeExpiresOn: state noticePeriod needs context.noticeExpiresOn');
    // Without the receipt the state is still possible (an agreed date), but not what this log produces.
    const receipt = errorOf(() => fromPersisted(forged((e) => ((e.context as { receivedOn: string | null }).receivedOn = null))));
    expect(receipt.message).toBe('context.log: the state and context are not what the log of events produces');
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
    expect(error.message).toBe(
      "treaty: the snapshot uses the shipped treaty 'old-treaty', which this version of the library no longer has",
    );
  });

  it('refuses a shipped profile whose content differs from the one of the same version', () => {
    const error = errorOf(() => fromPersisted(forged((e) => ((e.context.treaty as { name: string }).name = 'Something else'))));
    expect(error.message).toBe(
      "treaty: the treaty 'ottawa' in the snapshot differs from the shipped profile of the same version",
    );
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

describe('envelopes of schema version 2', () => {
  // Version 2 kept the log, the conflicts and a suspension's objections as flat lists.
  function asVersion2(snapshot: ReturnType<typeof runEvents>): ForgedEnvelope {
    return forgeEnvelope(snapshot, (e) => {
      const context = e.context as unknown as Record<string, unknown> & { suspension: Record<string, unknown> | null };
      e.schemaVersion = 2 as never;
      context.log = (context.log as unknown[][]).flat();
      context.conflicts = (context.conflicts as unknown[][]).flat();
      if (context.suspension) context.suspension.objections = (context.suspension.objections as unknown[][]).flat();
    });
  }

  it('restores one as the snapshot it was made from, its lists in segments', () => {
    const conflicts = Array.from(
      { length: 150 },
      (_, i): WithdrawalEvent => ({
        type: i % 2 === 0 ? 'armedConflict.started' : 'armedConflict.ended',
        date: `2001-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` as never,
      }),
    );
    const snapshot = runEvents({ treaty: 'ottawa', party: 'EST' }, conflicts);
    expect(snapshot.context.log).toHaveLength(2);
    const restored = fromPersisted(JSON.parse(JSON.stringify(asVersion2(snapshot))));
    expect(restored.value).toBe(snapshot.value);
    expect(restored.context).toEqual(snapshot.context);
    expect(restored.context.log.map((segment) => segment.length)).toEqual([128, 22]);
    expect(restored.context.conflicts.flat()).toHaveLength(75);
  });

  it('restores a suspension with its objections', () => {
    const snapshot = runEvents({ treaty: suspendable }, [
      { type: 'suspension.notified', date: '2025-01-10', ground: 'treaty-provision' },
      { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
      { type: 'objection.withdrawn', date: '2025-02-02', by: 'Norway' },
    ]);
    const restored = fromPersisted(asVersion2(snapshot));
    expect(restored.context.suspension?.objections).toEqual([
      [{ by: 'Norway', raisedOn: '2025-02-01', withdrawnOn: '2025-02-02' }],
    ]);
    expect(restored.context).toEqual(snapshot.context);
  });

  it('checks the checksum of the envelope as written', () => {
    const envelope = asVersion2(runEvents({ treaty: 'ottawa' }, [{ type: 'instrument.deposited', date: '2025-06-27' }]));
    (envelope.context as { noticeExpiresOn: string }).noticeExpiresOn = '2026-01-01';
    expect(errorOf(() => fromPersisted(envelope)).path).toBe('checksum');
  });
});

describe('explanationOf', () => {
  it('refuses what is not a snapshot or a context', () => {
    for (const value of [null, undefined, 42, 'ottawa', [], {}, { context: null }, { context: { log: 'no' } }]) {
      const error = errorOf(() => explanationOf(value as never));
      expect(error).toBeInstanceOf(WithdrawalError);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/^explanationOf: expected a snapshot of withdrawalMachine or its context, got /);
    }
    // The message shows what it was given.
    const shown = (value: unknown) => errorOf(() => explanationOf(value as never)).message.split(', got ')[1];
    expect(shown(42)).toBe('42');
    expect(shown('ottawa')).toBe('"ottawa"');
    expect(shown({ context: null })).toBe('{"context":null}');
  });

  it('refuses a context whose log the machine refuses', () => {
    const { context } = initialSnapshot({ treaty: 'ottawa' });
    const error = errorOf(() => explanationOf({ ...context, log: [[{ type: 'notification.revoked', date: '2025-01-01' }]] }));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.path).toBe('context.log');
    expect(error.message).toBe(
      'explanationOf: the machine refuses an event of the context’s log, so the context was not made by the machine',
    );
  });

  it('refuses a log with an event applyEvent would refuse, naming it', () => {
    const { context } = initialSnapshot({ treaty: 'ottawa' });
    const error = errorOf(() => explanationOf({ ...context, log: [[{ type: 'instrument.deposited', date: '2025-02-30' }]] }));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.path).toBe('context.log[0][0].date');
    const extra = errorOf(() =>
      explanationOf({ ...context, log: [[{ type: 'decree.signed', date: '2025-01-01', votes: 107 } as never]] }),
    );
    expect(extra.code).toBe('INVALID_SNAPSHOT');
    expect(extra.path).toMatch(/^context\.log\[0\]\[0\]/);
    // A flat log (the form before segments) names the item that is not a segment.
    const flat = errorOf(() => explanationOf({ ...context, log: [{ type: 'decree.signed', date: '2025-01-01' }] as never }));
    expect(flat.code).toBe('INVALID_SNAPSHOT');
    expect(flat.path).toBe('context.log[0]');
    expect(flat.message).toBe(
      'explanationOf: context.log[0]: expected a segment of events (an array), got {"type":"decree.signed","date":"2025-01-01"}',
    );
  });

  it('refuses a context whose profiles are not profiles, saying so', () => {
    const { context } = initialSnapshot({ treaty: 'ottawa' });
    const broken = {
      ...context,
      treaty: { id: 'ottawa' } as never,
      log: [[{ type: 'instrument.deposited' as const, date: '2025-06-27' as const }]],
    };
    const error = errorOf(() => explanationOf(broken));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.path).toBe('context');
    expect(error.message).toMatch(/^explanationOf: the context is not one the machine made \(/);
  });

  it('explains nothing before the first event', () => {
    expect(explanationOf(initialSnapshot({ treaty: 'ottawa' }))).toEqual([]);
  });
});

describe('snapshots', () => {
  it('toPersisted refuses what is not a snapshot of this machine', () => {
    const other = createActor(createMachine({ initial: 'a', states: { a: {} } }))
      .start()
      .getSnapshot();
    for (const value of [5, undefined, other]) {
      const error = errorOf(() => toPersisted(value as never));
      expect(error.code).toBe('INVALID_SNAPSHOT');
      expect(error.message).toMatch(/^expected a snapshot of withdrawalMachine, got /);
    }
  });

  it('fromPersisted names the format and the checksum at fault', () => {
    const envelope = JSON.parse(
      JSON.stringify(toPersisted(runEvents({ treaty: 'ottawa' }, [deposited('2025-01-10')]))),
    ) as Record<string, unknown>;
    const format = errorOf(() => fromPersisted({ ...envelope, format: 'other/snapshot' }));
    expect(format.toJSON()).toMatchObject({
      code: 'INVALID_SNAPSHOT',
      path: 'format',
      message: 'format: not a treaty-withdrawal snapshot ("other/snapshot")',
    });
    const sum = errorOf(() => fromPersisted({ ...envelope, checksum: '0'.repeat(16) }));
    expect(sum.toJSON()).toMatchObject({
      path: 'checksum',
      message: 'checksum: the snapshot does not match it: it was changed or corrupted after it was made',
    });
  });

  const notified: WithdrawalEvent = { type: 'suspension.notified', date: '2025-01-10', ground: 'material-breach' };
  const states: [string, WithdrawalInput, WithdrawalEvent[], string[]][] = [
    // An agreement or the end of membership fixes a date of effect without a deposit: only the date is needed.
    ['noticePeriod', { treaty: 'ottawa' }, [deposited('2025-01-10')], ['noticeExpiresOn']],
    [
      'deferred',
      { treaty: 'ottawa' },
      [
        { type: 'armedConflict.started', date: '2024-01-01' },
        deposited('2025-01-10'),
        { type: 'clock.advanced', date: '2025-08-01' },
      ],
      ['receivedOn', 'noticeExpiresOn'],
    ],
    [
      'effective',
      { treaty: 'ottawa' },
      [deposited('2025-01-10'), { type: 'clock.advanced', date: '2025-08-01' }],
      ['effectiveOn'],
    ],
    [
      'revoked',
      { treaty: 'ottawa' },
      [deposited('2025-01-10'), { type: 'notification.revoked', date: '2025-03-01' }],
      ['receivedOn', 'noticeExpiresOn', 'revokedOn'],
    ],
    ['suspensionPending', { treaty: suspendable }, [notified], ['suspension']],
    [
      'suspensionContested',
      { treaty: suspendable },
      [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' }],
      ['suspension'],
    ],
    ['suspended', { treaty: suspendable }, [notified, { type: 'clock.advanced', date: '2025-05-01' }], ['suspension']],
  ];

  it.each(states)('fromPersisted refuses a %s snapshot without the fields that state needs', (state, input, events, needs) => {
    const snapshot = runEvents(input, events);
    expect(snapshot.value).toBe(state);
    expect(fromPersisted(forgeEnvelope(snapshot, () => {})).value).toBe(state);
    for (const key of needs) {
      const error = errorOf(() =>
        fromPersisted(forgeEnvelope(snapshot, (e) => ((e.context as unknown as Record<string, unknown>)[key] = null))),
      );
      expect(error.message).toBe(`context.${key}: state ${state} needs context.${key}`);
    }
  });

  it('fromPersisted refuses a procedure state whose timeline has begun elsewhere, or a later state with no timeline', () => {
    const procedure = runEvents({ treaty: 'ottawa' }, []);
    const error = errorOf(() =>
      fromPersisted(
        forgeEnvelope(
          procedure,
          (e) =>
            ((e.context as unknown as Record<string, unknown>).timeline = [
              { stage: 'notice-period', from: '2025-01-01', to: null },
            ]),
        ),
      ),
    );
    expect(error.message).toBe("state: state procedure does not match the timeline's last stage (notice-period)");
    const empty = errorOf(() =>
      fromPersisted(
        forgeEnvelope(
          runEvents({ treaty: 'ottawa' }, [deposited('2025-01-10')]),
          (e) => ((e.context as unknown as Record<string, unknown>).timeline = []),
        ),
      ),
    );
    expect(empty.message).toBe("state: state noticePeriod does not match the timeline's last stage (none)");
  });
});

describe('warnings persisted before they kept their wording (0.3)', () => {
  function withWarning(change: (envelope: ForgedEnvelope) => void): ForgedEnvelope {
    const deposited = applyEvent(initialSnapshot({ treaty: 'un-charter', party: 'X' }), {
      type: 'instrument.deposited',
      date: '2025-06-27',
    });
    if (!deposited.ok) throw deposited.error;
    return forgeEnvelope(deposited.snapshot, change);
  }
  const warningsOf = (e: ForgedEnvelope) => (e.context as unknown as { warnings: { wording?: unknown }[] }).warnings;

  it('restores a warning without wording as it was written', () => {
    const envelope = withWarning((e) => {
      for (const w of warningsOf(e)) delete w.wording;
    });
    expect(warningsOf(envelope).map((w) => Object.keys(w))).toEqual([['code', 'message', 'article', 'source']]);
    const restored = fromPersisted(envelope);
    expect(restored.context.warnings.map((w) => w.code)).toEqual(['RIGHT_CONTESTED']);
    expect(restored.context.warnings[0]?.wording).toBeUndefined();
  });

  it('still refuses a wording the log does not produce', () => {
    const envelope = withWarning((e) => {
      const first = warningsOf(e)[0] as { wording: { message: { params: { treaty: string } } } };
      first.wording.message.params.treaty = 'Other';
    });
    expect(errorOf(() => fromPersisted(envelope)).message).toBe(
      'context.log: the state and context are not what the log of events produces',
    );
  });

  it('refuses a wording that is not a message of the table', () => {
    const envelope = withWarning((e) => {
      (warningsOf(e)[0] as { wording: unknown }).wording = { message: { key: 'toString' } };
    });
    expect(errorOf(() => fromPersisted(envelope)).code).toBe('INVALID_SNAPSHOT');
  });
});

describe('the words of a refused snapshot', () => {
  it('are a message of the table, which another language words again (path kept apart)', () => {
    const error = errorOf(() => fromPersisted({ format: 'treaty-withdrawal/snapshot', schemaVersion: 99 }));
    expect(error.message).toBe(
      'schemaVersion: snapshot schema version 99 is newer than this library reads (3); upgrade treaty-withdrawal',
    );
    expect(error.path).toBe('schemaVersion');
    const said = error.wording?.message;
    if (said === undefined) throw new Error('expected the message kept');
    expect(said.key).toBe('snapshot.newerSchema');
    expect(formatMessage(said, { 'snapshot.newerSchema': (p) => `version ${p.version} > ${p.reads}` })).toBe('version 99 > 3');
    expect(errorOf(() => fromPersisted('{')).wording?.message.key).toBe('snapshot.notJson');
    // A refusal of the whole snapshot names no path: it has no path key at all, in the error or its JSON.
    const whole = errorOf(() => fromPersisted('{'));
    expect(whole.message).toMatch(/^snapshot/);
    expect('path' in whole).toBe(false);
    expect(Object.keys(whole.toJSON())).not.toContain('path');
    expect(errorOf(() => explanationOf(null as never)).wording?.message.key).toBe('explain.notSnapshot');
  });
});

describe('toPersisted and fromPersisted', () => {
  it.each([
    [
      'an extension (TEU Art. 50(3))',
      { treaty: 'teu', party: 'GBR' },
      [
        { type: 'instrument.deposited', date: '2017-03-29' },
        { type: 'period.extended', date: '2019-03-22', until: '2019-04-12', by: 'European Council' },
      ],
      'extension',
    ],
    [
      'an agreed date of effect',
      { treaty: 'ottawa' },
      [
        { type: 'instrument.deposited', date: '2025-07-10' },
        { type: 'withdrawal.agreed', date: '2025-08-01', effectiveOn: '2025-12-01' },
      ],
      'agreement',
    ],
    [
      'the end of membership (ECHR Art. 58(3))',
      { treaty: 'echr', party: 'RUS' },
      [{ type: 'membership.terminated', date: '2022-03-16', by: 'Committee of Ministers' }],
      'membership',
    ],
    [
      'a notice that ends before the end of membership it awaits (ECHR Art. 58(1), (3))',
      { treaty: 'echr', party: 'RUS', entryIntoForce: '1998-05-05' },
      [
        { type: 'instrument.deposited', date: '2022-03-15' },
        { type: 'membership.terminated', date: '2022-03-16', by: 'Committee of Ministers' },
      ],
      'notice',
    ],
    [
      'a contested right of withdrawal (a warning)',
      { treaty: 'un-charter', party: 'IDN' },
      [{ type: 'instrument.deposited', date: '1965-01-20' }],
      'notice',
    ],
  ] as [string, WithdrawalInput, WithdrawalEvent[], string][])(
    'round-trip a snapshot whose date of effect comes from %s',
    (_name, input, events, basis) => {
      const snapshot = runEvents(input, events);
      expect(snapshot.context.effectTerms.basis).toBe(basis);
      const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(snapshot))));
      expect(restored.value).toBe(snapshot.value);
      expect(restored.context).toEqual(snapshot.context);
    },
  );

  it('keeps the warnings of the context', () => {
    const snapshot = runEvents({ treaty: 'un-charter', party: 'IDN' }, [{ type: 'instrument.deposited', date: '1965-01-20' }]);
    const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(snapshot))));
    expect(restored.context.warnings.map((w) => w.code)).toEqual(['RIGHT_CONTESTED']);
  });
});
