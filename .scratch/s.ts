import { createActor } from 'xstate';
import { withdrawalMachine } from '../src/index.ts';
import { rawMachine } from '../bench/baselines/raw-machine.ts';
import { UKRAINE_EVENTS } from '../bench/baselines/reducer.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
function ours() { const a = createActor(withdrawalMachine, { input }).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
function raw() { const a = createActor(rawMachine).start(); for (const e of UKRAINE_EVENTS) a.send(e as any); const s = a.getSnapshot(); a.stop(); return s; }
for (let i = 0; i < 3000; i++) { ours(); raw(); }
for (let i = 0; i < 30000; i++) ours();
