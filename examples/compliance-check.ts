/**
 * Compliance questions: was a party bound by the treaty on a given date?
 *
 * Run: npx tsx examples/compliance-check.ts
 */
import { isBoundOn, type Scenario, simulate, statusOn } from 'treaty-withdrawal';

const poland: Scenario = {
  treaty: 'ottawa',
  party: 'Poland',
  procedure: 'poland',
  events: [
    { type: 'parliament.approved', date: '2025-06-25' },
    { type: 'decree.signed', date: '2025-08-05' },
    { type: 'instrument.deposited', date: '2025-08-20', reasons: 'Statement of reasons attached.' },
  ],
};

const ukraine: Scenario = {
  treaty: 'ottawa',
  party: 'Ukraine',
  procedure: 'ukraine',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24' },
    { type: 'decree.signed', date: '2025-06-29' },
    { type: 'parliament.approved', date: '2025-07-15' },
    { type: 'law.signed', date: '2025-07-15' },
    { type: 'instrument.deposited', date: '2025-07-18' },
  ],
};

const polish = simulate(poland);
for (const date of ['2026-02-01', '2026-02-19', '2026-02-20'] as const) {
  const status = statusOn(polish, date);
  console.log(`Poland bound on ${date}? ${status.bound ? 'yes' : 'no '} (${status.stage}; ${status.article})`);
}

const status = statusOn(simulate(ukraine), '2026-06-01');
console.log(`Ukraine bound on 2026-06-01? ${status.bound ? 'yes' : 'no'}: ${status.reason}`);

// The one-line shortcut:
console.log(`isBoundOn(poland, '2026-02-19') = ${isBoundOn(poland, '2026-02-19')}`);
