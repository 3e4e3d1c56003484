import { createActor } from 'xstate';
import { withdrawalMachine } from '../src/index.ts';
import { rawMachine } from '../bench/baselines/raw-machine.ts';
import { UKRAINE_EVENTS } from '../bench/baselines/reducer.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
function ours() { const a = createActor(withdrawalMachine, { input }).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function raw() { const a = createActor(rawMachine).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
const which = process.argv[2];
const f = which === 'raw' ? raw : ours;
for (let i = 0; i < 3000; i++) f();
const t = performance.now(); const N = 20000;
for (let i = 0; i < N; i++) f();
console.log(which, ((performance.now() - t) / N * 1000).toFixed(1), 'µs');
