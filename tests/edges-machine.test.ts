/**
 * Edges of the machine: its input, refusals reached only through the raw XState
 * path, the details of the context that no result field shows, and what
 * fromPersisted checks behind the checksum in every state. Written from the
 * survivors of a mutation run (npm run mutate).
 */
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, initialTransition } from 'xstate';
import type { CalendarDate } from '../src/index.js';
import {
  applyEvent,
  defineProcedure,
  defineTreaty,
  fromPersisted,
  getProcedure,
  getTreaty,
  initialSnapshot,
  simulate,
  toPersisted,
  type WithdrawalEvent,
  type WithdrawalInput,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../src/index.js';
import { explainRefusal } from '../src/machine/apply.js';
import { suspendable } from './arbitraries.js';
import { applyAll, errorOf, forgeEnvelope } from './helpers.js';

function run(input: WithdrawalInput, events: WithdrawalEvent[]): WithdrawalSnapshot {
  return applyAll(initialSnapshot(input), events);
}

function refusal(input: WithdrawalInput, events: WithdrawalEvent[], event: WithdrawalEvent) {
  const result = applyEvent(run(input, events), event);
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return result.error;
}

const deposit = (date: CalendarDate): WithdrawalEvent => ({ type: 'instrument.deposited', date, reasons: 'r' });

describe('the machine input', () => {
  it('must be an object with a treaty', () => {
    for (const input of [5, null, []]) {
      const error = errorOf(() => initialSnapshot(input as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/^input: expected an object such as \{ treaty: 'ottawa' \}, got /);
    }
    expect(errorOf(() => initialSnapshot({} as never)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'treaty: is required',
      path: 'treaty',
    });
    expect(errorOf(() => initialSnapshot({ treaty: 'ottawa', party: 5 } as never)).code).toBe('INVALID_INPUT');
  });

  it('without it, the machine runs on a placeholder that refuses deposits and says why', () => {
    const [snapshot] = initialTransition(withdrawalMachine, undefined as never);
    expect(snapshot.context.treaty).toMatchObject({
      id: 'unconfigured',
      name: 'No treaty: the machine was started without input',
      shortName: 'no treaty',
    });
    expect(snapshot.context.procedure.id).toBe('none');
    expect([snapshot.context.party, snapshot.context.entryIntoForce, snapshot.context.overflow, snapshot.context.log]).toEqual([
      null,
      null,
      'constrain',
      [],
    ]);
    const result = applyEvent(snapshot as WithdrawalSnapshot, deposit('2025-01-10'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toBe(
        'the machine was started without input; pass { input: { treaty } } to createActor or initialTransition',
      );
    }
  });
});

describe('refusals', () => {
  it('carry a path or missing steps only when they have one', () => {
    const plain = refusal({ treaty: 'ottawa' }, [], { type: 'notification.revoked', date: '2025-01-01' });
    expect('path' in plain).toBe(false);
    expect('missingSteps' in plain).toBe(false);
    expect(plain.message).toBe(
      'notification.revoked on 2025-01-01: nothing has been deposited yet, so there is no notice to revoke; accepted now: ' +
        plain.allowedEvents?.join(', '),
    );
  });

  it('put the order of events first, even for an event the state does not accept', () => {
    const error = refusal({ treaty: 'ottawa' }, [deposit('2025-06-01')], { type: 'decree.signed', date: '2025-01-01' });
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    const later = refusal({ treaty: 'ottawa' }, [deposit('2025-06-01')], { type: 'decree.signed', date: '2025-07-01' });
    expect(later.code).toBe('EVENT_NOT_ALLOWED');
    expect(later.message).toMatch(/it is not accepted while the withdrawal is /);
  });

  it('name every earlier step an ordered procedure still lacks, and only those', () => {
    const skipped = refusal({ treaty: 'ottawa', procedure: 'ukraine' }, [], { type: 'law.signed', date: '2025-01-01' });
    expect(skipped.missingSteps).toEqual(['decree.signed', 'parliament.approved']);
    expect(skipped.message).toMatch(
      /comes after decree\.signed \([^)]+\) and parliament\.approved \([^)]+\), which has not happened$/,
    );
    const early = refusal(
      { treaty: 'ottawa', procedure: 'ukraine' },
      [{ type: 'decree.signed', date: '2025-01-01' }],
      deposit('2025-01-02'),
    );
    expect(early.missingSteps).toEqual(['parliament.approved', 'law.signed']);
    expect(early.message).not.toContain('decree.signed');
    expect(early.message).toMatch(/missing: parliament\.approved \([^)]+\), law\.signed \([^)]+\)/);
  });

  it('let only a procedure with a vote in parliament end in its rejection', () => {
    const executive = refusal({ treaty: 'ottawa', procedure: 'executive' }, [], {
      type: 'parliament.rejected',
      date: '2025-01-01',
    });
    expect(executive.message).toMatch(/^procedure 'executive' requires no approval by the legislature/);
    const again = defineProcedure({ ...getProcedure('parliamentary'), id: 'again', resubmission: true });
    const late = refusal({ treaty: 'ottawa', procedure: again }, [{ type: 'decree.signed', date: '2025-02-01' }], {
      type: 'parliament.rejected',
      date: '2025-01-01',
    });
    expect(late.code).toBe('EVENT_OUT_OF_ORDER');
  });

  it('through raw XState: no revocation from the last day of the period on, and explainRefusal says why', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    actor.send(deposit('2025-01-10'));
    actor.send({ type: 'notification.revoked', date: '2025-07-10' });
    expect(actor.getSnapshot().value).toBe('noticePeriod');
    const why = explainRefusal('noticePeriod', actor.getSnapshot().context, { type: 'notification.revoked', date: '2025-07-10' });
    expect(why.message).toBe(
      "the notice period ended on 2025-07-10, before this event (2025-07-10); send clock.advanced with the event's date first (applyEvent and simulate do this for you)",
    );
    expect(why.path).toBe('event.date');
    actor.send({ type: 'notification.revoked', date: '2025-07-09' });
    expect(actor.getSnapshot().value).toBe('revoked');
  });
});

describe('the context', () => {
  it('moves its date with the clock', () => {
    expect(run({ treaty: 'ottawa' }, [{ type: 'clock.advanced', date: '2025-03-01' }]).context.date).toBe('2025-03-01');
  });

  it('records whether each domestic step was required', () => {
    const context = run({ treaty: 'ottawa', procedure: 'parliamentary' }, [
      { type: 'decree.signed', date: '2025-01-01' },
      { type: 'parliament.approved', date: '2025-02-01' },
    ]).context;
    expect(context.domestic.map((d) => [d.type, d.required])).toEqual([
      ['decree.signed', false],
      ['parliament.approved', true],
    ]);
  });

  it('closes only the open conflict when one ends', () => {
    const context = run({ treaty: 'ottawa' }, [
      { type: 'armedConflict.started', date: '2020-01-01' },
      { type: 'armedConflict.ended', date: '2021-01-01' },
      { type: 'armedConflict.started', date: '2022-01-01' },
      { type: 'armedConflict.ended', date: '2023-01-01' },
    ]).context;
    expect(context.conflicts).toEqual([
      { from: '2020-01-01', to: '2021-01-01' },
      { from: '2022-01-01', to: '2023-01-01' },
    ]);
  });

  it('cites the later-date clause when a later date governs', () => {
    const rome = getTreaty('rome-statute');
    const treaty = defineTreaty({
      ...rome,
      id: 'later',
      withdrawal: { ...rome.withdrawal, laterDate: { ...rome.withdrawal.laterDate!, article: 'Art. L' } },
    });
    const result = simulate({ treaty, events: [{ type: 'instrument.deposited', date: '2025-06-02', laterDate: '2026-09-01' }] });
    expect(result.explanation.find((s) => s.fact === 'effect')?.article).toBe('Art. L');
  });
});

describe('suspension details in the context', () => {
  const notified: WithdrawalEvent = {
    type: 'suspension.notified',
    date: '2025-01-10',
    ground: 'fundamental-change',
    reasons: 'changed',
  };

  it('start with no objections or findings, and keep the reasons', () => {
    const suspension = run({ treaty: 'ottawa' }, [notified]).context.suspension;
    expect(suspension).toMatchObject({ status: 'pending', objections: [], findings: [], reasons: 'changed' });
    const bare = run({ treaty: 'ottawa' }, [{ ...notified, reasons: undefined } as WithdrawalEvent]).context.suspension;
    expect(bare?.reasons).toBeNull();
  });

  it('track each objection, its withdrawal, and a second objection by the same party', () => {
    const context = run({ treaty: 'ottawa' }, [
      notified,
      { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
      { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
      { type: 'objection.withdrawn', date: '2025-02-03', by: 'Norway' },
      { type: 'objection.raised', date: '2025-02-04', by: 'Norway' },
      { type: 'objection.withdrawn', date: '2025-02-05', by: 'Norway' },
    ]).context;
    expect(context.suspension?.status).toBe('contested');
    expect(context.suspension?.objections).toEqual([
      { by: 'Norway', raisedOn: '2025-02-01', withdrawnOn: '2025-02-03' },
      { by: 'Austria', raisedOn: '2025-02-02', withdrawnOn: null },
      { by: 'Norway', raisedOn: '2025-02-04', withdrawnOn: '2025-02-05' },
    ]);
  });

  it('refuse to withdraw an objection a party has not raised', () => {
    const error = refusal({ treaty: 'ottawa' }, [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' }], {
      type: 'objection.withdrawn',
      date: '2025-02-02',
      by: 'Austria',
    });
    expect(error.toJSON()).toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
      message: 'Austria has no objection to withdraw',
      path: 'event.by',
    });
  });

  it('reopen the window when the last objection is withdrawn in time, and not after it', () => {
    const base = [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' } as WithdrawalEvent];
    const inTime = run({ treaty: suspendable }, [...base, { type: 'objection.withdrawn', date: '2025-03-01', by: 'Norway' }]);
    expect(inTime.value).toBe('suspensionPending');
    expect(inTime.context.suspension?.status).toBe('pending');
    expect(inTime.context.timeline.at(-1)).toEqual({ stage: 'suspension-pending', from: '2025-03-01', to: null });
    const late = run({ treaty: suspendable }, [...base, { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' }]);
    expect(late.value).toBe('suspended');
    // On a ground of the Convention (Art. 62) no suspension clause is needed: carried out once unopposed.
    const onVcltGround = run({ treaty: 'ottawa' }, [...base, { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' }]);
    expect(onVcltGround.value).toBe('suspended');
    expect(onVcltGround.context.suspensions).toEqual([{ from: '2025-06-01', to: null }]);
    // On a treaty provision the treaty does not have (Art. 57), it stays contested.
    const provision: WithdrawalEvent = { ...notified, ground: 'treaty-provision' } as WithdrawalEvent;
    const unprovided = run({ treaty: 'ottawa' }, [
      provision,
      base[1] as WithdrawalEvent,
      { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
    ]);
    expect(unprovided.value).toBe('suspensionContested');
    // With another objection still standing, nothing changes.
    const standing = run({ treaty: suspendable }, [
      ...base,
      { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
      { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
    ]);
    expect(standing.value).toBe('suspensionContested');
  });

  it('record findings, and a settlement either way, in order', () => {
    const contested = [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' } as WithdrawalEvent];
    const found = run({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'suspension.rejected', date: '2025-12-05', by: 'Meeting of States Parties' },
    ]);
    expect(found.context.suspension?.findings).toEqual([{ by: 'Meeting of States Parties', date: '2025-12-05' }]);
    const upheld = run({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'dispute.settled', date: '2026-01-01', outcome: 'suspension-upheld' },
    ]);
    expect(upheld.value).toBe('suspended');
    const abandoned = run({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'dispute.settled', date: '2026-01-01', outcome: 'suspension-abandoned' },
    ]);
    expect(abandoned.value).toBe('procedure');
    expect(abandoned.context.suspension?.status).toBe('ended');
    const early = refusal({ treaty: 'ottawa' }, [...contested, { type: 'clock.advanced', date: '2025-03-01' }], {
      type: 'dispute.settled',
      date: '2025-02-15',
      outcome: 'suspension-abandoned',
    });
    expect(early.code).toBe('EVENT_OUT_OF_ORDER');
  });

  it('end a suspension in force, closing only its own period', () => {
    const notice: WithdrawalEvent = { ...notified, ground: 'material-breach' };
    const twice = run({ treaty: suspendable }, [
      notice,
      { type: 'clock.advanced', date: '2025-05-01' },
      { type: 'suspension.ended', date: '2025-06-01' },
      { ...notice, date: '2025-07-01' },
      { type: 'clock.advanced', date: '2025-11-01' },
      { type: 'suspension.ended', date: '2025-12-01' },
    ]).context;
    expect(twice.suspensions).toEqual([
      { from: '2025-04-10', to: '2025-06-01' },
      { from: '2025-10-01', to: '2025-12-01' },
    ]);
    expect(twice.suspension?.status).toBe('ended');
    expect(twice.timeline.at(-1)).toMatchObject({ stage: 'in-procedure', from: '2025-12-01' });
    // After a deposit, the suspension stays in force until it is ended or the withdrawal takes effect.
    const during = run({ treaty: suspendable }, [
      notice,
      { type: 'clock.advanced', date: '2025-05-01' },
      deposit('2025-06-01'),
      { type: 'suspension.ended', date: '2025-07-01' },
    ]);
    expect(during.value).toBe('noticePeriod');
    expect(during.context.suspension?.status).toBe('ended');
    expect(during.context.suspensions).toEqual([{ from: '2025-04-10', to: '2025-07-01' }]);
    const none = refusal({ treaty: suspendable }, [deposit('2025-06-01')], { type: 'suspension.ended', date: '2025-07-01' });
    expect(none.message).toBe('no suspension is in force, so none can end');
  });

  it('close the suspension when a withdrawal takes effect during it', () => {
    const context = run({ treaty: suspendable }, [
      { ...notified, ground: 'material-breach' },
      { type: 'clock.advanced', date: '2025-05-01' },
      deposit('2025-06-01'),
      { type: 'clock.advanced', date: '2026-01-01' },
    ]).context;
    expect(context.suspension?.status).toBe('ended');
    expect(context.suspensions).toEqual([{ from: '2025-04-10', to: '2025-12-01' }]);
  });

  it('take an objection from the day the window closes only after the window has closed', () => {
    const provision: WithdrawalEvent = { ...notified, ground: 'treaty-provision' } as WithdrawalEvent;
    const window = run({ treaty: 'ottawa' }, [provision]).context.suspension?.objectionWindowEndsOn as CalendarDate;
    expect(window).toBe('2025-04-10');
    // applyEvent first lets the window close (the suspension invokes a provision
    // the Mine Ban Treaty does not have, so it is contested), then records the objection.
    const onTheDay = run({ treaty: 'ottawa' }, [provision, { type: 'objection.raised', date: window, by: 'Norway' }]);
    expect(onTheDay.context.timeline.at(-1)).toMatchObject({ stage: 'suspension-contested', from: window });
    expect(run({ treaty: 'ottawa' }, [notified, { type: 'objection.raised', date: '2025-04-09', by: 'Norway' }]).value).toBe(
      'suspensionContested',
    );
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    actor.send(notified);
    const why = explainRefusal('suspensionPending', actor.getSnapshot().context, {
      type: 'objection.raised',
      date: window,
      by: 'Norway',
    });
    expect(why).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'event.date' });
    expect(why.message).toMatch(/^the window for objections closed on 2025-04-10/);
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
    const envelope = JSON.parse(JSON.stringify(toPersisted(run({ treaty: 'ottawa' }, [deposit('2025-01-10')])))) as Record<
      string,
      unknown
    >;
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
    ['noticePeriod', { treaty: 'ottawa' }, [deposit('2025-01-10')], ['noticeExpiresOn']],
    [
      'deferred',
      { treaty: 'ottawa' },
      [
        { type: 'armedConflict.started', date: '2024-01-01' },
        deposit('2025-01-10'),
        { type: 'clock.advanced', date: '2025-08-01' },
      ],
      ['receivedOn', 'noticeExpiresOn'],
    ],
    ['effective', { treaty: 'ottawa' }, [deposit('2025-01-10'), { type: 'clock.advanced', date: '2025-08-01' }], ['effectiveOn']],
    [
      'revoked',
      { treaty: 'ottawa' },
      [deposit('2025-01-10'), { type: 'notification.revoked', date: '2025-03-01' }],
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
    const snapshot = run(input, events);
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
    const procedure = run({ treaty: 'ottawa' }, []);
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
          run({ treaty: 'ottawa' }, [deposit('2025-01-10')]),
          (e) => ((e.context as unknown as Record<string, unknown>).timeline = []),
        ),
      ),
    );
    expect(empty.message).toBe("state: state noticePeriod does not match the timeline's last stage (none)");
  });
});
