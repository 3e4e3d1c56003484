import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type CalendarDate,
  defineProcedure,
  defineTreaty,
  getProcedure,
  getTreaty,
  initialSnapshot,
  type Scenario,
  simulate,
  statusOn,
  type TreatyId,
  type WithdrawalEvent,
  type WithdrawalInput,
  withdrawalMachine,
} from '../../src/index.js';

// These tests are checked by `tsc --noEmit` (tsconfig includes tests/): each
// `@ts-expect-error` fails the type check if the line under it compiles.
describe('types that catch typos', () => {
  it('refuse a date not written YYYY-MM-DD', () => {
    // @ts-expect-error day/month/year is not a CalendarDate
    const event: WithdrawalEvent = { type: 'instrument.deposited', date: '27/06/2025' };
    // @ts-expect-error nor is a word
    const asOf: CalendarDate = 'tomorrow';
    const fine: CalendarDate = '2025-06-27';
    expectTypeOf(fine).toExtend<CalendarDate>();
    expectTypeOf<'2025-06-27'>().toExtend<CalendarDate>();
    expectTypeOf<'27/06/2025'>().not.toExtend<CalendarDate>();
    expect([event.date, asOf]).toEqual(['27/06/2025', 'tomorrow']);
  });

  it('refuse a misspelt treaty or procedure id', () => {
    // @ts-expect-error 'otawa' is not a shipped treaty id
    const treaty: Scenario = { treaty: 'otawa', events: [] };
    // @ts-expect-error 'parlamentary' is not a shipped procedure id
    const procedure: Scenario = { treaty: 'ottawa', procedure: 'parlamentary', events: [] };
    // @ts-expect-error nor in the machine's input
    const input: WithdrawalInput = { treaty: 'otawa' };
    expectTypeOf<'ottawa'>().toExtend<TreatyId>();
    expectTypeOf<'otawa'>().not.toExtend<TreatyId>();
    expect([treaty.treaty, procedure.procedure, input.treaty]).toEqual(['otawa', 'parlamentary', 'otawa']);
  });

  it('take profiles of your own, typed, through defineTreaty and defineProcedure', () => {
    const mine = defineTreaty({ ...getTreaty('ottawa'), id: 'my-treaty' });
    const vote = defineProcedure({ ...getProcedure('parliamentary'), id: 'two-votes' });
    const scenario: Scenario = { treaty: mine, procedure: vote, events: [{ type: 'decree.signed', date: '2025-01-01' }] };
    expect(simulate(scenario).treaty.id).toBe('my-treaty');
  });

  it('let an actor start from a snapshot without input', () => {
    const start = initialSnapshot({ treaty: 'ottawa' });
    const actor = createActor(withdrawalMachine, { snapshot: start }).start();
    actor.send({ type: 'instrument.deposited', date: '2025-06-27' });
    expect(actor.getSnapshot().context.noticeExpiresOn).toBe('2025-12-27');
    expect(statusOn(simulate({ treaty: 'ottawa', events: [] }), '2025-01-01').bound).toBe(true);
  });
});
