import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import {
  acceptedEvents,
  applyEvent,
  defineProcedure,
  explanationOf,
  getProcedure,
  getTreaty,
  initialSnapshot,
  WithdrawalError,
  type WithdrawalEvent,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../../src/index.js';
import { provisionOf } from '../../src/machine/machine.js';
import { applyAll } from '../helpers.js';

const UKRAINE_EVENTS: WithdrawalEvent[] = [
  { type: 'armedConflict.started', date: '2022-02-24' },
  { type: 'decree.signed', date: '2025-06-29' },
  { type: 'parliament.approved', date: '2025-07-15' },
  { type: 'law.signed', date: '2025-07-15' },
  { type: 'instrument.deposited', date: '2025-07-18' },
  { type: 'clock.advanced', date: '2026-06-01' },
];
const UKRAINE_INPUT = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;

function refusal(snapshot: WithdrawalSnapshot, event: unknown): WithdrawalError {
  const result = applyEvent(snapshot, event);
  if (result.ok) throw new Error(`expected ${JSON.stringify(event)} to be refused`);
  return result.error;
}

describe('the withdrawal machine', () => {
  it('runs the Ukraine scenario to deferral with an actor', () => {
    const actor = createActor(withdrawalMachine, { input: UKRAINE_INPUT }).start();
    const states: string[] = [];
    for (const event of UKRAINE_EVENTS) {
      actor.send(event);
      states.push(actor.getSnapshot().value);
    }
    expect(states).toEqual(['procedure', 'procedure', 'procedure', 'procedure', 'noticePeriod', 'deferred']);
    expect(actor.getSnapshot().context.noticeExpiresOn).toBe('2026-01-18');
    expect(actor.getSnapshot().context.effectiveOn).toBeNull();
  });

  it('reaches the same states and context through the actor and the pure path', () => {
    const actor = createActor(withdrawalMachine, { input: UKRAINE_INPUT }).start();
    let [pure] = initialTransition(withdrawalMachine, UKRAINE_INPUT);
    let strict = initialSnapshot(UKRAINE_INPUT);
    for (const event of UKRAINE_EVENTS) {
      actor.send(event);
      [pure] = transition(withdrawalMachine, pure, event);
      strict = applyAll(strict, [event]);
      expect(pure.value).toBe(actor.getSnapshot().value);
      expect(strict.value).toBe(actor.getSnapshot().value);
      expect(pure.context).toEqual(actor.getSnapshot().context);
      expect(strict.context).toEqual(actor.getSnapshot().context);
    }
  });

  it('takes effect at the end of the conflict that deferred it', () => {
    const deferred = applyAll(initialSnapshot(UKRAINE_INPUT), UKRAINE_EVENTS);
    const ended = applyAll(deferred, [{ type: 'armedConflict.ended', date: '2026-09-30' }]);
    expect(ended.value).toBe('effective');
    expect(ended.status).toBe('done');
    expect(ended.context.effectiveOn).toBe('2026-09-30');
    expect(ended.context.conflicts.flat()).toEqual([{ from: '2022-02-24', to: '2026-09-30' }]);
    expect(ended.context.timeline.map((s) => [s.stage, s.from, s.to])).toEqual([
      ['in-procedure', '2025-06-29', '2025-07-18'],
      ['notice-period', '2025-07-18', '2026-01-18'],
      ['deferred', '2026-01-18', '2026-09-30'],
      ['effective', '2026-09-30', null],
    ]);
  });

  it('does not defer when the conflict ended before the period expired', () => {
    const s = applyAll(initialSnapshot({ treaty: 'ottawa' }), [
      { type: 'armedConflict.started', date: '2025-01-01' },
      { type: 'instrument.deposited', date: '2025-07-18' },
      { type: 'armedConflict.ended', date: '2026-01-17' },
      { type: 'clock.advanced', date: '2026-01-18' },
    ]);
    expect(s.value).toBe('effective');
    expect(s.context.effectiveOn).toBe('2026-01-18');
  });

  it('defers when the conflict began during the period and is ongoing at expiry', () => {
    const s = applyAll(initialSnapshot({ treaty: 'ccm' }), [
      { type: 'instrument.deposited', date: '2025-07-18' },
      { type: 'armedConflict.started', date: '2026-01-17' },
      { type: 'clock.advanced', date: '2026-01-18' },
    ]);
    expect(s.value).toBe('deferred');
  });

  it('ignores armed conflicts for treaties without a deferral clause', () => {
    const s = applyAll(initialSnapshot({ treaty: 'rome-statute' }), [
      { type: 'armedConflict.started', date: '2016-01-01' },
      { type: 'instrument.deposited', date: '2016-10-27' },
      { type: 'clock.advanced', date: '2017-10-27' },
    ]);
    expect(s.value).toBe('effective');
    expect(explanationOf(s).some((step) => step.fact === 'armed-conflict')).toBe(false);
  });

  it('advances the clock to an event’s date before applying it', () => {
    const deposited = applyAll(initialSnapshot({ treaty: 'ottawa', party: 'EST' }), [
      { type: 'instrument.deposited', date: '2025-06-27' },
    ]);
    // Revocation on the day the withdrawal takes effect is too late: effect is at the start of the day.
    const onTheDay = refusal(deposited, { type: 'notification.revoked', date: '2025-12-27' });
    expect(onTheDay.code).toBe('ALREADY_EFFECTIVE');
    expect(onTheDay.state).toBe('effective');
    expect(onTheDay.allowedEvents).toEqual([]);
    const dayBefore = applyAll(deposited, [{ type: 'notification.revoked', date: '2025-12-26' }]);
    expect(dayBefore.value).toBe('revoked');
    // The refused event left the snapshot it was given untouched.
    expect(deposited.value).toBe('noticePeriod');
  });

  it('lets a revocation end a deferred withdrawal', () => {
    const deferred = applyAll(initialSnapshot(UKRAINE_INPUT), UKRAINE_EVENTS);
    const revoked = applyAll(deferred, [{ type: 'notification.revoked', date: '2027-01-01' }]);
    expect(revoked.value).toBe('revoked');
    expect(revoked.context.revokedOn).toBe('2027-01-01');
  });

  it('refuses a deposit before the domestic procedure is complete, naming what is missing', () => {
    const decreed = applyAll(initialSnapshot(UKRAINE_INPUT), [{ type: 'decree.signed', date: '2025-06-29' }]);
    const error = refusal(decreed, { type: 'instrument.deposited', date: '2025-07-01' });
    expect(error.code).toBe('PROCEDURE_INCOMPLETE');
    expect(error.missingSteps).toEqual(['parliament.approved', 'law.signed']);
    expect(error.message).toContain('Verkhovna Rada adopts the law');
    const southAfrica = initialSnapshot({ treaty: 'rome-statute', procedure: 'parliamentary' });
    expect(refusal(southAfrica, { type: 'instrument.deposited', date: '2016-10-19' }).code).toBe('PROCEDURE_INCOMPLETE');
  });

  it('refuses steps out of the procedure’s order', () => {
    const error = refusal(initialSnapshot(UKRAINE_INPUT), { type: 'law.signed', date: '2025-07-15' });
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.missingSteps).toEqual(['decree.signed', 'parliament.approved']);
  });

  it('ends the procedure when the legislature rejects, unless the profile allows another vote', () => {
    const abandoned = applyAll(initialSnapshot(UKRAINE_INPUT), [
      { type: 'decree.signed', date: '2025-06-29' },
      { type: 'parliament.rejected', date: '2025-07-15' },
    ]);
    expect(abandoned.value).toBe('abandoned');
    expect(refusal(abandoned, { type: 'parliament.approved', date: '2025-08-01' }).code).toBe('EVENT_NOT_ALLOWED');

    const secondVote = defineProcedure({ ...getProcedure('parliamentary'), id: 'second-vote', resubmission: true });
    const resumed = applyAll(initialSnapshot({ treaty: 'ottawa', procedure: secondVote }), [
      { type: 'parliament.rejected', date: '2025-03-01' },
      { type: 'parliament.approved', date: '2025-05-01' },
      { type: 'law.signed', date: '2025-05-02' },
      { type: 'instrument.deposited', date: '2025-06-01' },
    ]);
    expect(resumed.value).toBe('noticePeriod');
    expect(resumed.context.domestic.map((d) => d.type)).toEqual(['parliament.rejected', 'parliament.approved', 'law.signed']);
  });

  it('refuses a rejection when the procedure has no parliamentary step', () => {
    expect(refusal(initialSnapshot({ treaty: 'ottawa' }), { type: 'parliament.rejected', date: '2025-03-01' }).message).toContain(
      "procedure 'none' requires no approval by the legislature",
    );
  });

  it('refuses events dated before the last one applied', () => {
    const s = applyAll(initialSnapshot({ treaty: 'ottawa' }), [{ type: 'decree.signed', date: '2025-06-29' }]);
    const error = refusal(s, { type: 'armedConflict.started', date: '2025-06-28' });
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(error.path).toBe('event.date');
    expect(applyAll(s, [{ type: 'armedConflict.started', date: '2025-06-29' }]).value).toBe('procedure');
  });

  it('refuses conflicts that do not add up', () => {
    const s = initialSnapshot({ treaty: 'ottawa', party: 'X' });
    expect(refusal(s, { type: 'armedConflict.ended', date: '2025-01-01' }).message).toContain(
      'X is not engaged in an armed conflict',
    );
    const atWar = applyAll(s, [{ type: 'armedConflict.started', date: '2025-01-01' }]);
    expect(refusal(atWar, { type: 'armedConflict.started', date: '2025-02-01' }).message).toContain('already engaged');
  });

  it('refuses a notice given too early or without the date it needs', () => {
    const early = refusal(initialSnapshot({ treaty: 'paris-agreement', entryIntoForce: '2016-11-04' }), {
      type: 'instrument.deposited',
      date: '2019-11-03',
    });
    expect(early.code).toBe('NOTICE_TOO_EARLY');
    expect(
      refusal(initialSnapshot({ treaty: 'paris-agreement' }), { type: 'instrument.deposited', date: '2019-11-04' }).code,
    ).toBe('MISSING_ENTRY_INTO_FORCE');
    const later = refusal(initialSnapshot({ treaty: 'ottawa' }), {
      type: 'instrument.deposited',
      date: '2025-06-27',
      laterDate: '2026-01-01',
    });
    expect(later.code).toBe('LATER_DATE_NOT_ALLOWED');
    expect(later.path).toBe('event.laterDate');
  });

  it('refuses an ambiguous month end under the reject policy', () => {
    const strict = initialSnapshot({ treaty: 'ottawa', overflow: 'reject' });
    expect(refusal(strict, { type: 'instrument.deposited', date: '2025-08-31' }).code).toBe('AMBIGUOUS_DATE');
    const lenient = applyAll(initialSnapshot({ treaty: 'ottawa' }), [{ type: 'instrument.deposited', date: '2025-08-31' }]);
    expect(lenient.context.noticeExpiresOn).toBe('2026-02-28');
    expect(explanationOf(lenient).find((s) => s.fact === 'period-end')?.clamped).toBe(true);
  });

  it('records a warning, not a refusal, when the reasons the treaty demands are missing', () => {
    const s = applyAll(initialSnapshot({ treaty: 'ottawa' }), [{ type: 'instrument.deposited', date: '2025-06-27' }]);
    expect(s.context.warnings.map((w) => w.code)).toEqual(['REASONS_MISSING']);
  });

  it('refuses invalid events naming the field, and unknown ones', () => {
    const s = initialSnapshot({ treaty: 'ottawa' });
    const badDate = refusal(s, { type: 'instrument.deposited', date: '2025-02-30' });
    expect(badDate.code).toBe('INVALID_EVENT');
    expect(badDate.message).toBe('event.date: 2025-02-30 is not a calendar date');
    expect(refusal(s, { type: 'treaty.burned', date: '2025-01-01' }).code).toBe('INVALID_EVENT');
    expect(refusal(s, { type: 'decree.signed', date: '2025-01-01', extra: 1 }).message).toContain('unknown field "extra"');
    expect(refusal(s, null).code).toBe('INVALID_EVENT');
  });

  it('refuses a revocation with nothing to revoke, listing what the state accepts', () => {
    const error = refusal(initialSnapshot({ treaty: 'ottawa' }), { type: 'notification.revoked', date: '2025-01-01' });
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.message).toContain('nothing has been deposited yet');
    // What the state accepts, less what the Ottawa Convention refuses in every state
    // (it has no membership rule and no conditions on effect), and less an agreement
    // before deposit, which only ends a treaty that gives no right of withdrawal.
    const ruledOut = ['membership.terminated', 'obligations.outstanding', 'obligations.fulfilled', 'withdrawal.agreed'];
    expect(error.allowedEvents).toEqual(acceptedEvents('procedure').filter((type) => !ruledOut.includes(type)));
    expect(error.event).toEqual({ type: 'notification.revoked', date: '2025-01-01' });
  });

  it('lists an agreement before deposit as allowed only for a treaty without a right of withdrawal', () => {
    const revoke = { type: 'notification.revoked', date: '2025-01-01' } as const;
    expect(refusal(initialSnapshot({ treaty: 'ottawa' }), revoke).allowedEvents).not.toContain('withdrawal.agreed');
    expect(refusal(initialSnapshot({ treaty: 'iccpr' }), revoke).allowedEvents).toContain('withdrawal.agreed');
    // After the deposit an agreement on the date is open to every treaty.
    const deposited = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'instrument.deposited', date: '2025-01-01' });
    if (!deposited.ok) throw deposited.error;
    expect(refusal(deposited.snapshot, { type: 'decree.signed', date: '2025-02-01' }).allowedEvents).toContain(
      'withdrawal.agreed',
    );
  });

  it('refuses every event once the withdrawal is final', () => {
    const done = applyAll(initialSnapshot({ treaty: 'ottawa' }), [
      { type: 'instrument.deposited', date: '2025-06-27' },
      { type: 'clock.advanced', date: '2026-01-01' },
    ]);
    expect(done.value).toBe('effective');
    expect(refusal(done, { type: 'armedConflict.started', date: '2026-02-01' }).message).toContain('already effective');
  });

  it('refuses a deposit on a machine started without input', () => {
    // TypeScript requires the input; plain JavaScript callers can still forget it.
    const [blank] = (initialTransition as (machine: typeof withdrawalMachine) => [WithdrawalSnapshot, unknown])(
      withdrawalMachine,
    );
    expect(refusal(blank, { type: 'instrument.deposited', date: '2025-01-01' }).code).toBe('INVALID_INPUT');
  });

  it('validates the input up front', () => {
    // @ts-expect-error a misspelt treaty id does not compile; at run time it is refused
    expect(() => initialSnapshot({ treaty: 'otawa' })).toThrow(/unknown treaty "otawa"/);
    // @ts-expect-error nor does an unknown procedure id
    expect(() => initialSnapshot({ treaty: 'ottawa', procedure: 'kremlin' })).toThrow(/unknown procedure/);
    expect(() => initialSnapshot({ treaty: 'ottawa', entryIntoForce: '1999-02-30' })).toThrow(
      /entryIntoForce: 1999-02-30 is not a calendar date/,
    );
    expect(() => initialSnapshot(null as never)).toThrow(WithdrawalError);
  });

  it('describes every state and names its outcome and article in meta', () => {
    for (const [name, state] of Object.entries(withdrawalMachine.root.states)) {
      expect(state.description, name).toBeTruthy();
      const meta = state.meta as { outcome: string; article: string; source: string };
      expect(meta.outcome, name).toBeTruthy();
      expect(meta.article, name).toBeTruthy();
      expect(meta.source, name).toMatch(/^https:\/\//);
      for (const t of state.transitions.values()) {
        for (const candidate of t) expect(candidate.description, `${name} ${candidate.eventType}`).toBeTruthy();
      }
    }
  });
});

describe('the transitions cite the general law they apply', () => {
  it('cites VCLT Art. 68 for ending a suspension not yet in force, and Art. 72(2) for ending one in force', () => {
    const vcltText = 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf';
    const cited = Object.fromEntries(
      Object.entries(withdrawalMachine.root.states)
        .filter(([, state]) => state.on['suspension.ended'] !== undefined)
        .map(([name, state]) => [name, state.on['suspension.ended']?.map((t) => t.meta)]),
    );
    const art = (article: string) => [{ article: `VCLT Art. ${article}`, source: vcltText }];
    expect(cited).toEqual({
      suspensionPending: art('68'),
      suspensionContested: art('68'),
      suspended: art('72(2)'),
      noticePeriod: art('72(2)'),
      deferred: art('72(2)'),
    });
  });

  it('give the profile’s own provision for each kind a profile has, and the general law where it has none', () => {
    const general = { article: 'the general rule', source: 'https://example.org/general' };
    const ilo = getTreaty('ilo-constitution');
    const ottawa = getTreaty('ottawa');
    const cases = [
      ['instrument', ottawa, ottawa.withdrawal.instrument],
      ['effect', ottawa, ottawa.withdrawal.effect],
      ['armedConflictDeferral', ottawa, ottawa.withdrawal.armedConflictDeferral],
      ['conditions', ilo, ilo.withdrawal.conditions?.[0]],
      ['suspension', ottawa, ottawa.suspension],
    ] as const;
    for (const [provision, treaty, cited] of cases) {
      expect(cited, provision).toBeDefined();
      expect(provisionOf({ ...general, provision }, treaty), provision).toEqual({
        article: cited?.article,
        source: cited?.source,
      });
    }
    expect(provisionOf({ ...general, provision: 'conditions' }, ottawa)).toEqual(general);
    expect(provisionOf({ ...general, provision: 'suspension' })).toEqual(general);
  });
});

describe('types guide the caller', () => {
  it('infers events from the schemas', () => {
    expectTypeOf<Extract<WithdrawalEvent, { type: 'instrument.deposited' }>>().toHaveProperty('laterDate');
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } });
    actor.send({ type: 'decree.signed', date: '2025-01-01' });
    // @ts-expect-error an unknown event type does not compile
    actor.send({ type: 'treaty.burned', date: '2025-01-01' });
    // @ts-expect-error a dated event without its date does not compile
    actor.send({ type: 'instrument.deposited' });
    // @ts-expect-error laterDate belongs to instrument.deposited only
    actor.send({ type: 'decree.signed', date: '2025-01-01', laterDate: '2026-01-01' });
    // @ts-expect-error the input needs a treaty
    createActor(withdrawalMachine, { input: { party: 'UKR' } });
    expectTypeOf(initialSnapshot).parameter(0).toHaveProperty('treaty');
  });
});
