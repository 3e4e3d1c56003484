import { applyEvent, initialSnapshot } from '../src/index.ts';
import { suspendable } from '../tests/arbitraries.ts';
let s = initialSnapshot({ treaty: suspendable });
for (const e of [{ type: 'suspension.notified', date: '2025-01-10', ground: 'material-breach' }, { type: 'clock.advanced', date: '2025-05-01' }, { type: 'instrument.deposited', date: '2025-06-01', reasons: 'r' }, { type: 'clock.advanced', date: '2026-01-01' }] as const) {
  const r = applyEvent(s, e as never); if (!r.ok) throw r.error; s = r.snapshot; console.log(e.type, s.value, JSON.stringify(s.context.suspensions), s.context.suspension?.status);
}
