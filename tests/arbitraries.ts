/** fast-check generators of scenarios, shared by the property and fuzz suites. */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  type CalendarDate,
  defineProcedure,
  defineTreaty,
  getProcedure,
  getTreaty,
  type Scenario,
  type WithdrawalEvent,
  withdrawalEventTypes,
} from '../src/index.js';

const START = Temporal.PlainDate.from('2019-01-01');

/**
 * How many runs a property gets: as written, or a twentieth under TW_QUICK=1
 * (mutation testing runs the suite once per mutant).
 */
export function runs(count: number): number {
  return process.env.TW_QUICK ? Math.max(20, Math.ceil(count / 20)) : count;
}

/** A date between 2019 and about 2031, drawn through Temporal. */
export const dateArb = fc.integer({ min: 0, max: 4500 }).map((n) => START.add({ days: n }).toString() as CalendarDate);

/** The events of the withdrawal track (the suspension events have their own generator). */
export const eventTypes: readonly WithdrawalEvent['type'][] = withdrawalEventTypes.filter(
  (type) => !/^(suspension|objection|dispute)\./.test(type),
);

/** A treaty of one's own that, unlike the shipped ones, provides for suspension. */
export const suspendable = defineTreaty({
  ...getTreaty('ottawa'),
  id: 'suspendable',
  shortName: 'Suspendable Treaty',
  suspension: {
    provided: true,
    note: 'A party may suspend the operation of this treaty by notice (hypothetical clause for tests).',
    article: 'Art. 99',
    source: 'https://example.org/suspendable-treaty',
  },
});

const TEST_SOURCE = 'https://example.org/test-clause';
const conditions = [
  {
    kind: 'obligations-fulfilled' as const,
    text: 'all financial obligations fulfilled (test clause)',
    article: 'Art. 98',
    source: TEST_SOURCE,
  },
];

/** The Mine Ban Treaty's rules, plus an extension clause, a condition on effect and party status linked to membership of an organisation (six months). */
export const linkedTreaty = defineTreaty({
  ...getTreaty('ottawa'),
  id: 'linked-test',
  shortName: 'Linked Treaty',
  withdrawal: {
    ...getTreaty('ottawa').withdrawal,
    extension: { article: 'Art. 97', source: TEST_SOURCE },
    conditions,
    membership: {
      kind: 'linked',
      organisation: 'test-organisation',
      ceasesAfter: { months: 6 },
      article: 'Art. 96',
      source: TEST_SOURCE,
    },
  },
});

/** The Mine Ban Treaty's rules, as the constituent treaty of an organisation that can expel, with a condition on effect. */
export const constituentTreaty = defineTreaty({
  ...getTreaty('ottawa'),
  id: 'constituent-test',
  shortName: 'Constituent Treaty',
  withdrawal: {
    ...getTreaty('ottawa').withdrawal,
    conditions,
    membership: { kind: 'constituent', article: 'Art. 95', source: TEST_SOURCE },
  },
});

/** A treaty with no right of withdrawal (VCLT Art. 56(1) not met): left only by agreement, or by expulsion. */
export const noRightTreaty = defineTreaty({
  ...getTreaty('ottawa'),
  id: 'no-right-test',
  shortName: 'Closed Treaty',
  withdrawal: {
    ...getTreaty('ottawa').withdrawal,
    basis: 'none',
    effect: undefined,
    armedConflictDeferral: undefined,
    summary: 'No withdrawal clause and no implied right (test profile).',
    conditions,
    membership: { kind: 'constituent', article: 'Art. 95', source: TEST_SOURCE },
  },
});

const secondVote = defineProcedure({ ...getProcedure('parliamentary'), id: 'second-vote', resubmission: true });

export const treatyArb = fc.constantFrom<Scenario['treaty']>(
  linkedTreaty,
  constituentTreaty,
  noRightTreaty,
  'ottawa',
  'ccm',
  'rome-statute',
  'paris-agreement',
  'icsid',
  'unesco-constitution',
  'single-convention-1961',
  'att',
  'icrw',
  'who-constitution',
);

export const procedureArb = fc.constantFrom<Scenario['procedure']>(
  undefined,
  'none',
  'executive',
  'parliamentary',
  'ukraine',
  'poland',
  secondVote,
);

const suspensionEventArb: fc.Arbitrary<WithdrawalEvent> = fc.oneof(
  fc.record({
    type: fc.constant('suspension.notified' as const),
    date: dateArb,
    ground: fc.constantFrom('fundamental-change' as const, 'material-breach' as const, 'treaty-provision' as const),
  }),
  fc
    .record({
      type: fc.constant('suspension.notified' as const),
      date: dateArb,
      ground: fc.constant('fundamental-change' as const),
      urgent: fc.boolean(),
      days: fc.integer({ min: -5, max: 200 }),
    })
    .map(({ days, ...e }) => ({
      ...e,
      objectionPeriodEndsOn: Temporal.PlainDate.from(e.date).add({ days }).toString() as CalendarDate,
    })),
  fc.record({
    type: fc.constantFrom('objection.raised' as const, 'objection.withdrawn' as const),
    date: dateArb,
    by: fc.constantFrom('Norway', 'Switzerland'),
  }),
  fc.record({ type: fc.constant('suspension.rejected' as const), date: dateArb, by: fc.constant('Meeting of States Parties') }),
  fc.record({
    type: fc.constant('dispute.settled' as const),
    date: dateArb,
    outcome: fc.constantFrom('suspension-upheld' as const, 'suspension-abandoned' as const),
  }),
  fc.record({ type: fc.constant('suspension.ended' as const), date: dateArb }),
);

const withdrawalEventArb: fc.Arbitrary<WithdrawalEvent> = fc
  .record({
    type: fc.constantFrom(...eventTypes),
    date: dateArb,
    laterDate: fc.option(dateArb, { nil: undefined }),
    reasons: fc.option(fc.constantFrom('Security.', ''), { nil: undefined }),
    other: dateArb,
  })
  .map(({ type, date, laterDate, reasons, other }) => {
    if (type === 'period.extended') return { type, date, until: other };
    if (type === 'withdrawal.agreed') return { type, date, effectiveOn: other };
    if (type !== 'instrument.deposited') return { type, date } as WithdrawalEvent;
    return {
      type,
      date,
      ...(laterDate !== undefined && { laterDate }),
      ...(reasons !== undefined && { reasons }),
    };
  });

export const eventArb: fc.Arbitrary<WithdrawalEvent> = fc.oneof(
  { weight: 3, arbitrary: withdrawalEventArb },
  { weight: 1, arbitrary: suspensionEventArb },
);

/** Events in any order and mix: most are refused somewhere. */
const randomScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    treaty: treatyArb,
    procedure: procedureArb,
    party: fc.option(fc.constantFrom('UKR', 'Poland', 'X'), { nil: undefined }),
    entryIntoForce: fc.option(
      fc
        .integer({ min: 0, max: 3000 })
        .map((n) => Temporal.PlainDate.from('2010-01-01').add({ days: n }).toString() as CalendarDate),
      {
        nil: undefined,
      },
    ),
    events: fc.array(eventArb, { maxLength: 12 }),
    asOf: fc.option(dateArb, { nil: undefined }),
    overflow: fc.option(fc.constantFrom('constrain' as const, 'reject' as const), { nil: undefined }),
  })
  .map((s) => {
    const scenario: Record<string, unknown> = { treaty: s.treaty, events: s.events };
    for (const key of ['procedure', 'party', 'entryIntoForce', 'asOf', 'overflow'] as const) {
      if (s[key] !== undefined) scenario[key] = s[key];
    }
    return scenario as unknown as Scenario;
  });

/**
 * Scenarios that are valid by construction and end in a deposit: domestic steps
 * in order for the procedure, then a deposit, then maybe conflicts; dates all
 * distinct and increasing.
 */
export const depositScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    treaty: fc.constantFrom('ottawa', 'ccm', 'rome-statute', 'icsid', 'att', 'unesco-constitution', 'who-constitution'),
    start: fc.integer({ min: 0, max: 2000 }),
    gaps: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 6, maxLength: 6 }),
    conflictBefore: fc.boolean(),
    conflictEnds: fc.boolean(),
    reasons: fc.boolean(),
  })
  .map(({ treaty, start, gaps, conflictBefore: conflictWanted, conflictEnds, reasons }) => {
    // Conflicts only where they matter: elsewhere an end dated after the
    // withdrawal took effect would (rightly) be refused as coming too late.
    const conflictBefore = conflictWanted && (treaty === 'ottawa' || treaty === 'ccm');
    let day = START.add({ days: start });
    const next = (i: number) => {
      day = day.add({ days: gaps[i] ?? 1 });
      return day.toString() as CalendarDate;
    };
    const events: WithdrawalEvent[] = [];
    if (conflictBefore) events.push({ type: 'armedConflict.started', date: next(0) });
    events.push({ type: 'decree.signed', date: next(1) });
    events.push({ type: 'parliament.approved', date: next(2) });
    events.push({ type: 'law.signed', date: next(3) });
    events.push({ type: 'instrument.deposited', date: next(4), ...(reasons && { reasons: 'Security.' }) });
    if (conflictBefore && conflictEnds)
      events.push({ type: 'armedConflict.ended', date: day.add({ days: 150 + (gaps[5] ?? 0) * 3 }).toString() as CalendarDate });
    return { treaty, party: 'X', procedure: 'ukraine', events };
  });

const procedureSteps: Record<string, WithdrawalEvent['type'][]> = {
  none: [],
  executive: ['decree.signed'],
  parliamentary: ['parliament.approved', 'law.signed'],
  ukraine: ['decree.signed', 'parliament.approved', 'law.signed'],
  poland: ['parliament.approved', 'decree.signed'],
  'second-vote': ['parliament.rejected', 'parliament.approved', 'law.signed'],
};

/**
 * A withdrawal that mostly follows the rules: the procedure's steps in order,
 * a deposit, then conflicts, revocations and time passing, with gaps long
 * enough to reach expiry, deferral and effect.
 */
const structuredScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    treaty: fc.oneof(treatyArb, fc.constantFrom<Scenario['treaty']>('ottawa', 'ccm', linkedTreaty)),
    procedure: procedureArb,
    start: fc.integer({ min: 0, max: 3000 }),
    gaps: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 4 }),
    conflictFirst: fc.boolean(),
    laterDays: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }) },
    ),
    reasons: fc.boolean(),
    eifYearsBefore: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    tail: fc.array(
      fc.record({
        type: fc.constantFrom(
          'armedConflict.started',
          'armedConflict.ended',
          'notification.revoked',
          'clock.advanced',
          'period.extended',
          'withdrawal.agreed',
          'membership.terminated',
          'obligations.outstanding',
          'obligations.fulfilled',
        ) as fc.Arbitrary<WithdrawalEvent['type']>,
        gap: fc.integer({ min: 0, max: 400 }),
        ahead: fc.integer({ min: -10, max: 400 }),
      }),
      { maxLength: 5 },
    ),
    suspensionFirst: fc.option(
      fc.record({
        provided: fc.boolean(),
        steps: fc.array(
          fc.record({
            kind: fc.constantFrom(
              'objection.raised',
              'objection.withdrawn',
              'suspension.rejected',
              'dispute.settled',
              'clock.advanced',
              'suspension.ended',
            ),
            by: fc.constantFrom('Norway', 'Switzerland'),
            upheld: fc.boolean(),
            gap: fc.integer({ min: 0, max: 120 }),
          }),
          { maxLength: 4 },
        ),
      }),
      { nil: undefined },
    ),
    asOfDays: fc.option(fc.integer({ min: -200, max: 1500 }), { nil: undefined }),
  })
  .map((r) => {
    let day = START.add({ days: r.start });
    const events: WithdrawalEvent[] = [];
    if (r.conflictFirst) events.push({ type: 'armedConflict.started', date: day.toString() as CalendarDate });
    let treaty: Scenario['treaty'] = r.treaty;
    if (r.suspensionFirst) {
      if (r.suspensionFirst.provided) treaty = suspendable;
      events.push({ type: 'suspension.notified', date: day.toString() as CalendarDate, ground: 'fundamental-change' });
      for (const s of r.suspensionFirst.steps) {
        day = day.add({ days: s.gap });
        const date = day.toString() as CalendarDate;
        if (s.kind === 'objection.raised' || s.kind === 'objection.withdrawn' || s.kind === 'suspension.rejected') {
          events.push({ type: s.kind, date, by: s.by });
        } else if (s.kind === 'dispute.settled') {
          events.push({ type: s.kind, date, outcome: s.upheld ? 'suspension-upheld' : 'suspension-abandoned' });
        } else {
          events.push({ type: s.kind, date } as WithdrawalEvent);
        }
      }
    }
    const id = r.procedure === undefined ? 'none' : typeof r.procedure === 'string' ? r.procedure : r.procedure.id;
    (procedureSteps[id] ?? []).forEach((type, i) => {
      day = day.add({ days: r.gaps[i] ?? 1 });
      events.push({ type, date: day.toString() as CalendarDate } as WithdrawalEvent);
    });
    day = day.add({ days: r.gaps[3] ?? 1 });
    const receipt = day;
    if (treaty === noRightTreaty) {
      // No right of withdrawal: the parties' agreement is the way out (VCLT Art. 54(b)).
      events.push({
        type: 'withdrawal.agreed',
        date: receipt.toString() as CalendarDate,
        effectiveOn: receipt.add({ days: r.laterDays ?? 0 }).toString() as CalendarDate,
      });
    } else {
      events.push({
        type: 'instrument.deposited',
        date: receipt.toString() as CalendarDate,
        ...(r.laterDays !== undefined && { laterDate: receipt.add({ days: r.laterDays }).toString() as CalendarDate }),
        ...(r.reasons && { reasons: 'Security.' }),
      });
    }
    for (const { type, gap, ahead } of r.tail) {
      day = day.add({ days: gap });
      const date = day.toString() as CalendarDate;
      const later = day.add({ days: ahead }).toString() as CalendarDate;
      if (type === 'period.extended') events.push({ type, date, until: later, by: 'Council' });
      else if (type === 'withdrawal.agreed') events.push({ type, date, effectiveOn: ahead < 0 ? date : later });
      else if (type === 'obligations.outstanding' && ahead > 50)
        events.push({ type, date }, { type: 'obligations.fulfilled', date: later });
      else events.push({ type, date } as WithdrawalEvent);
    }
    const scenario: Record<string, unknown> = { treaty, party: 'X', events };
    if (r.procedure !== undefined) scenario.procedure = r.procedure;
    if (r.eifYearsBefore !== undefined)
      scenario.entryIntoForce = receipt.subtract({ years: r.eifYearsBefore }).toString() as CalendarDate;
    if (r.asOfDays !== undefined) scenario.asOf = receipt.add({ days: r.asOfDays }).toString() as CalendarDate;
    return scenario as unknown as Scenario;
  });

/** Any scenario: three in four mostly follow the rules, the rest are noise; many are refused somewhere, which is part of what is tested. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(
  { weight: 3, arbitrary: structuredScenarioArb },
  { weight: 1, arbitrary: randomScenarioArb },
);
