/**
 * The words the library says: explanations, reasons, timelines, diagrams and
 * error messages, pinned as snapshots. The explanation is the product, so a
 * change of wording should be a decision (update the snapshot with
 * `npx vitest run -u tests/wording/wording.test.ts` and read the diff), never an
 * accident. The snapshots of explanations, reasons and refusals hold their
 * words only: what they mean (outcomes, dates, articles, bound or not, error
 * codes and paths) is asserted with toEqual against tests/wording/answers.ts,
 * which an update of the snapshots leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/index.js';
import {
  acceptedEvents,
  addDays,
  addPeriod,
  applyEvent,
  defineProcedure,
  fromPersisted,
  ganttTimeline,
  getProcedure,
  getTreaty,
  headline,
  initialSnapshot,
  machineDiagram,
  parseDate,
  renderExplanation,
  renderTimeline,
  type Scenario,
  type SimulationResult,
  safeSimulate,
  simulate,
  statusOn,
  type TreatyProfile,
  type WithdrawalEventType,
  type WithdrawalStateValue,
  withdrawalMachine,
} from '../../src/index.js';
import type { GuardName } from '../../src/machine/logic.js';
import { structureOf } from '../../src/machine/structure.js';
import { guardAdmits, profileAdmits } from '../../src/machine/terms.js';
import { suspendable } from '../arbitraries.js';
import cases from '../fixtures/real-cases.json' with { type: 'json' };
import { errorOf } from '../helpers.js';
import { type Answer, answers, refusalAnswers } from './answers.js';

const realCases = cases as unknown as { id: string; scenario: Scenario }[];

const special: Record<string, Scenario> = {
  'month-end clamped': {
    treaty: 'ottawa',
    party: 'X',
    events: [{ type: 'instrument.deposited', date: '2025-08-31', reasons: 'r' }],
  },
  'later date named': {
    treaty: 'rome-statute',
    party: 'X',
    events: [{ type: 'instrument.deposited', date: '2025-06-02', laterDate: '2026-09-01' }],
  },
  'later date not later': {
    treaty: 'att',
    party: 'X',
    events: [{ type: 'instrument.deposited', date: '2025-06-02', laterDate: '2025-07-01' }],
  },
  'deferral then peace': {
    treaty: 'ccm',
    party: 'X',
    events: [
      { type: 'armedConflict.started', date: '2024-01-01' },
      { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
      { type: 'armedConflict.ended', date: '2026-03-01' },
    ],
  },
  'revoked while deferred': {
    treaty: 'ottawa',
    party: 'X',
    events: [
      { type: 'armedConflict.started', date: '2024-01-01' },
      { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
      { type: 'notification.revoked', date: '2025-09-01' },
    ],
  },
  abandoned: {
    treaty: 'ottawa',
    party: 'X',
    procedure: 'ukraine',
    events: [
      { type: 'decree.signed', date: '2025-01-10' },
      { type: 'parliament.rejected', date: '2025-02-01' },
    ],
  },
  'second vote': {
    treaty: 'ottawa',
    party: 'X',
    procedure: defineProcedure({ ...getProcedure('parliamentary'), id: 'second-vote', resubmission: true }),
    events: [
      { type: 'parliament.rejected', date: '2025-02-01' },
      { type: 'parliament.approved', date: '2025-03-01' },
      { type: 'law.signed', date: '2025-03-02' },
    ],
  },
  'not yet in force': { treaty: 'ctbt', party: 'X', events: [] },
  'terminated treaty': { treaty: 'inf', party: 'X', events: [] },
  'as of, projected': {
    treaty: 'ottawa',
    party: 'X',
    asOf: '2025-09-01',
    events: [{ type: 'instrument.deposited', date: '2025-08-20', reasons: 'r' }],
  },
  'as of, conflict ongoing': {
    treaty: 'ottawa',
    party: 'X',
    asOf: '2025-09-01',
    events: [
      { type: 'armedConflict.started', date: '2024-01-01' },
      { type: 'instrument.deposited', date: '2025-08-20', reasons: 'r' },
    ],
  },
  'suspension carried out and ended': {
    treaty: suspendable,
    party: 'X',
    events: [
      { type: 'suspension.notified', date: '2025-01-10', ground: 'material-breach', reasons: 'r' },
      { type: 'suspension.ended', date: '2026-01-01' },
    ],
  },
  'suspension urgent': {
    treaty: suspendable,
    party: 'X',
    events: [
      {
        type: 'suspension.notified',
        date: '2025-01-10',
        ground: 'supervening-impossibility',
        urgent: true,
        objectionPeriodEndsOn: '2025-01-20',
      },
    ],
  },
  'suspension objected, withdrawn, settled': {
    treaty: 'ottawa',
    party: 'X',
    events: [
      { type: 'suspension.notified', date: '2025-01-10', ground: 'treaty-provision' },
      { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
      { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
      { type: 'objection.withdrawn', date: '2025-03-01', by: 'Austria' },
      { type: 'dispute.settled', date: '2026-05-01', outcome: 'suspension-upheld', by: 'agreement' },
    ],
  },
  'suspension abandoned in settlement': {
    treaty: 'ottawa',
    party: 'X',
    events: [
      { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' },
      { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
      { type: 'dispute.settled', date: '2026-05-01', outcome: 'suspension-abandoned' },
    ],
  },
  'suspension superseded by a withdrawal': {
    treaty: 'ottawa',
    party: 'X',
    events: [
      { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' },
      { type: 'instrument.deposited', date: '2025-02-10', reasons: 'r' },
    ],
  },
  'earliest notice': {
    treaty: 'unfccc',
    party: 'X',
    entryIntoForce: '2016-02-29',
    events: [{ type: 'instrument.deposited', date: '2019-03-01' }],
  },
  'nothing yet': { treaty: 'ottawa', party: 'X', events: [] },
  'no party named': { treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' }] },
  'suspension pending, as of': {
    treaty: 'ottawa',
    party: 'X',
    asOf: '2025-02-01',
    events: [{ type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' }],
  },
  'as of, later date named': {
    treaty: 'rome-statute',
    party: 'X',
    asOf: '2025-09-01',
    events: [{ type: 'instrument.deposited', date: '2025-06-02', laterDate: '2026-09-01' }],
  },
  'a step the procedure does not require, first': {
    treaty: 'ottawa',
    party: 'X',
    procedure: 'parliamentary',
    events: [
      { type: 'decree.signed', date: '2025-01-02' },
      { type: 'parliament.approved', date: '2025-02-01' },
    ],
  },
  'two conflicts, one from the day of deposit': {
    treaty: 'ccm',
    party: 'X',
    events: [
      { type: 'armedConflict.started', date: '2020-01-01' },
      { type: 'armedConflict.ended', date: '2021-01-01' },
      { type: 'instrument.deposited', date: '2025-01-10', reasons: 'r' },
      { type: 'armedConflict.started', date: '2025-01-10' },
    ],
  },
};

const scenarios: [string, Scenario][] = [
  ...realCases.map((c) => [c.id, c.scenario] as [string, Scenario]),
  ...Object.entries(special),
];

/** Every date the answer could turn on, and the day before each: the days statusOn is asked about. */
function daysToAsk(result: SimulationResult): CalendarDate[] {
  const turns = [
    ...result.timeline.map((s) => s.from),
    ...result.events.map((e) => e.date),
    ...result.suspensions.flatMap((p) => [p.from, p.to]),
    result.effectiveOn,
    result.entryIntoForce,
    result.treaty.terminatedOn,
  ].filter((d): d is CalendarDate => d !== null && d !== undefined);
  return [...new Set([...turns, ...turns.map((d) => addDays(d, -1)), '2000-01-01' as const, '2030-01-01' as const])].sort();
}

/** What a result means, without its words: outcome, dates, articles and the bound answer on each day asked. */
function answerOf(result: SimulationResult): Answer {
  return {
    outcome: result.outcome,
    effectiveOn: result.effectiveOn,
    steps: result.explanation.map((s) => `${s.date} ${s.fact} (${s.article})${s.clamped ? ' clamped' : ''}`),
    warnings: result.warnings.map((w) => `${w.code} (${w.article})`),
    status: daysToAsk(result).map((d) => {
      const s = statusOn(result, d);
      return `${d} ${s.bound ? 'bound' : 'not bound'} ${s.stage} (${s.article})`;
    }),
  };
}

describe('explanations and reasons', () => {
  it.each(scenarios)('%s', (name, scenario) => {
    const result = simulate(scenario);
    // The meaning is asserted here, in tests/wording/answers.ts, which a snapshot update never rewrites.
    expect(answerOf(result)).toEqual(answers[name]);
    // The snapshot holds the words only: headline, the rule and statement of each step, warnings, and the
    // reason statusOn gives on each day asked (in the order of the answers' status lines).
    expect({
      headline: headline(result),
      explanation: result.explanation.map((s) => `[${s.rule}] ${s.statement}`),
      warnings: result.warnings.map((w) => w.message),
      status: daysToAsk(result).map((d) => `${d}: ${statusOn(result, d).reason}`),
    }).toMatchSnapshot();
  });
});

describe('rendered text and diagrams', () => {
  const ukraine = realCases.find((c) => c.id === 'apmbt-ukr-2025')?.scenario as Scenario;
  const real = realCases.find((c) => c.id === 'apmbt-ukr-2025-suspension')?.scenario as Scenario;

  it('renders timelines and explanations', () => {
    for (const scenario of [
      ukraine,
      real,
      special['suspension carried out and ended'] as Scenario,
      special.abandoned as Scenario,
    ]) {
      const result = simulate(scenario);
      expect(renderTimeline(result)).toMatchSnapshot();
      expect(renderTimeline(result, { color: true })).toMatchSnapshot();
      expect(renderExplanation(result)).toMatchSnapshot();
      expect(ganttTimeline(result)).toMatchSnapshot();
    }
  });

  it.each(scenarios)('renders %s', (_name, scenario) => {
    const result = simulate(scenario);
    expect({
      timeline: renderTimeline(result).split('\n'),
      colored: renderTimeline(result, { color: true }).split('\n'),
      explanation: renderExplanation(result, { color: true }).split('\n'),
      gantt: ganttTimeline(result).split('\n'),
    }).toMatchSnapshot();
  });

  it('draws the machine', () => {
    expect(machineDiagram()).toMatchSnapshot();
    expect(
      machineDiagram({ notes: false, highlight: 'suspended', states: ['procedure', 'suspensionPending', 'suspended'] }),
    ).toMatchSnapshot();
  });
});

describe('error messages', () => {
  const refusals: Record<string, unknown> = {
    'not an object': 42,
    'no treaty': { events: [] },
    'unknown treaty': { treaty: 'otawa', events: [] },
    'bad profile': { treaty: { id: 'X' }, events: [] },
    'bad date': { treaty: 'ottawa', events: [{ type: 'decree.signed', date: '2025-02-30' }] },
    'unknown event': { treaty: 'ottawa', events: [{ type: 'treaty.burned', date: '2025-01-01' }] },
    'unknown field': { treaty: 'ottawa', events: [{ type: 'decree.signed', date: '2025-01-01', by: 'x' }] },
    'procedure incomplete': {
      treaty: 'ottawa',
      procedure: 'poland',
      events: [{ type: 'instrument.deposited', date: '2025-01-01' }],
    },
    'out of sequence': { treaty: 'ottawa', procedure: 'poland', events: [{ type: 'decree.signed', date: '2025-01-01' }] },
    'no parliament to reject': { treaty: 'ottawa', events: [{ type: 'parliament.rejected', date: '2025-01-01' }] },
    'treaty not in force': { treaty: 'ctbt', events: [{ type: 'instrument.deposited', date: '2025-01-10' }] },
    'treaty terminated': { treaty: 'inf', events: [{ type: 'instrument.deposited', date: '2019-09-01', reasons: 'r' }] },
    'too early': {
      treaty: 'paris-agreement',
      entryIntoForce: '2016-11-04',
      events: [{ type: 'instrument.deposited', date: '2019-11-03' }],
    },
    'no entry into force': { treaty: 'kyoto-protocol', events: [{ type: 'instrument.deposited', date: '2019-11-03' }] },
    'later date not allowed': {
      treaty: 'icsid',
      events: [{ type: 'instrument.deposited', date: '2019-11-03', laterDate: '2020-11-03' }],
    },
    'ambiguous month end': {
      treaty: 'ottawa',
      overflow: 'reject',
      events: [{ type: 'instrument.deposited', date: '2025-08-31' }],
    },
    'already effective': {
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-06-27' },
        { type: 'notification.revoked', date: '2025-12-27' },
      ],
    },
    'final state': {
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-06-27' },
        { type: 'armedConflict.started', date: '2026-01-01' },
      ],
    },
    'nothing to revoke': { treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] },
    'no conflict to end': { treaty: 'ottawa', events: [{ type: 'armedConflict.ended', date: '2025-01-01' }] },
    'conflict twice': {
      treaty: 'ottawa',
      events: [
        { type: 'armedConflict.started', date: '2025-01-01' },
        { type: 'armedConflict.started', date: '2025-01-02' },
      ],
    },
    'objection window too short': {
      treaty: 'ottawa',
      events: [
        { type: 'suspension.notified', date: '2025-01-01', ground: 'fundamental-change', objectionPeriodEndsOn: '2025-02-01' },
      ],
    },
    'objection window before notice': {
      treaty: 'ottawa',
      events: [
        {
          type: 'suspension.notified',
          date: '2025-01-01',
          ground: 'fundamental-change',
          urgent: true,
          objectionPeriodEndsOn: '2025-01-01',
        },
      ],
    },
    'objection twice': {
      treaty: 'ottawa',
      events: [
        { type: 'suspension.notified', date: '2025-01-01', ground: 'fundamental-change' },
        { type: 'objection.raised', date: '2025-01-02', by: 'Norway' },
        { type: 'objection.raised', date: '2025-01-03', by: 'Norway' },
      ],
    },
    'no objection to withdraw': {
      treaty: 'ottawa',
      events: [
        { type: 'suspension.notified', date: '2025-01-01', ground: 'fundamental-change' },
        { type: 'objection.withdrawn', date: '2025-01-02', by: 'Norway' },
      ],
    },
    'no suspension in force': {
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-01-01' },
        { type: 'suspension.ended', date: '2025-01-02' },
      ],
    },
    'too many events': {
      treaty: 'ottawa',
      events: Array.from({ length: 10_001 }, () => ({ type: 'clock.advanced', date: '2025-01-01' })),
    },
  };

  it.each(Object.entries(refusals))('%s', (name, scenario) => {
    const result = safeSimulate(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    const { message, issues, allowedEvents, event, ...meaning } = result.error.toJSON();
    // The meaning, asserted in tests/wording/answers.ts: code, path, state, missing steps and each issue's path and code.
    expect({ ...meaning, issues: issues?.map((i) => `${i.path} ${i.code}`) }).toEqual(refusalAnswers[name]);
    // The events still allowed are those the state accepts and the treaty admits, besides the refused one; the event is the one sent.
    if (meaning.state !== undefined) {
      const type = (event as { type?: unknown } | undefined)?.type;
      const named = (scenario as { treaty: string | TreatyProfile }).treaty;
      const treaty = typeof named === 'string' ? getTreaty(named) : named;
      const state = meaning.state as WithdrawalStateValue;
      // A type is ruled out by the treaty (profileAdmits), or by a guard of every transition the state has for it (guardAdmits).
      const guards = (t: WithdrawalEventType) => (structureOf(withdrawalMachine).states[state].on[t] ?? []).map((x) => x.guard);
      const admitted = (t: WithdrawalEventType) =>
        (profileAdmits[t]?.(treaty) ?? true) &&
        guards(t).some((g) => g === undefined || (guardAdmits[g as GuardName]?.(treaty) ?? true));
      expect(allowedEvents).toEqual(acceptedEvents(state).filter((t) => t !== type && admitted(t)));
    } else expect(allowedEvents).toBeUndefined();
    if (event !== undefined) {
      // A scenario fact (entryIntoForce) names its own path; the event is still one the scenario sent.
      const sent = (scenario as { events: unknown[] }).events;
      const at = meaning.path?.match(/^events\[(\d+)\]/)?.[1];
      if (at === undefined) expect(sent).toContainEqual(event);
      else expect(event).toEqual(sent[Number(at)]);
    }
    // The snapshot holds the words only.
    expect({ message, issues: issues?.map((i) => i.message) }).toMatchSnapshot();
  });

  it('for dates, events and snapshots too', () => {
    const messages = [
      errorOf(() => parseDate('2025-13-01')).message,
      errorOf(() => parseDate('0000-01-01')).message,
      errorOf(() => addPeriod('9999-12-31', { years: 1 })).message,
      errorOf(() => addPeriod('2025-01-31', { months: 1 }, { overflow: 'reject' })).message,
      errorOf(() => addPeriod('2025-01-31', { months: 1, days: -1 })).message,
      errorOf(() => addPeriod('2025-01-31', { months: 1 }, { overflow: 'wrap' as never })).message,
      errorOf(() => fromPersisted('{')).message,
      errorOf(() => fromPersisted({ format: 'treaty-withdrawal/snapshot', schemaVersion: 9 })).message,
    ];
    const event = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'decree.signed' });
    if (!event.ok) messages.push(event.error.message);
    expect(messages).toMatchSnapshot();
  });
});
