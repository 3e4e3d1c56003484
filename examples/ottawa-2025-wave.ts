/**
 * The 2025 wave of withdrawals from the Mine Ban Treaty (Ottawa Convention):
 * Lithuania, Latvia, Estonia, Finland and Poland, with their real dates, and the
 * effective dates the library derives from Art. 20.
 *
 * Run: npx tsx examples/ottawa-2025-wave.ts
 */
import { renderTimeline, type Scenario, simulate } from 'treaty-withdrawal';

const reasons = 'Full explanation of the reasons attached to the instrument, as Art. 20(2) requires.';

const wave: readonly Scenario[] = [
  {
    treaty: 'ottawa',
    party: 'Lithuania',
    events: [
      { type: 'parliament.approved', date: '2025-05-08', note: 'Seimas vote 107-0-3' },
      { type: 'instrument.deposited', date: '2025-06-27', reasons },
    ],
  },
  {
    treaty: 'ottawa',
    party: 'Latvia',
    procedure: 'parliamentary',
    events: [
      { type: 'decree.signed', date: '2025-03-25', note: 'Cabinet of Ministers decision' },
      { type: 'parliament.approved', date: '2025-04-16', note: 'Saeima final reading' },
      { type: 'law.signed', date: '2025-04-24', note: 'promulgated by the President' },
      { type: 'instrument.deposited', date: '2025-06-27', reasons },
    ],
  },
  {
    treaty: 'ottawa',
    party: 'Estonia',
    procedure: 'parliamentary',
    events: [
      { type: 'parliament.approved', date: '2025-06-04', note: 'Riigikogu' },
      { type: 'law.signed', date: '2025-06-13', note: 'approved by the President' },
      { type: 'instrument.deposited', date: '2025-06-27', reasons },
    ],
  },
  {
    treaty: 'ottawa',
    party: 'Finland',
    events: [
      { type: 'decree.signed', date: '2025-05-28', note: 'Government approves the bill' },
      { type: 'parliament.approved', date: '2025-06-19', note: 'Eduskunta 157-18' },
      { type: 'instrument.deposited', date: '2025-07-10', reasons },
    ],
  },
  {
    treaty: 'ottawa',
    party: 'Poland',
    procedure: 'poland',
    events: [
      { type: 'parliament.approved', date: '2025-06-25', note: 'Act of 25 June 2025' },
      { type: 'decree.signed', date: '2025-08-05', note: "President's act of denunciation" },
      { type: 'instrument.deposited', date: '2025-08-20', reasons },
    ],
  },
];

console.log('The 2025 withdrawals from the Mine Ban Treaty (Art. 20: six months after receipt)\n');
for (const scenario of wave) {
  console.log(renderTimeline(simulate(scenario)));
  console.log();
}
