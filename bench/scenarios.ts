/**
 * Seeded inputs for the benchmarks: a tiny PRNG, date helpers, and the
 * generator of withdrawal scenarios for the batch benchmark.
 */
import { type CalendarDate, getTreaty, type Scenario, type WithdrawalEvent } from '../src/index.js';

/** mulberry32: a tiny seeded PRNG, enough for reproducible inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Date.parse(date) / DAY_MS;
const dateOf = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10) as CalendarDate;

export function randomDate(random: () => number, from: string, to: string): CalendarDate {
  const a = dayOf(from);
  const b = dayOf(to);
  return dateOf(a + Math.floor(random() * (b - a + 1)));
}

export function plusDays(date: string, days: number): CalendarDate {
  return dateOf(dayOf(date) + days);
}

export function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Per treaty of the workload: when it entered into force, and the days a notice must wait after that (profile data). */
const WINDOWS = Object.fromEntries(
  (['ottawa', 'rome-statute', 'paris-agreement'] as const).map((id) => {
    const profile = getTreaty(id);
    const years = profile.withdrawal.earliestNotice?.yearsAfterEntryIntoForce ?? 0;
    return [id, { inForce: profile.entryIntoForce?.date as CalendarDate, earliest: years > 0 ? years * 366 + 1 : 0 }];
  }),
) as Record<'ottawa' | 'rome-statute' | 'paris-agreement', { inForce: CalendarDate; earliest: number }>;

/**
 * `count` scenarios: Ottawa, Rome Statute and Paris Agreement (with entry into
 * force), deposits from each treaty's entry into force to 2030, optional armed
 * conflicts, optional revocations, and domestic steps recorded under procedure
 * `none`. Every one is valid: `simulate` accepts them all
 * (tests/bench/scenarios.test.ts).
 */
export function generateScenarios(count: number, seed: number): Scenario[] {
  const random = prng(seed);
  const scenarios: Scenario[] = [];
  for (let i = 0; i < count; i++) {
    const pick = random();
    const treaty = pick < 0.5 ? 'ottawa' : pick < 0.75 ? 'rome-statute' : 'paris-agreement';
    // Notice periods: Ottawa 6 months, Rome and Paris 1 year.
    const periodDays = treaty === 'ottawa' ? 181 : 365;
    // A notice counts only once the treaty is in force, and where the treaty sets
    // an earliest notice (Paris Art. 28(1): three years) only that long after it
    // entered into force for the party, drawn below at least that many 366-day
    // years and a day before the notice.
    const { inForce, earliest } = WINDOWS[treaty];
    const deposit = randomDate(random, plusDays(inForce, earliest), '2030-12-31');
    const events: WithdrawalEvent[] = [];
    // Some domestic steps, recorded (not required) under procedure 'none'.
    if (random() < 0.4) {
      const decree = plusDays(deposit, -int(random, 20, 200));
      events.push({ type: 'decree.signed', date: decree });
      if (random() < 0.5) events.push({ type: 'parliament.approved', date: plusDays(decree, int(random, 1, 15)) });
    }
    const conflict = random();
    if (conflict < 0.15) {
      // Engaged in an armed conflict before the deposit (as Ukraine), perhaps ended later.
      events.push({ type: 'armedConflict.started', date: plusDays(deposit, -int(random, 1, 2000)) });
      if (random() < 0.5) {
        // Ottawa: may end after expiry (the deferred withdrawal then takes effect).
        const span = treaty === 'ottawa' ? int(random, 1, 1500) : int(random, 1, periodDays - 5);
        events.push({ type: 'armedConflict.ended', date: plusDays(deposit, span) });
      }
    } else if (conflict < 0.25) {
      // Begins during the notice period.
      events.push({ type: 'armedConflict.started', date: plusDays(deposit, int(random, 1, 60)) });
    }
    events.push({ type: 'instrument.deposited', date: deposit });
    const ends = events.some((e) => e.type === 'armedConflict.ended');
    if (!ends && random() < 0.15)
      events.push({ type: 'notification.revoked', date: plusDays(deposit, int(random, 61, periodDays - 10)) });
    const scenario: Scenario = {
      treaty,
      party: `P${i % 193}`,
      procedure: 'none',
      events,
      // For the party: on or after the treaty's own entry into force, and before its earliest notice.
      ...(earliest > 0 && { entryIntoForce: randomDate(random, inForce, plusDays(deposit, -earliest)) }),
    };
    scenarios.push(scenario);
  }
  return scenarios;
}
