import { createActor } from 'xstate';
import { withdrawalMachine } from '../src/index.ts';
import { UKRAINE_EVENTS } from '../bench/baselines/reducer.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
const a = createActor(withdrawalMachine, { input }).start();
const fast = (o: object) => (globalThis as any).eval('%HasFastProperties')(o);
console.log(Object.keys(a.getSnapshot().context).length);
for (const e of UKRAINE_EVENTS) { a.send(e as any); console.log(e.type, Object.keys(a.getSnapshot().context).length); }
