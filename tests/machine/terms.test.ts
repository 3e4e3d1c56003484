/**
 * The events of the second version (src/machine/terms.ts): an extension of the
 * period, the parties' agreement on the date, the end of membership, and
 * obligations the effect is subject to; with real cases where there are ones.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/index.js';
import {
  applyEvent,
  defineTreaty,
  getTreaty,
  initialSnapshot,
  machineDiagram,
  type Scenario,
  safeSimulate,
  simulate,
  statusOn,
  type TreatyProfile,
  type TreatyProfileInput,
  type WithdrawalEvent,
  withdrawalMachine,
} from '../../src/index.js';
import { linkedTreaty, runs } from '../arbitraries.js';
import { errorOf, runEvents } from '../helpers.js';

const ottawa = getTreaty('ottawa');

// ---------------------------------------------------------------------------
// Profiles written for these tests (the shipped ones are written in #12)
// ---------------------------------------------------------------------------

const TEU_ART_50 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12012M050';

/** Treaty on European Union, Art. 50(3): two years after the notification, unless the European Council extends the period. */
/** The linked test treaty (hypothetical), with party status ending `ceasesAfter` the end of membership. */
function linkedAfter(id: string, ceasesAfter: { months?: number; days?: number }) {
  return defineTreaty({
    ...(linkedTreaty as TreatyProfileInput),
    id,
    withdrawal: {
      ...linkedTreaty.withdrawal,
      membership: { ...(linkedTreaty.withdrawal.membership as object), ceasesAfter } as never,
    },
  });
}

/** A notice, then the end of the party's membership seven weeks later. */
const noticeThenExpulsion: WithdrawalEvent[] = [
  { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
  { type: 'membership.terminated', date: '2025-03-01' },
];

const teu = defineTreaty({
  id: 'teu-test',
  version: 1,
  name: 'Treaty on European Union',
  shortName: 'TEU',
  depositary: 'Government of the Italian Republic (notification to the European Council)',
  status: 'in-force',
  entryIntoForce: {
    date: '2009-12-01',
    article: 'Treaty of Lisbon Art. 6(2)',
    source: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12007L/TXT',
  },
  text: TEU_ART_50,
  withdrawal: {
    basis: 'treaty-clause',
    summary: 'Two years after the notification, unless the European Council unanimously extends the period (Art. 50(3)).',
    // The treaties cease to apply "two years after the notification": the UK was bound through 29 March 2019.
    effect: { kind: 'after-receipt', period: { years: 2 }, counting: 'next-day', article: 'TEU Art. 50(3)', source: TEU_ART_50 },
    extension: { article: 'TEU Art. 50(3)', source: TEU_ART_50 },
    instrument: { notify: ['European Council'], reasons: 'not-required', article: 'TEU Art. 50(2)', source: TEU_ART_50 },
  },
  suspension: { provided: false, note: 'Art. 7 TEU suspends rights, not the treaty.', article: 'TEU Art. 7', source: TEU_ART_50 },
});

const COE_STATUTE = 'https://rm.coe.int/1680306052';
const ECHR = 'https://www.echr.coe.int/documents/d/echr/convention_ENG';

/** Statute of the Council of Europe: withdrawal at the end of the financial year (Art. 7); expulsion (Art. 8). */
const coeStatute = defineTreaty({
  id: 'coe-statute-test',
  version: 1,
  name: 'Statute of the Council of Europe',
  shortName: 'Statute of the Council of Europe',
  depositary: 'Secretary General of the Council of Europe',
  status: 'in-force',
  entryIntoForce: { date: '1949-08-03', article: 'Art. 42', source: COE_STATUTE },
  text: COE_STATUTE,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Effect at the end of the financial year if notified in its first nine months, else at the end of the next (Art. 7).',
    effect: { kind: 'calendar', receivedBy: '09-30', effectOn: '01-01', yearsAfter: 1, article: 'Art. 7', source: COE_STATUTE },
    membership: { kind: 'constituent', article: 'Art. 8', source: COE_STATUTE },
    instrument: { notify: ['Secretary General'], reasons: 'not-required', article: 'Art. 7', source: COE_STATUTE },
  },
  suspension: {
    provided: false,
    note: 'Art. 8 suspends rights of representation, not the Statute.',
    article: 'Art. 8',
    source: COE_STATUTE,
  },
});

/** European Convention on Human Rights, Art. 58: six months' notice; a party that ceases to be a member of the Council of Europe ceases to be a party. */
const echr = defineTreaty({
  id: 'echr-test',
  version: 1,
  name: 'Convention for the Protection of Human Rights and Fundamental Freedoms',
  shortName: 'ECHR',
  depositary: 'Secretary General of the Council of Europe',
  status: 'in-force',
  entryIntoForce: { date: '1953-09-03', article: 'Art. 59(2)', source: ECHR },
  text: ECHR,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Six months after notice (Art. 58(1)); ceasing to be a member of the Council of Europe ends party status on the same terms (Art. 58(3)).',
    effect: { kind: 'after-receipt', period: { months: 6 }, counting: 'same-day', article: 'Art. 58(1)', source: ECHR },
    membership: {
      kind: 'linked',
      organisation: 'the Council of Europe',
      ceasesAfter: { months: 6 },
      article: 'Art. 58(3), (1)',
      source: ECHR,
    },
    instrument: { notify: ['Secretary General'], reasons: 'not-required', article: 'Art. 58(1)', source: ECHR },
  },
  suspension: { provided: false, note: 'Art. 15 allows derogation, not suspension.', article: 'Art. 15', source: ECHR },
});

const ILO = 'https://normlex.ilo.org/dyn/nrmlx_en/f?p=1000:62:0::NO:62:P62_LIST_ENTRIE_ID:2453907:NO';

/** ILO Constitution Art. 1(5): two years after receipt, subject to the Member having fulfilled all financial obligations. */
const ilo = defineTreaty({
  id: 'ilo-test',
  version: 1,
  name: 'Constitution of the International Labour Organisation',
  shortName: 'ILO Constitution',
  depositary: 'Director-General of the International Labour Office',
  status: 'in-force',
  entryIntoForce: { date: '1919-06-28', article: 'Treaty of Versailles Part XIII', source: ILO },
  text: ILO,
  withdrawal: {
    basis: 'treaty-clause',
    summary: 'Two years after receipt, subject to all financial obligations having been fulfilled (Art. 1(5)).',
    effect: { kind: 'after-receipt', period: { years: 2 }, counting: 'same-day', article: 'Art. 1(5)', source: ILO },
    conditions: [
      {
        kind: 'obligations-fulfilled',
        text: 'all financial obligations arising out of membership fulfilled',
        article: 'Art. 1(5)',
        source: ILO,
      },
    ],
    instrument: { notify: ['Director-General'], reasons: 'not-required', article: 'Art. 1(5)', source: ILO },
  },
  suspension: { provided: false, note: 'No suspension clause.', article: 'VCLT Art. 57', source: ILO },
});

const GENEVA = 'https://ihl-databases.icrc.org/en/ihl-treaties/gciii-1949/article-142';

/** Geneva Convention III, Art. 142: one year after notice, but not before peace, release and repatriation where the party is in a conflict. */
const genevaIII = defineTreaty({
  id: 'geneva-test',
  version: 1,
  name: 'Geneva Convention (III) relative to the Treatment of Prisoners of War',
  shortName: 'Third Geneva Convention',
  depositary: 'Swiss Federal Council',
  status: 'in-force',
  entryIntoForce: { date: '1950-10-21', article: 'Art. 138', source: GENEVA },
  text: GENEVA,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'One year after notice; during a conflict, not before peace is concluded and release and repatriation completed (Art. 142).',
    effect: { kind: 'after-receipt', period: { years: 1 }, counting: 'same-day', article: 'Art. 142(3)', source: GENEVA },
    armedConflictDeferral: { until: 'peace-and-repatriation', article: 'Art. 142(3)', source: GENEVA },
    instrument: { notify: ['Swiss Federal Council'], reasons: 'not-required', article: 'Art. 142(2)', source: GENEVA },
  },
  suspension: { provided: false, note: 'No suspension clause.', article: 'VCLT Art. 57', source: GENEVA },
});

/** A treaty with no withdrawal clause and no implied right (VCLT Art. 56(1) not met). */
const closed = defineTreaty({
  ...(ottawa as TreatyProfileInput),
  id: 'closed-test',
  shortName: 'Closed Treaty',
  withdrawal: {
    ...ottawa.withdrawal,
    basis: 'none',
    effect: undefined,
    armedConflictDeferral: undefined,
    summary: 'No right of withdrawal.',
  },
});

const bound = (scenario: Scenario, date: CalendarDate) => statusOn(simulate(scenario), date).bound;

// ---------------------------------------------------------------------------
// period.extended
// ---------------------------------------------------------------------------

describe('period.extended', () => {
  // The United Kingdom notified its withdrawal on 29 March 2017; the European
  // Council extended the period three times: to 12 April 2019 (Decision (EU)
  // 2019/476), 31 October 2019 (2019/584) and 31 January 2020 (2019/1810). The UK
  // left on 1 February 2020.
  const brexit: Scenario = {
    treaty: teu,
    party: 'GBR',
    events: [
      {
        type: 'instrument.deposited',
        date: '2017-03-29',
        source: 'https://www.consilium.europa.eu/media/24079/160329-letter-tusk-uk.pdf',
      },
      {
        type: 'period.extended',
        date: '2019-03-22',
        until: '2019-04-12',
        by: 'European Council Decision (EU) 2019/476',
        source: 'https://eur-lex.europa.eu/eli/dec/2019/476/oj',
      },
      {
        type: 'period.extended',
        date: '2019-04-11',
        until: '2019-10-31',
        by: 'European Council Decision (EU) 2019/584',
        source: 'https://eur-lex.europa.eu/eli/dec/2019/584/oj',
      },
      {
        type: 'period.extended',
        date: '2019-10-29',
        until: '2020-01-31',
        by: 'European Council Decision (EU) 2019/1810',
        source: 'https://eur-lex.europa.eu/eli/dec/2019/1810/oj',
      },
    ],
  };

  it('reproduces the United Kingdom’s withdrawal from the EU to the day: effect on 1 February 2020', () => {
    const result = simulate(brexit);
    expect(result.outcome).toBe('effective');
    expect(result.effectiveOn).toBe('2020-02-01');
    expect(result.noticeExpiresOn).toBe('2020-02-01');
    expect(statusOn(result, '2020-01-31')).toMatchObject({ bound: true, stage: 'notice-period' });
    expect(statusOn(result, '2020-02-01')).toMatchObject({ bound: false, stage: 'effective', article: 'TEU Art. 50(3)' });
    // Without the extensions the treaties would have ceased to apply on 30 March 2019.
    expect(simulate({ ...brexit, events: brexit.events.slice(0, 1) }).effectiveOn).toBe('2019-03-30');
    // Each extension, with its last day bound and the day of effect after it.
    const extensions = result.explanation.filter((s) => s.fact === 'extension');
    expect(extensions.map((s) => [s.date, s.article])).toEqual([
      ['2019-03-22', 'TEU Art. 50(3)'],
      ['2019-04-11', 'TEU Art. 50(3)'],
      ['2019-10-29', 'TEU Art. 50(3)'],
    ]);
    expect(extensions[2]?.statement).toContain('binds United Kingdom (GBR) through 2020-01-31 (instead of 2019-10-31)');
    expect(result.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2020-02-01',
      article: 'TEU Art. 50(3)',
      statement:
        'The withdrawal took effect on 2020-02-01, the day after the period extended on 2019-10-29 ended. From that day the TEU no longer binds United Kingdom (GBR).',
    });
  });

  it('is bound on each intermediate day of effect that was extended away', () => {
    for (const day of ['2019-03-30', '2019-04-13', '2019-11-01'] as const) expect(bound(brexit, day)).toBe(true);
  });

  it('cites VCLT Art. 54(b) where the profile has no extension clause', () => {
    const result = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-07-10' },
        { type: 'period.extended', date: '2025-12-01', until: '2026-03-31' },
      ],
    });
    expect(result.effectiveOn).toBe('2026-04-01');
    expect(result.explanation.find((s) => s.fact === 'extension')?.article).toBe('VCLT Art. 54(b)');
  });

  it('is refused unless a period is running and until is later than the last day bound', () => {
    const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2017-03-29' };
    const early = errorOf(() =>
      simulate({ treaty: teu, events: [deposit, { type: 'period.extended', date: '2018-01-01', until: '2019-03-29' }] }),
    );
    expect(early).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[1].until' });
    expect(early.message).toContain('beyond the current last day (2019-03-29)');
    const before = errorOf(() =>
      simulate({ treaty: teu, events: [{ type: 'period.extended', date: '2017-01-01', until: '2019-03-29' }] }),
    );
    expect(before).toMatchObject({ code: 'EVENT_NOT_ALLOWED', state: 'procedure', path: 'events[0]' });
    // On the day of effect the period is over: the withdrawal has taken effect.
    const late = errorOf(() =>
      simulate({ treaty: teu, events: [deposit, { type: 'period.extended', date: '2019-03-30', until: '2019-10-31' }] }),
    );
    expect(late).toMatchObject({ code: 'EVENT_NOT_ALLOWED', state: 'effective' });
    const missing = safeSimulate({
      treaty: teu,
      events: [deposit, { type: 'period.extended', date: '2018-01-01' } as unknown as WithdrawalEvent],
    });
    expect(!missing.success && missing.error.toJSON()).toMatchObject({ code: 'INVALID_EVENT', path: 'events[1].until' });
  });

  it('accepts an extension by a single day: until the day the withdrawal would have taken effect', () => {
    const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2017-03-29' };
    const oneDay = simulate({
      treaty: teu,
      events: [deposit, { type: 'period.extended', date: '2018-01-01', until: '2019-03-30' }],
    });
    expect(oneDay).toMatchObject({ outcome: 'effective', effectiveOn: '2019-03-31' });
  });

  it('is refused once an agreement or the end of membership has fixed the date of effect, saying which', () => {
    const agreed = errorOf(() =>
      simulate({
        treaty: teu,
        events: [
          { type: 'instrument.deposited', date: '2017-03-29' },
          { type: 'withdrawal.agreed', date: '2018-06-01', effectiveOn: '2019-06-01' },
          { type: 'period.extended', date: '2018-07-01', until: '2019-10-31' },
        ],
      }),
    );
    expect(agreed).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[2]' });
    expect(agreed.message).toContain('the parties agreed on 2018-06-01 that the withdrawal takes effect on 2019-06-01');
    // Hypothetical: party status ends a month after membership, before the notice's six months run out.
    const monthAfter = linkedAfter('linked-month-test', { months: 1 });
    const events = noticeThenExpulsion;
    expect(simulate({ treaty: monthAfter, events })).toMatchObject({ outcome: 'effective', effectiveOn: '2025-04-01' });
    const expelled = errorOf(() =>
      simulate({ treaty: monthAfter, events: [...events, { type: 'period.extended', date: '2025-03-15', until: '2026-06-01' }] }),
    );
    expect(expelled).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[2]' });
    expect(expelled.message).toContain('follows from the end of membership on 2025-03-01, not from a notice period');
  });

  it('takes effect the day after until, for any until at or after the end of the period (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 2000 }),
        (start, at, more) => {
          const receipt = Temporal.PlainDate.from('2019-01-01').add({ days: start });
          const expiry = receipt.add({ years: 2 }).add({ days: 1 });
          const date = receipt.add({ days: at }).toString() as CalendarDate;
          const until = expiry.add({ days: more }).toString() as CalendarDate;
          const result = simulate({
            treaty: teu,
            events: [
              { type: 'instrument.deposited', date: receipt.toString() as CalendarDate },
              { type: 'period.extended', date, until },
            ],
          });
          expect(result.effectiveOn).toBe(Temporal.PlainDate.from(until).add({ days: 1 }).toString());
          expect(statusOn(result, until).bound).toBe(true);
        },
      ),
      { numRuns: runs(300), seed: 50 },
    );
  });
});

// ---------------------------------------------------------------------------
// withdrawal.agreed
// ---------------------------------------------------------------------------

describe('withdrawal.agreed', () => {
  it('is the only way out of a treaty with no right of withdrawal: the deposit is refused, the agreement taken', () => {
    const refused = errorOf(() => simulate({ treaty: closed, events: [{ type: 'instrument.deposited', date: '2026-01-10' }] }));
    expect(refused.code).toBe('NO_RIGHT_OF_WITHDRAWAL');
    expect(refused.message).toContain('withdrawal.agreed');
    const scenario: Scenario = {
      treaty: closed,
      party: 'X',
      events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01', by: 'all the parties' }],
    };
    const result = simulate(scenario);
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2026-06-01', receivedOn: null });
    expect(statusOn(result, '2026-05-31').bound).toBe(true);
    expect(statusOn(result, '2026-06-01').bound).toBe(false);
    expect(result.explanation.map((s) => [s.fact, s.date, s.article])).toEqual([
      ['agreement', '2026-03-01', 'VCLT Art. 54(b)'],
      ['effect', '2026-06-01', 'VCLT Art. 54(b)'],
    ]);
    expect(simulate({ ...scenario, asOf: '2026-04-01' })).toMatchObject({
      outcome: 'notice-period',
      effectiveOn: '2026-06-01',
      effectiveOnProjected: true,
    });
    // An agreement on effect that very day.
    expect(
      simulate({ treaty: closed, events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-03-01' }] }),
    ).toMatchObject({
      outcome: 'effective',
      effectiveOn: '2026-03-01',
    });
  });

  it('replaces the period while one runs, and ends a deferral', () => {
    const running = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-07-10' },
        { type: 'withdrawal.agreed', date: '2025-08-01', effectiveOn: '2025-09-01' },
      ],
    });
    expect(running).toMatchObject({ outcome: 'effective', effectiveOn: '2025-09-01' });
    expect(running.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2025-09-01',
      article: 'VCLT Art. 54(b)',
      statement:
        'The withdrawal took effect on 2025-09-01, the date the parties agreed on 2025-08-01. From that day the Mine Ban Treaty no longer binds the party.',
    });
    // Agreed dates are not deferred by an armed conflict: the parties have agreed.
    const deferred: WithdrawalEvent[] = [
      { type: 'armedConflict.started', date: '2024-01-01' },
      { type: 'instrument.deposited', date: '2025-07-10' },
      { type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-04-01' },
    ];
    const agreed = simulate({ treaty: 'ottawa', events: deferred });
    expect(agreed).toMatchObject({ outcome: 'effective', effectiveOn: '2026-04-01' });
    expect(agreed.timeline.map((s) => s.stage)).toEqual(['notice-period', 'deferred', 'notice-period', 'effective']);
    expect(statusOn(agreed, '2026-03-31').bound).toBe(true);
    expect(statusOn(agreed, '2026-04-01').bound).toBe(false);
  });

  it('is refused before a deposit under a treaty that provides for withdrawal, and for a date before the agreement', () => {
    const clause = errorOf(() =>
      simulate({ treaty: 'ottawa', events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' }] }),
    );
    expect(clause.code).toBe('EVENT_NOT_ALLOWED');
    expect(clause.message).toContain('deposit the instrument first');
    const backdated = errorOf(() =>
      simulate({ treaty: closed, events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-02-01' }] }),
    );
    expect(backdated).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[0].effectiveOn' });
    const procedure = errorOf(() =>
      simulate({
        treaty: closed,
        procedure: 'parliamentary',
        events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' }],
      }),
    );
    expect(procedure.code).toBe('PROCEDURE_INCOMPLETE');
  });

  it('cannot be revoked as a notice would be: there is none', () => {
    const snapshot = initialSnapshot({ treaty: closed });
    const agreed = applyEvent(snapshot, { type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' });
    expect(agreed.ok && agreed.snapshot.value).toBe('noticePeriod');
    const revoked = agreed.ok && applyEvent(agreed.snapshot, { type: 'notification.revoked', date: '2026-04-01' });
    expect(revoked && !revoked.ok && revoked.error.message).toContain('no instrument of withdrawal was deposited');
  });
});

// ---------------------------------------------------------------------------
// membership.terminated
// ---------------------------------------------------------------------------

describe('membership.terminated', () => {
  // Russia notified its withdrawal from the Council of Europe on 15 March 2022;
  // the Committee of Ministers ended its membership on 16 March 2022
  // (CM/Res(2022)2); it ceased to be a party to the ECHR on 16 September 2022.
  const expelled: WithdrawalEvent = {
    type: 'membership.terminated',
    date: '2022-03-16',
    by: 'Committee of Ministers, CM/Res(2022)2',
    source: 'https://search.coe.int/cm/Pages/result_details.aspx?ObjectId=0900001680a5da51',
  };

  it('reproduces Russia’s expulsion from the Council of Europe: the Statute ceases to bind on 16 March 2022, before its own notice would', () => {
    const result = simulate({
      treaty: coeStatute,
      party: 'RUS',
      events: [{ type: 'instrument.deposited', date: '2022-03-15' }, expelled],
    });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2022-03-16' });
    expect(statusOn(result, '2022-03-15').bound).toBe(true);
    expect(statusOn(result, '2022-03-16')).toMatchObject({ bound: false, article: 'Art. 8' });
    // The notice alone would have taken effect at the end of the financial year.
    expect(simulate({ treaty: coeStatute, events: [{ type: 'instrument.deposited', date: '2022-03-15' }] }).effectiveOn).toBe(
      '2023-01-01',
    );
  });

  it('reproduces Russia ceasing to be an ECHR party six months later, on 16 September 2022', () => {
    const result = simulate({ treaty: echr, party: 'RUS', events: [expelled] });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2022-09-16', receivedOn: null });
    const meanwhile = statusOn(simulate({ treaty: echr, party: 'RUS', events: [expelled], asOf: '2022-06-01' }), '2022-06-01');
    expect(meanwhile).toMatchObject({ bound: true, stage: 'notice-period', article: 'Art. 58(3), (1)' });
    expect(meanwhile.reason).toBe(
      'The date of effect was fixed on 2022-03-16 without a notice (membership ended: party status follows); the withdrawal takes effect on 2022-09-16. Until then the ECHR binds Russia (RUS).',
    );
    expect(statusOn(result, '2022-09-15').bound).toBe(true);
    expect(statusOn(result, '2022-09-16')).toMatchObject({ bound: false, article: 'Art. 58(3), (1)' });
    expect(result.explanation[0]?.statement).toContain('ceases to be a party on 2022-09-16');
  });

  it('words the effect step by the membership rule: the constituent treaty’s own end, or the organisation named by the linked one', () => {
    const statute = simulate({
      treaty: coeStatute,
      party: 'RUS',
      events: [{ type: 'instrument.deposited', date: '2022-03-15' }, expelled],
    });
    expect(statute.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2022-03-16',
      rule: 'effect at the end of membership',
      statement:
        'Russia (RUS) ceased to be bound on 2022-03-16, the day its membership ended. From that day the Statute of the Council of Europe no longer binds Russia (RUS).',
      article: 'Art. 8',
    });
    const ended = runEvents({ treaty: coeStatute }, [{ type: 'instrument.deposited', date: '2022-03-15' }, expelled]);
    expect(ended.context.effectTerms).toMatchObject({ basis: 'membership', fixedOn: '2022-03-16' });
    const convention = simulate({ treaty: echr, party: 'RUS', events: [expelled] });
    expect(convention.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2022-09-16',
      statement:
        'Russia (RUS) ceased to be bound on 2022-09-16, as its membership of the Council of Europe ended on 2022-03-16. From that day the ECHR no longer binds Russia (RUS).',
      article: 'Art. 58(3), (1)',
    });
  });

  it('fixes the date of effect by a linked membership that ends at once on the day it ended, not by an earlier notice', () => {
    // Hypothetical: party status linked to membership, ending with it on the same day (a period of zero).
    const atOnce = linkedAfter('linked-at-once-test', { days: 0 });
    const events = noticeThenExpulsion;
    const result = simulate({ treaty: atOnce, party: 'X', events });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2025-03-01' });
    expect(result.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2025-03-01',
      statement:
        'X ceased to be bound on 2025-03-01, as its membership of test-organisation ended on 2025-03-01. From that day the Linked Treaty no longer binds X.',
      article: 'Art. 96',
    });
    expect(runEvents({ treaty: atOnce }, events).context.effectTerms).toMatchObject({
      basis: 'membership',
      fixedOn: '2025-03-01',
    });
  });

  it('lets the earlier effect win where a notice period runs', () => {
    // Notice first, ending a day before the consequence of the expulsion: the notice governs.
    const notice = simulate({ treaty: echr, events: [{ type: 'instrument.deposited', date: '2022-03-15' }, expelled] });
    expect(notice.effectiveOn).toBe('2022-09-15');
    expect(notice.explanation.map((s) => s.rule)).toContain('the earlier effect governs');
    // A longer period (one year, hypothetically): the expulsion's consequence comes first.
    const yearLong = defineTreaty({
      ...(echr as TreatyProfileInput),
      id: 'echr-long-test',
      withdrawal: { ...echr.withdrawal, effect: { ...(echr.withdrawal.effect as object), period: { years: 1 } } as never },
    });
    const long = simulate({ treaty: yearLong, events: [{ type: 'instrument.deposited', date: '2022-03-15' }, expelled] });
    expect(long.effectiveOn).toBe('2022-09-16');
    expect(long.explanation.at(-1)).toMatchObject({ fact: 'effect', date: '2022-09-16', article: 'Art. 58(3), (1)' });
    expect(long.explanation.map((s) => s.rule)).not.toContain('the earlier effect governs');
    // The end of membership governs: revoking the notice deposited before it cannot undo that effect.
    const revoked = errorOf(() =>
      simulate({
        treaty: yearLong,
        events: [
          { type: 'instrument.deposited', date: '2022-03-15' },
          expelled,
          { type: 'notification.revoked', date: '2022-06-01' },
        ],
      }),
    );
    expect(revoked).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[2]', state: 'noticePeriod' });
    expect(revoked.message).toBe(
      'events[2] (notification.revoked on 2022-06-01): the effect on 2022-09-16 follows from the end of membership on 2022-03-16, which no revocation of a notice can undo',
    );
  });

  it('words the end of membership: who ended it, the organisation a linked rule names, and an earlier notice', () => {
    const notice = { type: 'instrument.deposited', date: '2022-03-15' } as const;
    const said = (treaty: TreatyProfile) =>
      simulate({ treaty, party: 'RUS', events: [notice, expelled] })
        .explanation.filter((s) => s.fact === 'membership')
        .map((s) => [s.rule, s.statement]);
    expect(said(echr)).toEqual([
      [
        'membership ended: party status follows',
        'The membership of Russia (RUS) in the Council of Europe was ended on 2022-03-16 (Committee of Ministers, CM/Res(2022)2): under the ECHR Russia (RUS) ceases to be a party on 2022-09-16.',
      ],
      [
        'the earlier effect governs',
        'The notice period already ends on 2022-09-15, no later than 2022-09-16: the withdrawal takes effect as notified (and, should that effect be deferred, Russia (RUS) ceases to be a party on 2022-09-16 all the same).',
      ],
    ]);
    // A constituent treaty names no organisation: it is the organisation's own.
    expect(said(coeStatute)).toEqual([
      [
        'membership ended: the constituent treaty ceases to bind',
        'The membership of Russia (RUS) in the organisation was ended on 2022-03-16 (Committee of Ministers, CM/Res(2022)2): from that day the Statute of the Council of Europe no longer binds Russia (RUS).',
      ],
    ]);
  });

  it('takes over where the earlier notice is deferred: party status ends with membership all the same', () => {
    // Hypothetical: the Mine Ban Treaty's rules with party status tied to membership of an organisation (six months).
    const events: WithdrawalEvent[] = [
      { type: 'armedConflict.started', date: '2024-01-01' },
      { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
      { type: 'membership.terminated', date: '2025-03-01' },
    ];
    const result = simulate({ treaty: linkedTreaty, party: 'X', events });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2025-09-01', noticeExpiresOn: '2025-09-01' });
    expect(statusOn(result, '2025-08-31').bound).toBe(true);
    expect(statusOn(result, '2025-09-01')).toMatchObject({ bound: false, article: 'Art. 96' });
    // The withdrawal stage runs on to the end of party status, with no deferral stage.
    expect(result.timeline.map((t) => t.stage)).toEqual(['notice-period', 'effective']);
    expect(result.timeline.at(-1)).toEqual({ stage: 'effective', from: '2025-09-01', to: null });
    const step = result.explanation.find((s) => s.rule === 'the end of membership governs where the withdrawal is deferred');
    expect(step).toMatchObject({ date: '2025-07-10' });
    expect(step?.statement).toContain('so X ceases to be a party on 2025-09-01 whatever defers the withdrawal');
    // Reached in one step of the clock, the same answer.
    const jump = simulate({ treaty: linkedTreaty, events: [...events, { type: 'clock.advanced', date: '2026-01-01' }] });
    expect(jump).toMatchObject({ outcome: 'effective', effectiveOn: '2025-09-01' });
    expect(jump.timeline).toEqual(result.timeline);
    // The date of effect is fixed by the end of membership, on the day it was ended.
    const snapshot = runEvents({ treaty: linkedTreaty }, [...events, { type: 'clock.advanced', date: '2026-01-01' }]);
    expect(snapshot.context.effectTerms).toMatchObject({ basis: 'membership', fixedOn: '2025-03-01', membershipEnd: null });
    // Without the expulsion the withdrawal stays deferred.
    expect(simulate({ treaty: linkedTreaty, events: events.slice(0, 2) }).outcome).toBe('deferred');
  });

  it('leaves nothing to revoke: the end of membership fixed the effect, and the refusal says so', () => {
    const error = errorOf(() =>
      simulate({
        treaty: 'echr',
        party: 'RUS',
        events: [expelled, { type: 'notification.revoked', date: '2022-04-01' }],
      }),
    );
    expect(error).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[1]', state: 'noticePeriod' });
    expect(error.message).toBe(
      'events[1] (notification.revoked on 2022-04-01): the effect on 2022-09-16 follows from the end of membership on 2022-03-16, which no revocation of a notice can undo',
    );
  });

  it('is refused with NO_MEMBERSHIP_RULE where the profile has no membership rule', () => {
    const error = errorOf(() => simulate({ treaty: 'ottawa', events: [expelled] }));
    expect(error).toMatchObject({ code: 'NO_MEMBERSHIP_RULE', path: 'events[0]' });
    expect(error.message).toContain('add withdrawal.membership to the profile');
    const applied = applyEvent(initialSnapshot({ treaty: 'ottawa' }), expelled);
    expect(!applied.ok && applied.error.toJSON()).toMatchObject({
      code: 'NO_MEMBERSHIP_RULE',
      path: 'treaty.withdrawal.membership',
      state: 'procedure',
    });
  });
});

// ---------------------------------------------------------------------------
// obligations.outstanding / obligations.fulfilled
// ---------------------------------------------------------------------------

describe('obligations on which the effect depends (form 10)', () => {
  const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2020-01-10' };

  it('are presumed met: without a record of outstanding obligations the period alone decides', () => {
    expect(simulate({ treaty: ilo, events: [deposit] })).toMatchObject({ outcome: 'effective', effectiveOn: '2022-01-10' });
  });

  it('defer the effect when recorded outstanding at the end of the period, until they are fulfilled', () => {
    const events: WithdrawalEvent[] = [deposit, { type: 'obligations.outstanding', date: '2021-06-01' }];
    const deferred = simulate({ treaty: ilo, party: 'X', events });
    expect(deferred).toMatchObject({ outcome: 'deferred', effectiveOn: null, noticeExpiresOn: '2022-01-10' });
    const step = deferred.explanation.find((s) => s.fact === 'deferral');
    expect(step).toMatchObject({ date: '2022-01-10', article: 'Art. 1(5)', rule: 'no effect while obligations are outstanding' });
    expect(step?.statement).toContain('recorded as outstanding on 2021-06-01 were still unfulfilled');
    expect(step?.statement).not.toContain('armed conflict');
    const status = statusOn(deferred, '2022-06-01');
    expect(status).toMatchObject({ bound: true, stage: 'deferred', article: 'Art. 1(5)' });
    expect(status.reason).toContain('it waits until they are fulfilled');
    expect(status.reason).not.toContain('armed conflict');
    const fulfilled = simulate({ treaty: ilo, events: [...events, { type: 'obligations.fulfilled', date: '2022-08-01' }] });
    expect(fulfilled).toMatchObject({ outcome: 'effective', effectiveOn: '2022-08-01' });
    expect(statusOn(fulfilled, '2022-07-31').bound).toBe(true);
    expect(statusOn(fulfilled, '2022-08-01').bound).toBe(false);
    // Fulfilled before the end of the period: effect as the period says.
    const inTime = simulate({
      treaty: ilo,
      party: 'X',
      events: [...events, { type: 'obligations.fulfilled', date: '2021-12-01' }],
    });
    expect(inTime.effectiveOn).toBe('2022-01-10');
    expect(inTime.explanation.filter((s) => s.fact === 'obligations').map((s) => [s.date, s.statement])).toEqual([
      ['2021-06-01', expect.stringContaining('On 2021-06-01 X had not fulfilled obligations')],
      ['2021-12-01', 'X fulfilled the outstanding obligations on 2021-12-01.'],
    ]);
  });

  it('are refused with NO_CONDITIONS_ON_EFFECT where the profile has no condition, and fulfilled only when outstanding', () => {
    const error = errorOf(() =>
      simulate({ treaty: 'ottawa', events: [deposit, { type: 'obligations.outstanding', date: '2020-02-01' }] }),
    );
    expect(error).toMatchObject({ code: 'NO_CONDITIONS_ON_EFFECT', path: 'events[1]', state: 'noticePeriod' });
    const nothing = errorOf(() =>
      simulate({ treaty: ilo, events: [deposit, { type: 'obligations.fulfilled', date: '2020-02-01' }] }),
    );
    expect(nothing.code).toBe('EVENT_NOT_ALLOWED');
    expect(nothing.message).toContain('no obligations are recorded as outstanding');
  });
});

// ---------------------------------------------------------------------------
// The Geneva Conventions' own deferral
// ---------------------------------------------------------------------------

describe('deferral until peace, release and repatriation (Geneva Conventions)', () => {
  const events: WithdrawalEvent[] = [
    { type: 'armedConflict.started', date: '2024-01-01' },
    { type: 'instrument.deposited', date: '2025-01-10' },
  ];

  it('says that effect waits for peace and the completion of release and repatriation, and takes effect when recorded', () => {
    const deferred = simulate({ treaty: genevaIII, party: 'X', events });
    expect(deferred).toMatchObject({ outcome: 'deferred', noticeExpiresOn: '2026-01-10', effectiveOn: null });
    const step = deferred.explanation.find((s) => s.fact === 'deferral');
    expect(step?.statement).toContain(
      'until peace has been concluded and the release and repatriation of the persons protected have been completed',
    );
    expect(step?.article).toBe('Art. 142(3)');
    const ended = simulate({
      treaty: genevaIII,
      party: 'X',
      events: [...events, { type: 'armedConflict.ended', date: '2027-05-01' }],
    });
    expect(ended.effectiveOn).toBe('2027-05-01');
    expect(ended.explanation.at(-1)?.statement).toContain('when peace had been concluded and release and repatriation completed');
    // Both steps of that day name the Convention's own condition, in their rule as in their statement.
    expect(ended.explanation.slice(-2).map((s) => [s.fact, s.date, s.rule, s.article])).toEqual([
      ['armed-conflict', '2027-05-01', 'peace concluded, release and repatriation completed', 'Art. 142(3)'],
      ['effect', '2027-05-01', 'effect once peace is concluded and release and repatriation completed', 'Art. 142(3)'],
    ]);
    expect(ended.explanation.at(-2)?.statement).toBe(
      'The armed conflict X was engaged in ended on 2027-05-01: peace had been concluded and the release and repatriation of the persons protected completed.',
    );
    expect(statusOn(ended, '2027-04-30').bound).toBe(true);
    expect(statusOn(ended, '2027-05-01').bound).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Law in the profile, not in the machine
// ---------------------------------------------------------------------------

describe('the machine names no treaty', () => {
  it('carries only general law in its definition', () => {
    const definition = JSON.stringify(withdrawalMachine.config);
    for (const word of ['Ottawa', 'Mine Ban', 'CCM', 'Ch_XXVI', 'Art. 20(3)']) expect(definition).not.toContain(word);
  });

  it('shows each treaty’s own deferral article in its diagram, and general law without one', () => {
    expect(machineDiagram({ notes: false, treaty: genevaIII })).toContain('deferred · deferred · Art. 142(3)');
    expect(machineDiagram({ notes: false, treaty: ottawa })).toContain('noticePeriod --> deferred : clock.advanced (Art. 20(3))');
    const general = machineDiagram({ notes: false });
    expect(general).not.toContain('Art. 20(3)');
    expect(general).toContain('deferred · deferred · the treaty’s deferral rule (VCLT Art. 54(a))');
  });
});

describe('the CLI reads the new events from a scenario', () => {
  it('simulates and answers status for a scenario with withdrawal.agreed and period.extended', async () => {
    const { run } = await import('../../src/cli/main.js');
    const scenario = {
      treaty: 'ottawa',
      party: 'X',
      events: [
        { type: 'instrument.deposited', date: '2025-07-10', reasons: 'r' },
        { type: 'period.extended', date: '2025-12-01', until: '2026-03-31' },
        { type: 'withdrawal.agreed', date: '2026-02-01', effectiveOn: '2026-03-01', by: 'all the parties' },
      ],
    };
    let out = '';
    let err = '';
    const io = {
      stdout: { write: (t: string) => (out += t), isTTY: false },
      stderr: { write: (t: string) => (err += t) },
      readInput: async () => JSON.stringify(scenario),
      env: {},
    };
    expect(await run(['simulate', 'x.json', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ outcome: 'effective', effectiveOn: '2026-03-01' });
    out = '';
    expect(await run(['status', 'x.json', '--on', '2026-02-28'], io)).toBe(0);
    expect(out).toMatch(/^2026-02-28: bound \(notice-period\)\n/);
    out = '';
    expect(await run(['status', 'x.json', '--on', '2026-03-01'], io)).toBe(0);
    expect(out).toMatch(/^2026-03-01: not bound \(effective\)\n.*\nVCLT Art\. 54\(b\)/);
    expect(err).toBe('');
  });
});

// ---------------------------------------------------------------------------
// What each event records, says and cites (from a full mutation run of terms.ts)
// ---------------------------------------------------------------------------

describe('what the events of the terms record, say and cite', () => {
  const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' };
  /** The Mine Ban Treaty's rules with two conditions on effect, each with its own article and source (hypothetical). */
  const twoConditions = defineTreaty({
    ...(ottawa as TreatyProfileInput),
    id: 'two-conditions-test',
    shortName: 'Two',
    withdrawal: {
      ...ottawa.withdrawal,
      conditions: [
        { kind: 'obligations-fulfilled', text: 'dues paid', article: 'Art. 9(1)', source: 'https://example.org/dues' },
        { kind: 'obligations-fulfilled', text: 'stocks destroyed', article: 'Art. 9(2)', source: 'https://example.org/stocks' },
      ],
    },
  });
  const outstanding: WithdrawalEvent = { type: 'obligations.outstanding', date: '2025-03-01' };

  it('words all the conditions and cites all their articles, with the first one’s source', () => {
    const result = simulate({ treaty: twoConditions, party: 'X', events: [deposit, outstanding] });
    expect(result.explanation.find((s) => s.fact === 'obligations')).toMatchObject({
      statement:
        'On 2025-03-01 X had not fulfilled obligations its withdrawal is subject to (dues paid; stocks destroyed): the withdrawal takes effect only once they are fulfilled.',
      article: 'Art. 9(1); Art. 9(2)',
      source: 'https://example.org/dues',
    });
    // With an armed conflict as well, the deferral cites both rules and keeps the conflict clause's source.
    const both = simulate({
      treaty: twoConditions,
      party: 'X',
      events: [{ type: 'armedConflict.started', date: '2024-01-01' }, deposit, outstanding],
    });
    expect(both.explanation.find((s) => s.fact === 'deferral')).toMatchObject({
      date: '2025-07-10',
      article: 'Art. 20(3); Art. 9(1); Art. 9(2)',
      source: ottawa.withdrawal.armedConflictDeferral?.source,
    });
  });

  it('takes effect on fulfilment after a deferral: the effect step, the timeline and the terms', () => {
    const events: WithdrawalEvent[] = [
      deposit,
      outstanding,
      { type: 'clock.advanced', date: '2025-08-01' },
      { type: 'obligations.fulfilled', date: '2025-09-01' },
    ];
    const result = simulate({ treaty: twoConditions, party: 'X', events });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2025-09-01' });
    expect(result.timeline).toEqual([
      { stage: 'notice-period', from: '2025-01-10', to: '2025-07-10' },
      { stage: 'deferred', from: '2025-07-10', to: '2025-09-01' },
      { stage: 'effective', from: '2025-09-01', to: null },
    ]);
    expect(result.explanation.at(-1)).toMatchObject({
      fact: 'effect',
      date: '2025-09-01',
      rule: 'effect once the obligations are fulfilled',
      statement:
        'X fulfilled the outstanding obligations on 2025-09-01: the withdrawal, deferred since 2025-07-10, took effect that day. From that day the Two no longer binds X.',
      article: 'Art. 9(1); Art. 9(2)',
      source: 'https://example.org/dues',
    });
    expect(runEvents({ treaty: twoConditions }, events).context.effectTerms).toMatchObject({
      basis: 'notice',
      obligationsOutstandingSince: null,
    });
  });

  it('refuses the end of an armed conflict in a deferral that only the obligations hold', () => {
    const deferred = [deposit, outstanding, { type: 'clock.advanced', date: '2025-08-01' }] as WithdrawalEvent[];
    expect(runEvents({ treaty: twoConditions }, deferred).value).toBe('deferred');
    const error = errorOf(() =>
      simulate({ treaty: twoConditions, events: [...deferred, { type: 'armedConflict.ended', date: '2025-09-01' }] }),
    );
    expect(error).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[3]', state: 'deferred' });
    // With a conflict as well, its end is taken, and the obligations still hold the effect back.
    const both = runEvents({ treaty: twoConditions }, [
      { type: 'armedConflict.started', date: '2024-01-01' },
      ...deferred,
      { type: 'armedConflict.ended', date: '2025-09-01' },
    ]);
    expect([both.value, both.context.effectiveOn]).toEqual(['deferred', null]);
    expect(both.context.conflicts.flat()).toEqual([{ from: '2024-01-01', to: '2025-09-01' }]);
  });

  it('refuses obligations recorded outstanding twice, and says since when', () => {
    const error = errorOf(() =>
      simulate({
        treaty: twoConditions,
        events: [deposit, outstanding, { type: 'obligations.outstanding', date: '2025-04-01' }],
      }),
    );
    expect(error).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[2]' });
    expect(error.message).toBe(
      'events[2] (obligations.outstanding on 2025-04-01): obligations are already recorded as outstanding since 2025-03-01; record obligations.fulfilled first',
    );
  });

  it('words the refusals of a profile without conditions, of a backdated agreement and of an agreement instead of a deposit', () => {
    const applied = applyEvent(initialSnapshot({ treaty: 'ottawa' }), outstanding);
    expect(!applied.ok && applied.error.toJSON()).toMatchObject({
      code: 'NO_CONDITIONS_ON_EFFECT',
      path: 'treaty.withdrawal.conditions',
      message:
        'the Mine Ban Treaty profile makes the withdrawal subject to no condition, so outstanding obligations do not hold it back; add withdrawal.conditions to the profile (with its article), or remove the obligations event',
    });
    const expelled = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'membership.terminated', date: '2025-01-01' });
    expect(!expelled.ok && expelled.error.message).toMatch(/^the Mine Ban Treaty profile/);
    expect(
      errorOf(() =>
        simulate({ treaty: closed, events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-02-01' }] }),
      ).message,
    ).toBe(
      'events[0] (withdrawal.agreed on 2026-03-01): the agreed date of effect (2026-02-01) precedes the agreement (2026-03-01); a withdrawal cannot take effect before it is agreed',
    );
    expect(
      errorOf(() =>
        simulate({ treaty: 'ottawa', events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' }] }),
      ).message,
    ).toBe(
      'events[0] (withdrawal.agreed on 2026-03-01): the Mine Ban Treaty provides for withdrawal (Art. 20(3)): deposit the instrument first (instrument.deposited); withdrawal.agreed is accepted while its notice period runs or is deferred',
    );
  });

  it('refuses an extension whose effect would fall after the last representable day, and one that is not later', () => {
    const past = errorOf(() =>
      simulate({ treaty: 'ottawa', events: [deposit, { type: 'period.extended', date: '2025-02-01', until: '9999-12-31' }] }),
    );
    expect(past).toMatchObject({ code: 'DATE_OUT_OF_RANGE', path: 'events[1].until' });
    expect(past.message).toBe(
      'events[1] (period.extended on 2025-02-01): an extension through 9999-12-31 would take effect after the last representable day',
    );
    const earlier = errorOf(() =>
      simulate({ treaty: 'ottawa', events: [deposit, { type: 'period.extended', date: '2025-02-01', until: '2025-06-01' }] }),
    );
    expect(earlier).toMatchObject({ code: 'EVENT_NOT_ALLOWED', path: 'events[1].until' });
    expect(earlier.message).toBe(
      'events[1] (period.extended on 2025-02-01): an extension must bind the party beyond the current last day (2025-07-09); until: 2025-06-01 is not later',
    );
  });

  it('defers an extended period by an armed conflict as it would the treaty’s own', () => {
    const result = simulate({
      treaty: 'ottawa',
      events: [
        deposit,
        { type: 'period.extended', date: '2025-02-01', until: '2025-12-31' },
        { type: 'armedConflict.started', date: '2025-11-01' },
        { type: 'clock.advanced', date: '2026-02-01' },
      ],
    });
    expect(result).toMatchObject({ outcome: 'deferred', noticeExpiresOn: '2026-01-01', effectiveOn: null });
  });

  it('agreed for that very day: the agreement and the effect, in words, on the timeline and in the terms', () => {
    const agreed: WithdrawalEvent = { type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-03-01', by: 'all' };
    const result = simulate({ treaty: closed, party: 'X', events: [agreed] });
    expect(result.timeline).toEqual([{ stage: 'effective', from: '2026-03-01', to: null }]);
    expect(result.explanation.map((s) => [s.fact, s.date, s.statement])).toEqual([
      [
        'agreement',
        '2026-03-01',
        'On 2026-03-01 the parties agreed (all) that the withdrawal of X takes effect on 2026-03-01; the Closed Treaty admits no withdrawal otherwise, but a party may always leave with the consent of all the others.',
      ],
      [
        'effect',
        '2026-03-01',
        'The withdrawal took effect on 2026-03-01, the date the parties agreed on 2026-03-01. From that day the Closed Treaty no longer binds X.',
      ],
    ]);
    expect(runEvents({ treaty: closed }, [agreed]).context.effectTerms).toMatchObject({
      basis: 'agreement',
      fixedOn: '2026-03-01',
    });
  });

  it('agreed for a later day: the period runs to it, opened by the agreement or kept from the notice', () => {
    const later = simulate({
      treaty: closed,
      events: [{ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' }],
      asOf: '2026-04-01',
    });
    expect(later.timeline).toEqual([{ stage: 'notice-period', from: '2026-03-01', to: null }]);
    const running = simulate({
      treaty: 'ottawa',
      party: 'X',
      events: [deposit, { type: 'withdrawal.agreed', date: '2025-02-01', effectiveOn: '2025-03-01', by: 'all' }],
    });
    expect(running.timeline).toEqual([
      { stage: 'notice-period', from: '2025-01-10', to: '2025-03-01' },
      { stage: 'effective', from: '2025-03-01', to: null },
    ]);
    // A treaty that gives a right of withdrawal: the agreed date replaces its period.
    expect(running.explanation.find((s) => s.fact === 'agreement')?.statement).toBe(
      'On 2025-02-01 the parties agreed (all) that the withdrawal of X takes effect on 2025-03-01; the agreed date governs instead of the treaty’s period.',
    );
  });

  it('closes a suspension in force on the day an agreement brings the withdrawal to effect', () => {
    const result = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'suspension.notified', date: '2025-01-10', ground: 'material-breach', reasons: 'x' },
        { type: 'clock.advanced', date: '2025-05-01' },
        { type: 'instrument.deposited', date: '2025-06-01', reasons: 'r' },
        { type: 'withdrawal.agreed', date: '2025-07-01', effectiveOn: '2025-07-01' },
      ],
    });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2025-07-01' });
    expect(result.suspensions).toEqual([{ from: '2025-04-10', to: '2025-07-01' }]);
  });

  it('ends party status with membership terminated while the withdrawal is deferred', () => {
    const events: WithdrawalEvent[] = [
      { type: 'armedConflict.started', date: '2024-01-01' },
      deposit,
      { type: 'clock.advanced', date: '2025-08-01' },
      { type: 'membership.terminated', date: '2025-08-01' },
    ];
    expect(simulate({ treaty: linkedTreaty, events: events.slice(0, 3) }).outcome).toBe('deferred');
    const result = simulate({ treaty: linkedTreaty, events, asOf: '2026-03-01' });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2026-02-01' });
    expect(runEvents({ treaty: linkedTreaty }, events).context.effectTerms).toMatchObject({
      basis: 'membership',
      fixedOn: '2025-08-01',
    });
  });

  it('in one step of the clock, takes effect at the end of party status only where the period’s effect is deferred', () => {
    // The notice ends on 2025-07-10; the end of membership on 2025-03-01 ends party status on 2025-09-01.
    const terminated: WithdrawalEvent = { type: 'membership.terminated', date: '2025-03-01' };
    const jump = (date: CalendarDate, conflict: boolean) =>
      runEvents({ treaty: linkedTreaty }, [
        ...(conflict ? [{ type: 'armedConflict.started', date: '2024-01-01' } as WithdrawalEvent] : []),
        deposit,
        terminated,
        { type: 'clock.advanced', date },
      ]);
    // Not deferred: the notice's own effect, however far the clock moves.
    expect(jump('2025-10-01', false).context).toMatchObject({ effectiveOn: '2025-07-10' });
    // Deferred: on the very day party status ends, effect then; before it, that day is awaited.
    expect(jump('2025-09-01', true)).toMatchObject({ value: 'effective', context: { effectiveOn: '2025-09-01' } });
    expect(jump('2025-08-01', true)).toMatchObject({
      value: 'noticePeriod',
      context: { effectiveOn: null, noticeExpiresOn: '2025-09-01' },
    });
  });

  it('lets a notice that ends the same day as party status govern, and says so', () => {
    // ECHR-like: six months from the same day, both for the notice and after the end of membership.
    const events: WithdrawalEvent[] = [deposit, { type: 'membership.terminated', date: '2025-01-10' }];
    const result = simulate({ treaty: echr, party: 'X', events });
    expect(result).toMatchObject({ outcome: 'effective', effectiveOn: '2025-07-10' });
    expect(result.explanation.map((s) => s.rule)).toContain('the earlier effect governs');
    const snapshot = runEvents({ treaty: echr }, events);
    expect(snapshot.context.effectTerms).toMatchObject({
      basis: 'notice',
      membershipEnd: { terminatedOn: '2025-01-10', ceasesOn: '2025-07-10' },
    });
  });
});
