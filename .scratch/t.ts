import { createActor } from 'xstate';
import { withdrawalMachine } from '../src/index.ts';
import { rawMachine } from '../bench/baselines/raw-machine.ts';
import { bigMachine } from './big.ts';
import { UKRAINE_EVENTS } from '../bench/baselines/reducer.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
function ours() { const a = createActor(withdrawalMachine, { input }).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function raw() { const a = createActor(rawMachine).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function big() { const a = createActor(bigMachine).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function time(f: () => unknown, N = 5000) { const t = performance.now(); for (let i = 0; i < N; i++) f(); return (performance.now() - t) / N * 1000; }
for (let i = 0; i < 3000; i++) { ours(); raw(); big(); }
const o: number[] = [], r: number[] = [], b: number[] = [];
for (let k = 0; k < 10; k++) { o.push(time(ours)); r.push(time(raw)); b.push(time(big)); }
for (const x of [o,r,b]) x.sort((a,b)=>a-b);
console.log('ours', o[5].toFixed(1), 'raw', r[5].toFixed(1), 'big-context raw', b[5].toFixed(1));
