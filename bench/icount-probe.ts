/**
 * The probe `bench/icount.sh` runs under callgrind: it warms up simulate and the
 * hand-written reducer on the Ukraine scenario, then runs `n` iterations of one.
 * Usage (after bundling): node probe.mjs simulate|reducer N
 */
import { type Scenario, simulate, type WithdrawalEvent } from '../src/index.js';
import { runReducer, UKRAINE_EVENTS } from './baselines/reducer.js';

const scenario: Scenario = {
  treaty: 'ottawa',
  procedure: 'ukraine',
  party: 'UKR',
  events: (UKRAINE_EVENTS as readonly WithdrawalEvent[]).filter((e) => e.type !== 'clock.advanced'),
};
const [which, count] = process.argv.slice(2);
let kept = 0;
const runSimulate = () => {
  kept += simulate(scenario).timeline.length;
};
const runBaseline = () => {
  kept += runReducer(UKRAINE_EVENTS).steps.length;
};
for (let i = 0; i < 3000; i++) {
  runSimulate();
  runBaseline();
}
const run = which === 'simulate' ? runSimulate : runBaseline;
for (let i = 0; i < Number(count); i++) run();
if (kept < 0) console.log(kept);
