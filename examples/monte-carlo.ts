/**
 * A seeded Monte-Carlo study: a state withdraws from the Mine Ban Treaty while
 * at war. Parliament approves 10–60 days after the decree, the instrument goes
 * in 1–10 days later, and the armed conflict ends on an uncertain date. When does
 * the withdrawal take effect? The same seed always gives the same answer.
 *
 * Run: npx tsx examples/monte-carlo.ts
 */
import { monteCarlo } from 'treaty-withdrawal';

const study = monteCarlo({
  runs: 10_000,
  seed: 2025,
  scenario: (random) => {
    const decree = '2025-06-29';
    const approved = random.daysAfter(decree, 10, 60);
    const deposited = random.daysAfter(approved, 1, 10);
    const events = [
      { type: 'armedConflict.started', date: '2022-02-24' },
      { type: 'decree.signed', date: decree },
      { type: 'parliament.approved', date: approved },
      { type: 'law.signed', date: approved },
      { type: 'instrument.deposited', date: deposited, reasons: 'Security situation.' },
    ] as const;
    // In three runs out of four the conflict ends between mid-2025 and 2028.
    const ends = random.chance(0.75)
      ? [{ type: 'armedConflict.ended', date: random.date('2025-09-01', '2028-12-31') } as const]
      : [];
    return { treaty: 'ottawa', procedure: 'ukraine', events: [...events, ...ends] };
  },
});

console.log(`${study.runs} runs, seed ${study.seed}`);
console.log('outcomes:', study.outcomes);
const dates = study.effectiveOn;
if (dates) {
  console.log(
    `effective dates: earliest ${dates.earliest}, p10 ${dates.p10}, median ${dates.median}, p90 ${dates.p90}, latest ${dates.latest}`,
  );
  const byYear = new Map<string, number>();
  for (const { month, count } of dates.byMonth) byYear.set(month.slice(0, 4), (byYear.get(month.slice(0, 4)) ?? 0) + count);
  const widest = Math.max(...byYear.values());
  for (const [year, count] of byYear) {
    console.log(`${year}  ${'#'.repeat(Math.round((count / widest) * 50)).padEnd(50)}  ${count}`);
  }
}
