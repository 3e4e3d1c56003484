/**
 * Ukraine and the Mine Ban Treaty, read as an Art. 20 withdrawal (as the news
 * framed it in July 2025): decree, Rada, signature, deposit, six months, and then
 * Art. 20(3): Ukraine is engaged in an armed conflict when the six months
 * expire, so the withdrawal does not take effect before the conflict ends.
 *
 * Run: npx tsx examples/ukraine-2025.ts
 */
import { renderTimeline, type Scenario, simulate, statusOn } from 'treaty-withdrawal';

const ukraine: Scenario = {
  treaty: 'ottawa',
  party: 'Ukraine',
  procedure: 'ukraine',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24', note: 'full-scale invasion by Russia' },
    { type: 'decree.signed', date: '2025-06-29', note: 'decree enacting the NSDC decision' },
    { type: 'parliament.approved', date: '2025-07-15', note: 'Verkhovna Rada, 299 votes' },
    { type: 'law.signed', date: '2025-07-15' },
    { type: 'instrument.deposited', date: '2025-07-18' },
  ],
};

const result = simulate(ukraine);
console.log('Ukraine 2025, read as an Art. 20 withdrawal\n');
console.log(renderTimeline(result));

const june = statusOn(result, '2026-06-01');
console.log(`\nBound on ${june.date}? ${june.bound ? 'yes' : 'no'}: ${june.reason} (${june.article})`);

// What if the armed conflict ends? Add the event and ask again.
const peace = simulate({
  ...ukraine,
  events: [...ukraine.events, { type: 'armedConflict.ended', date: '2026-09-30' }],
});
console.log(`\nIf the armed conflict ended on 2026-09-30, the withdrawal would take effect on ${peace.effectiveOn}.`);
console.log(
  `Bound on 2026-09-29? ${statusOn(peace, '2026-09-29').bound ? 'yes' : 'no'}. On 2026-09-30? ${statusOn(peace, '2026-09-30').bound ? 'yes' : 'no'}.`,
);

console.log(
  '\nIn fact the instrument Ukraine deposited on 18 July 2025 declared a suspension of the Convention,' +
    '\nciting a fundamental change of circumstances (VCLT Art. 62), not an Art. 20 withdrawal. A suspension' +
    '\nstarts no Art. 20 clock; several States Parties objected, and in December 2025 the Meeting of States' +
    '\nParties held that the Convention does not allow the suspension of its operation: Ukraine remains bound.',
);
