import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CalendarDate } from '../../src/index.js';
import {
  fromPersisted,
  getTreaty,
  type Scenario,
  safeSimulate,
  simulate,
  statusOn,
  toPersisted,
  type WithdrawalEvent,
  withdrawalMachine,
} from '../../src/index.js';
import { explainRefusal } from '../../src/machine/apply.js';
import { depositScenarioArb, runs, suspendable } from '../arbitraries.js';
import cases from '../fixtures/real-cases.json' with { type: 'json' };
import { deposited, errorOf, refusalAfter, runEvents } from '../helpers.js';

const ukraineReal = (cases as unknown as { id: string; scenario: Scenario }[]).find((c) => c.id === 'apmbt-ukr-2025-suspension')
  ?.scenario as Scenario;

describe("Ukraine's real 2025 instrument: a suspension", () => {
  const result = simulate(ukraineReal);

  it('is contested, starts no withdrawal clock and has no effective date', () => {
    expect(result.outcome).toBe('suspension-contested');
    expect(result.noticeExpiresOn).toBeNull();
    expect(result.receivedOn).toBeNull();
    expect(result.effectiveOn).toBeNull();
    expect(result.suspension).toMatchObject({
      notifiedOn: '2025-07-18',
      ground: 'fundamental-change',
      objectionWindowEndsOn: '2025-10-18',
      status: 'contested',
    });
    expect(result.suspension?.objections.map((o) => o.by)).toEqual(['Switzerland', 'New Zealand']);
    expect(result.suspension?.findings).toEqual([{ by: '22nd Meeting of States Parties', date: '2025-12-05' }]);
  });

  it('leaves Ukraine bound on every date', () => {
    for (const date of [
      '2022-01-01',
      '2025-07-17',
      '2025-07-18',
      '2025-10-18',
      '2026-01-18',
      '2026-06-01',
      '2030-01-01',
    ] as const) {
      expect(statusOn(result, date).bound, date).toBe(true);
    }
    expect(statusOn(result, '2025-08-01')).toMatchObject({ stage: 'suspension-pending' });
    expect(statusOn(result, '2026-06-01')).toMatchObject({
      stage: 'suspension-contested',
      article: '22nd Meeting of States Parties',
    });
    expect(statusOn(result, '2025-11-01').reason).toContain('objected to by Switzerland');
  });

  it('explains the law: VCLT Arts. 62, 65, 66, 67, 73 and the Meeting’s conclusion', () => {
    const articles = result.explanation.map((s) => s.article).join(' | ');
    for (const article of [
      'VCLT Art. 62',
      'Arts. 65(1)–(2), 67',
      'VCLT Arts. 65(3), 66',
      'VCLT Arts. 62, 73',
      '22nd Meeting of States Parties',
    ]) {
      expect(articles).toContain(article);
    }
    // Art. 57 governs suspension under the treaty or by consent, not a ground of the Convention (Art. 62).
    expect(articles).not.toContain('Art. 57');
    const finding = result.explanation.find((s) => s.fact === 'finding');
    expect(finding?.statement).toContain('does not allow the suspension of its operation');
    expect(finding?.source).toMatch(/npaid\.org/);
  });
});

describe('suspension under VCLT Art. 65', () => {
  const notice: WithdrawalEvent = { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' };

  it('is carried out after an unopposed window where the treaty provides for it, and then binds no more', () => {
    const result = simulate({ treaty: suspendable, party: 'X', events: [notice] });
    expect(result.outcome).toBe('suspended');
    expect(result.suspensions).toEqual([{ from: '2025-04-10', to: null }]);
    expect(statusOn(result, '2025-04-09')).toMatchObject({ bound: true, stage: 'suspension-pending' });
    expect(statusOn(result, '2025-04-10')).toMatchObject({
      bound: false,
      stage: 'suspended',
      article: 'VCLT Art. 62; VCLT Arts. 65(2), 67, 72',
    });
    expect(statusOn(result, '2027-01-01').bound).toBe(false);
    const pending = simulate({ treaty: suspendable, events: [notice], asOf: '2025-03-01' });
    expect(pending.outcome).toBe('suspension-pending');
  });

  it('binds again when the suspension ends', () => {
    const result = simulate({ treaty: suspendable, events: [notice, { type: 'suspension.ended', date: '2026-01-01' }] });
    expect(result.outcome).toBe('in-procedure');
    expect(result.suspensions).toEqual([{ from: '2025-04-10', to: '2026-01-01' }]);
    expect(statusOn(result, '2025-12-31').bound).toBe(false);
    expect(statusOn(result, '2026-01-01').bound).toBe(true);
  });

  it('is carried out after an unopposed window on a ground of the Convention, even where the treaty has no suspension clause', () => {
    for (const ground of ['fundamental-change', 'material-breach', 'supervening-impossibility'] as const) {
      const result = simulate({ treaty: 'ottawa', party: 'X', events: [{ ...notice, ground }] });
      expect(result.outcome).toBe('suspended');
      expect(result.timeline.at(-1)).toEqual({ stage: 'suspended', from: '2025-04-10', to: null });
      expect(statusOn(result, '2025-04-09').bound).toBe(true);
      expect(statusOn(result, '2025-04-10')).toMatchObject({ bound: false, stage: 'suspended' });
      // Art. 57 is not the law here, and the explanation does not contradict itself.
      const words = result.explanation.map((s) => `${s.article} ${s.statement}`).join(' ');
      expect(words).not.toContain('Art. 57');
      expect(words).not.toContain('contested');
      expect(result.explanation.map((s) => s.fact)).toEqual(['suspension-notice', 'suspension']);
      expect(result.explanation[1]?.statement).toMatch(
        /^No party objected by 2025-04-10, and the ground invoked is one of the Convention's own/,
      );
      // Another language's table words the step from its parameters: how the suspension came into force.
      expect(result.explanation[1]?.wording?.statement).toMatchObject({
        key: 'suspensionInForce',
        params: { how: 'noObjection', date: '2025-04-10', windowEndsOn: '2025-04-10' },
      });
    }
  });

  it('is contested at the end of the window when invoked under a treaty provision the treaty does not have (Art. 57)', () => {
    const result = simulate({ treaty: 'ottawa', events: [{ ...notice, ground: 'treaty-provision' }] });
    expect(result.outcome).toBe('suspension-contested');
    expect(result.timeline.at(-1)).toEqual({ stage: 'suspension-contested', from: '2025-04-10', to: null });
    expect(statusOn(result, '2026-01-01').reason).toContain('not provided for by the Mine Ban Treaty');
    expect(result.explanation[0]?.statement).toContain(
      'so without the consent of all the parties (VCLT Art. 57(b)) it cannot be carried out',
    );
    expect(result.explanation[0]?.statement).not.toContain('if none does');
    expect(result.explanation.at(-1)?.article).toContain('VCLT Art. 57');
  });

  it('lists its explanation steps in date order', () => {
    const scenarios: WithdrawalEvent[][] = [
      [notice],
      [{ ...notice, ground: 'treaty-provision' }],
      [
        notice,
        { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
        { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
      ],
      [
        notice,
        { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
        { type: 'suspension.rejected', date: '2025-12-05', by: 'Meeting' },
      ],
    ];
    for (const events of scenarios) {
      const dates = simulate({ treaty: 'ottawa', events }).explanation.map((s) => s.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('is contested by a timely objection, and an objection after the window is refused', () => {
    const objected = simulate({
      treaty: suspendable,
      events: [notice, { type: 'objection.raised', date: '2025-04-09', by: 'Norway' }],
    });
    expect(objected.outcome).toBe('suspension-contested');
    expect(statusOn(objected, '2026-01-01').bound).toBe(true);
    const late = errorOf(() =>
      simulate({ treaty: suspendable, events: [notice, { type: 'objection.raised', date: '2025-04-10', by: 'Norway' }] }),
    );
    expect(late.code).toBe('EVENT_NOT_ALLOWED');
    expect(late.state).toBe('suspended');
  });

  it('goes back to pending when the last objection is withdrawn in the window, and is carried out after it', () => {
    const result = simulate({
      treaty: suspendable,
      events: [
        notice,
        { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
        { type: 'objection.withdrawn', date: '2025-03-01', by: 'Norway' },
      ],
    });
    expect(result.outcome).toBe('suspended');
    expect(result.suspensions[0]?.from).toBe('2025-04-10');
    const late = simulate({
      treaty: suspendable,
      events: [
        notice,
        { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
        { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
      ],
    });
    expect(late.outcome).toBe('suspended');
    expect(late.suspensions[0]?.from).toBe('2025-06-01');
  });

  it('follows the settlement of the dispute', () => {
    const objected = [notice, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' } as const];
    const upheld = simulate({
      treaty: 'ottawa',
      events: [...objected, { type: 'dispute.settled', date: '2026-03-01', outcome: 'suspension-upheld', by: 'ICJ' }],
    });
    expect(upheld.outcome).toBe('suspended');
    expect(statusOn(upheld, '2026-03-01').bound).toBe(false);
    const abandoned = simulate({
      treaty: 'ottawa',
      events: [...objected, { type: 'dispute.settled', date: '2026-03-01', outcome: 'suspension-abandoned' }],
    });
    expect(abandoned.outcome).toBe('in-procedure');
    expect(statusOn(abandoned, '2026-03-01').bound).toBe(true);
  });

  it('takes a shorter window only when special urgency is claimed', () => {
    const short = { ...notice, objectionPeriodEndsOn: '2025-02-10' } as WithdrawalEvent;
    const refused = errorOf(() => simulate({ treaty: suspendable, events: [short] }));
    expect(refused.code).toBe('OBJECTION_PERIOD_TOO_SHORT');
    expect(refused.path).toBe('events[0].objectionPeriodEndsOn');
    const urgent = simulate({ treaty: suspendable, events: [{ ...short, urgent: true } as WithdrawalEvent] });
    expect(urgent.outcome).toBe('suspended');
    expect(urgent.suspensions[0]?.from).toBe('2025-02-10');
    expect(urgent.explanation[0]?.statement).toContain('special urgency');
    expect([urgent.suspension?.urgent, simulate({ treaty: suspendable, events: [notice] }).suspension?.urgent]).toEqual([
      true,
      false,
    ]);
    const longer = simulate({
      treaty: suspendable,
      events: [{ ...notice, objectionPeriodEndsOn: '2025-06-01' } as WithdrawalEvent],
    });
    expect(longer.suspensions[0]?.from).toBe('2025-06-01');
  });

  it('can be followed by an Art. 20 withdrawal in the same scenario', () => {
    const result = simulate({
      ...ukraineReal,
      events: [
        ...ukraineReal.events,
        { type: 'instrument.deposited', date: '2026-03-02', reasons: 'Security.' },
        { type: 'armedConflict.ended', date: '2026-05-01' },
      ],
    });
    expect(result.outcome).toBe('effective');
    expect(result.noticeExpiresOn).toBe('2026-09-02');
    expect(result.effectiveOn).toBe('2026-09-02');
    expect(result.suspension?.status).toBe('superseded');
    expect(result.warnings.map((w) => w.code)).toContain('SUSPENSION_SUPERSEDED');
    expect(result.timeline.map((s) => s.stage)).toEqual([
      'in-procedure',
      'suspension-pending',
      'suspension-contested',
      'notice-period',
      'effective',
    ]);
  });

  it('survives persistence once superseded, with the findings of the parties', () => {
    const { treaty, procedure, party } = ukraineReal;
    const events = [...ukraineReal.events, { type: 'instrument.deposited', date: '2026-03-02', reasons: 'Security.' } as const];
    const snapshot = runEvents({ treaty, procedure, party } as never, events);
    expect(snapshot.context.suspension).toMatchObject({
      status: 'superseded',
      findings: [{ by: '22nd Meeting of States Parties', date: '2025-12-05' }],
    });
    const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(snapshot))));
    expect(restored.value).toBe('noticePeriod');
    expect(restored.context).toEqual(snapshot.context);
  });

  it('keeps a suspension in force through a later withdrawal until it takes effect', () => {
    const result = simulate({
      treaty: suspendable,
      events: [notice, { type: 'instrument.deposited', date: '2025-06-01', reasons: 'r' }],
    });
    expect(result.effectiveOn).toBe('2025-12-01');
    expect(result.suspensions).toEqual([{ from: '2025-04-10', to: '2025-12-01' }]);
    expect(statusOn(result, '2025-07-01')).toMatchObject({ bound: false, stage: 'suspended' });
  });

  it('refuses suspension events that do not fit', () => {
    expect(
      errorOf(() => simulate({ treaty: 'ottawa', events: [{ type: 'objection.raised', date: '2025-01-01', by: 'Norway' }] }))
        .code,
    ).toBe('EVENT_NOT_ALLOWED');
    const twice = errorOf(() =>
      simulate({
        treaty: 'ottawa',
        events: [
          notice,
          { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
          { type: 'objection.raised', date: '2025-02-02', by: 'Norway' },
        ],
      }),
    );
    expect(twice.message).toContain('Norway has already objected');
    expect(
      errorOf(() =>
        simulate({ treaty: 'ottawa', events: [notice, { type: 'objection.withdrawn', date: '2025-02-01', by: 'Norway' }] }),
      ).code,
    ).toBe('EVENT_NOT_ALLOWED');
    expect(errorOf(() => simulate({ treaty: 'ottawa', events: [{ ...notice, ground: 'boredom' } as never] })).message).toMatch(
      /^events\[0\]\.ground/,
    );
  });

  it('says whether each shipped treaty provides for suspension, with the article', () => {
    expect(getTreaty('ottawa').suspension).toMatchObject({ provided: false, article: 'Arts. 1(1), 20; VCLT Art. 57' });
    expect(getTreaty('ccm').suspension.provided).toBe(false);
  });
});

describe('suspension never moves the effective date', () => {
  const suspensionEvents = (date: CalendarDate): WithdrawalEvent[] => [
    { type: 'suspension.notified', date, ground: 'fundamental-change' },
    { type: 'objection.raised', date, by: 'Norway' },
    { type: 'suspension.rejected', date, by: 'Meeting of States Parties' },
  ];

  it('adding a suspension before the deposit leaves effectiveOn and the notice period as they were', () => {
    fc.assert(
      fc.property(depositScenarioArb, fc.integer({ min: 1, max: 3 }), (scenario, count) => {
        const plain = simulate(scenario);
        const deposit = scenario.events.find((e) => e.type === 'instrument.deposited') as WithdrawalEvent;
        const first = scenario.events[0] as WithdrawalEvent;
        // Suspension events dated the day of the first event, before anything else.
        const withSuspension = safeSimulate({
          ...scenario,
          events: [...suspensionEvents(first.date).slice(0, count), ...scenario.events],
        });
        expect(withSuspension.success).toBe(true);
        if (withSuspension.success) {
          expect(withSuspension.data.effectiveOn).toBe(plain.effectiveOn);
          expect(withSuspension.data.noticeExpiresOn).toBe(plain.noticeExpiresOn);
          expect(withSuspension.data.receivedOn).toBe(deposit.date);
        }
      }),
      { numRuns: runs(1000), seed: 7 },
    );
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
    const suspension = runEvents({ treaty: 'ottawa' }, [notified]).context.suspension;
    expect(suspension).toMatchObject({ status: 'pending', objections: [], findings: [], reasons: 'changed' });
    const bare = runEvents({ treaty: 'ottawa' }, [{ ...notified, reasons: undefined } as WithdrawalEvent]).context.suspension;
    expect(bare?.reasons).toBeNull();
  });

  it('track each objection, its withdrawal, and a second objection by the same party', () => {
    const context = runEvents({ treaty: 'ottawa' }, [
      notified,
      { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
      { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
      { type: 'objection.withdrawn', date: '2025-02-03', by: 'Norway' },
      { type: 'objection.raised', date: '2025-02-04', by: 'Norway' },
      { type: 'objection.withdrawn', date: '2025-02-05', by: 'Norway' },
    ]).context;
    expect(context.suspension?.status).toBe('contested');
    expect(context.suspension?.objections.flat()).toEqual([
      { by: 'Norway', raisedOn: '2025-02-01', withdrawnOn: '2025-02-03' },
      { by: 'Austria', raisedOn: '2025-02-02', withdrawnOn: null },
      { by: 'Norway', raisedOn: '2025-02-04', withdrawnOn: '2025-02-05' },
    ]);
  });

  it('refuse to withdraw an objection a party has not raised', () => {
    const error = refusalAfter({ treaty: 'ottawa' }, [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' }], {
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
    const inTime = runEvents({ treaty: suspendable }, [
      ...base,
      { type: 'objection.withdrawn', date: '2025-03-01', by: 'Norway' },
    ]);
    expect(inTime.value).toBe('suspensionPending');
    expect(inTime.context.suspension?.status).toBe('pending');
    expect(inTime.context.timeline.at(-1)).toEqual({ stage: 'suspension-pending', from: '2025-03-01', to: null });
    const late = runEvents({ treaty: suspendable }, [...base, { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' }]);
    expect(late.value).toBe('suspended');
    // On a ground of the Convention (Art. 62) no suspension clause is needed: carried out once unopposed.
    const onVcltGround = runEvents({ treaty: 'ottawa' }, [
      ...base,
      { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
    ]);
    expect(onVcltGround.value).toBe('suspended');
    expect(onVcltGround.context.suspensions).toEqual([{ from: '2025-06-01', to: null }]);
    // On a treaty provision the treaty does not have (Art. 57), it stays contested.
    const provision: WithdrawalEvent = { ...notified, ground: 'treaty-provision' } as WithdrawalEvent;
    const unprovided = runEvents({ treaty: 'ottawa' }, [
      provision,
      base[1] as WithdrawalEvent,
      { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
    ]);
    expect(unprovided.value).toBe('suspensionContested');
    // With another objection still standing, nothing changes.
    const standing = runEvents({ treaty: suspendable }, [
      ...base,
      { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
      { type: 'objection.withdrawn', date: '2025-06-01', by: 'Norway' },
    ]);
    expect(standing.value).toBe('suspensionContested');
  });

  it('record findings, and a settlement either way, in order', () => {
    const contested = [notified, { type: 'objection.raised', date: '2025-02-01', by: 'Norway' } as WithdrawalEvent];
    const found = runEvents({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'suspension.rejected', date: '2025-12-05', by: 'Meeting of States Parties' },
    ]);
    expect(found.context.suspension?.findings).toEqual([{ by: 'Meeting of States Parties', date: '2025-12-05' }]);
    const upheld = runEvents({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'dispute.settled', date: '2026-01-01', outcome: 'suspension-upheld' },
    ]);
    expect(upheld.value).toBe('suspended');
    const abandoned = runEvents({ treaty: 'ottawa' }, [
      ...contested,
      { type: 'dispute.settled', date: '2026-01-01', outcome: 'suspension-abandoned' },
    ]);
    expect(abandoned.value).toBe('procedure');
    expect(abandoned.context.suspension?.status).toBe('ended');
    // A settlement dated before the last event is refused, whichever way it goes.
    for (const outcome of ['suspension-abandoned', 'suspension-upheld'] as const) {
      const early = refusalAfter({ treaty: 'ottawa' }, [...contested, { type: 'clock.advanced', date: '2025-03-01' }], {
        type: 'dispute.settled',
        date: '2025-02-15',
        outcome,
      });
      expect(early.code).toBe('EVENT_OUT_OF_ORDER');
    }
  });

  it('end a suspension in force, closing only its own period', () => {
    const notice: WithdrawalEvent = { ...notified, ground: 'material-breach' };
    const twice = runEvents({ treaty: suspendable }, [
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
    const during = runEvents({ treaty: suspendable }, [
      notice,
      { type: 'clock.advanced', date: '2025-05-01' },
      deposited('2025-06-01'),
      { type: 'suspension.ended', date: '2025-07-01' },
    ]);
    expect(during.value).toBe('noticePeriod');
    expect(during.context.suspension?.status).toBe('ended');
    expect(during.context.suspensions).toEqual([{ from: '2025-04-10', to: '2025-07-01' }]);
    const none = refusalAfter({ treaty: suspendable }, [deposited('2025-06-01')], {
      type: 'suspension.ended',
      date: '2025-07-01',
    });
    expect(none.message).toBe('no suspension is in force, so none can end');
  });

  it('close the suspension when a withdrawal takes effect during it', () => {
    const context = runEvents({ treaty: suspendable }, [
      { ...notified, ground: 'material-breach' },
      { type: 'clock.advanced', date: '2025-05-01' },
      deposited('2025-06-01'),
      { type: 'clock.advanced', date: '2026-01-01' },
    ]).context;
    expect(context.suspension?.status).toBe('ended');
    expect(context.suspensions).toEqual([{ from: '2025-04-10', to: '2025-12-01' }]);
    // A second suspension in force at the effect: only its period closes then; the first keeps its own end.
    const second = runEvents({ treaty: suspendable }, [
      { ...notified, ground: 'material-breach' },
      { type: 'clock.advanced', date: '2025-05-01' },
      { type: 'suspension.ended', date: '2025-06-01' },
      { ...notified, ground: 'material-breach', date: '2025-07-01' },
      { type: 'clock.advanced', date: '2025-11-01' },
      deposited('2025-11-15'),
      { type: 'clock.advanced', date: '2026-06-01' },
    ]).context;
    expect(second.suspensions).toEqual([
      { from: '2025-04-10', to: '2025-06-01' },
      { from: '2025-10-01', to: '2026-05-15' },
    ]);
  });

  it('take an objection from the day the window closes only after the window has closed', () => {
    const provision: WithdrawalEvent = { ...notified, ground: 'treaty-provision' } as WithdrawalEvent;
    const window = runEvents({ treaty: 'ottawa' }, [provision]).context.suspension?.objectionWindowEndsOn as CalendarDate;
    expect(window).toBe('2025-04-10');
    // applyEvent first lets the window close (the suspension invokes a provision
    // the Mine Ban Treaty does not have, so it is contested), then records the objection.
    const onTheDay = runEvents({ treaty: 'ottawa' }, [provision, { type: 'objection.raised', date: window, by: 'Norway' }]);
    expect(onTheDay.context.timeline.at(-1)).toMatchObject({ stage: 'suspension-contested', from: window });
    expect(
      runEvents({ treaty: 'ottawa' }, [notified, { type: 'objection.raised', date: '2025-04-09', by: 'Norway' }]).value,
    ).toBe('suspensionContested');
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

  it('close the window only in date order, even on the raw machine that does not move the clock first', () => {
    // Sent straight to an actor, a decree dated after the window's end is recorded
    // while the suspension is still pending; a clock dated before that decree (though
    // after the window) is out of order and changes nothing.
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    actor.send(notified);
    actor.send({ type: 'decree.signed', date: '2025-05-01' });
    expect([actor.getSnapshot().value, actor.getSnapshot().context.date]).toEqual(['suspensionPending', '2025-05-01']);
    actor.send({ type: 'clock.advanced', date: '2025-04-20' });
    expect([actor.getSnapshot().value, actor.getSnapshot().context.date]).toEqual(['suspensionPending', '2025-05-01']);
    actor.send({ type: 'clock.advanced', date: '2025-05-02' });
    expect([actor.getSnapshot().value, actor.getSnapshot().context.date]).toEqual(['suspended', '2025-05-02']);
  });
});
