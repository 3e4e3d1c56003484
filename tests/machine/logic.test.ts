/** src/machine/logic.ts: the details of the context that no result field shows. */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, defineTreaty, getTreaty, simulate } from '../../src/index.js';
import type { WithdrawalEvent } from '../../src/machine/events.js';
import type { StepScratch } from '../../src/machine/helpers.js';
import { explainers, guards, unloggedUpdates, updates } from '../../src/machine/logic.js';
import type { NoticeExpiry } from '../../src/treaties/notice.js';
import { runEvents } from '../helpers.js';

describe('the context', () => {
  it('moves its date with the clock', () => {
    expect(runEvents({ treaty: 'ottawa' }, [{ type: 'clock.advanced', date: '2025-03-01' }]).context.date).toBe('2025-03-01');
  });

  it('records whether each domestic step was required', () => {
    const context = runEvents({ treaty: 'ottawa', procedure: 'parliamentary' }, [
      { type: 'decree.signed', date: '2025-01-01' },
      { type: 'parliament.approved', date: '2025-02-01' },
    ]).context;
    expect(context.domestic.map((d) => [d.type, d.required])).toEqual([
      ['decree.signed', false],
      ['parliament.approved', true],
    ]);
  });

  it('closes only the open conflict when one ends', () => {
    const context = runEvents({ treaty: 'ottawa' }, [
      { type: 'armedConflict.started', date: '2020-01-01' },
      { type: 'armedConflict.ended', date: '2021-01-01' },
      { type: 'armedConflict.started', date: '2022-01-01' },
      { type: 'armedConflict.ended', date: '2023-01-01' },
    ]).context;
    expect(context.conflicts.flat()).toEqual([
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

describe('the end of an armed conflict that deferred the withdrawal', () => {
  // Hypothetical: the Mine Ban Treaty's rules with its deferral under another article, plus the ILO
  // Constitution's condition on effect (Art. 1(5): financial obligations fulfilled).
  const ottawa = getTreaty('ottawa');
  const deferral = ottawa.withdrawal.armedConflictDeferral;
  const both = defineTreaty({
    ...ottawa,
    id: 'ottawa-with-conditions',
    withdrawal: {
      ...ottawa.withdrawal,
      conditions: getTreaty('ilo-constitution').withdrawal.conditions,
      armedConflictDeferral: deferral && { ...deferral, article: 'Art. 99(9)' },
    },
  } as never);
  const conflict = [
    { type: 'armedConflict.started', date: '2024-01-01' },
    { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
  ] as const;
  /** The conflict and deposit, obligations recorded outstanding on 2025-03-01, and the conflict's end on `endsOn`. */
  const withObligationsOutstanding = (endsOn: CalendarDate) =>
    simulate({
      treaty: both,
      party: 'X',
      events: [
        ...conflict,
        { type: 'obligations.outstanding', date: '2025-03-01' },
        { type: 'armedConflict.ended', date: endsOn },
      ],
    });

  it('gives effect on its last day, citing the deferral clause', () => {
    const result = simulate({
      treaty: both,
      party: 'X',
      events: [...conflict, { type: 'armedConflict.ended', date: '2026-01-01' }],
    });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2026-01-01' });
    expect(result.explanation.at(-1)).toMatchObject({ fact: 'effect', date: '2026-01-01', article: 'Art. 99(9)' });
  });

  it('leaves the withdrawal deferred while obligations stay outstanding, and says so', () => {
    const result = withObligationsOutstanding('2026-01-01');
    expect(result).toMatchObject({ outcome: 'deferred', effectiveOn: null });
    expect(result.explanation.at(-1)).toMatchObject({
      fact: 'deferral',
      date: '2026-01-01',
      rule: 'effect still waits for the outstanding obligations',
      article: 'Art. 1(5)',
    });
    expect(result.explanation.at(-1)?.statement).toMatch(
      /^The armed conflict no longer defers the withdrawal, but obligations of X recorded as outstanding on 2025-03-01 were still unfulfilled/,
    );
  });

  it('ending before the period does, says only that it ended, though obligations are outstanding', () => {
    const result = withObligationsOutstanding('2025-05-01');
    expect(result.explanation.filter((step) => step.date === '2025-05-01').map((step) => step.fact)).toEqual(['armed-conflict']);
    // The obligations still defer the effect when the period ends.
    expect(result).toMatchObject({ outcome: 'deferred', noticeExpiresOn: '2025-07-10' });
  });
});

describe('the notice of a deposit, shared by its guard, explainer and update', () => {
  const context = runEvents({ treaty: 'ottawa' }, []).context;
  const event: WithdrawalEvent = { type: 'instrument.deposited', date: '2025-06-27', reasons: 'r' };

  it('is computed once by the guard into the scratch, with its explanation when the run explains', () => {
    const scratch: StepScratch = { explain: true };
    expect(guards.depositAllowed(context, event, scratch)).toBe(true);
    const notice = scratch.notice as NoticeExpiry;
    expect(notice.expiresOn).toBe('2025-12-27');
    expect(notice.steps.map((s) => s.fact)).toEqual(['receipt', 'period-end']);
    const lean: StepScratch = { explain: false };
    guards.depositAllowed(context, event, lean);
    expect(lean.notice).toEqual({ ...notice, steps: [] });
  });

  it('is taken from the scratch by the update and the explainer', () => {
    const shared: NoticeExpiry = { expiresOn: '2030-01-01', periodEnd: '2030-01-01', steps: [], warnings: [] };
    const scratch: StepScratch = { explain: true, notice: shared };
    expect(updates.startNotice(context, event, scratch).noticeExpiresOn).toBe('2030-01-01');
    expect(unloggedUpdates.startNotice(context, event, scratch).noticeExpiresOn).toBe('2030-01-01');
    expect(explainers.startNotice?.(context, event, scratch)).toBe(shared.steps);
  });

  it('is computed by each where none is shared (XState calls them without a scratch)', () => {
    const scratch: StepScratch = { explain: true };
    guards.depositAllowed(context, event, scratch);
    expect(updates.startNotice(context, event).noticeExpiresOn).toBe('2025-12-27');
    expect(explainers.startNotice?.(context, event)).toEqual((scratch.notice as NoticeExpiry).steps);
  });

  it('is the refusal when the deposit is refused, and then explains nothing', () => {
    const early: WithdrawalEvent = { type: 'instrument.deposited', date: '1998-01-01', reasons: 'r' };
    const scratch: StepScratch = { explain: true };
    expect(guards.depositAllowed(context, early, scratch)).toBe(false);
    expect(scratch.notice).toMatchObject({ code: 'TREATY_NOT_IN_FORCE' });
    expect(explainers.startNotice?.(context, early, scratch)).toEqual([]);
    expect(updates.startNotice(context, early, scratch)).toEqual({ date: '1998-01-01', log: expect.anything() });
  });
});
