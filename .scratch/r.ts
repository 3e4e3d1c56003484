import { createActor } from 'xstate';
import { withdrawalMachine } from '../src/index.ts';
import { rawMachine } from '../bench/baselines/raw-machine.ts';
import { UKRAINE_EVENTS } from '../bench/baselines/reducer.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
function ours() { const a = createActor(withdrawalMachine, { input }).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function raw() { const a = createActor(rawMachine).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function time(f: () => unknown, N = 5000) { const t = performance.now(); for (let i = 0; i < N; i++) f(); return (performance.now() - t) / N * 1000; }
for (let i = 0; i < 3000; i++) { ours(); raw(); }
const o: number[] = [], r: number[] = [];
for (let k = 0; k < 10; k++) { o.push(time(ours)); r.push(time(raw)); }
o.sort((a,b)=>a-b); r.sort((a,b)=>a-b);
console.log('ours', o[5].toFixed(1), 'raw', r[5].toFixed(1), 'ratio', (o[5]/r[5]).toFixed(2));
