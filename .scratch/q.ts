import { contextFromInput } from '../src/machine/input.ts';
const input = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
for (let i = 0; i < 20000; i++) contextFromInput(input);
const t = performance.now(); const N = 200000;
for (let i = 0; i < N; i++) contextFromInput(input);
console.log('contextFromInput', ((performance.now() - t) / N * 1000).toFixed(2), 'µs');
