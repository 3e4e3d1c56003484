/**
 * The probe `bench/icount-paths.sh` runs under callgrind: one path (actor,
 * applyEvent, fromPersisted, simulate) over `count` events of one kind
 * (conflicts, objections), run `times` times after a warm-up.
 * Usage (after bundling): node probe.mjs PATH KIND COUNT TIMES
 */
import { fromPersisted, type Scenario, simulate, toPersisted } from '../src/index.js';
import { PATH_KINDS, pathEvents, throughActor, throughApplyEvent } from './paths.js';

const [path, kindText, countText, timesText] = process.argv.slice(2);
const kind = PATH_KINDS.find((k) => k === kindText) ?? 'conflicts';
const data = pathEvents(Number(countText), kind);
const envelope = path === 'fromPersisted' ? JSON.stringify(toPersisted(throughApplyEvent(data.input, data.events))) : '';
const runs: Record<string, () => unknown> = {
  actor: () => throughActor(data.input, data.events),
  applyEvent: () => throughApplyEvent(data.input, data.events),
  fromPersisted: () => fromPersisted(envelope),
  simulate: () => simulate({ ...data.input, events: data.events } as Scenario),
};
const run = runs[path as string] as () => unknown;
const warm = pathEvents(100, kind);
for (let i = 0; i < 200; i++) {
  throughActor(warm.input, warm.events);
  throughApplyEvent(warm.input, warm.events);
  simulate({ ...warm.input, events: warm.events } as Scenario);
}
let kept = 0;
for (let i = 0; i < Number(timesText); i++) kept += run() ? 1 : 0;
if (kept < 0) console.log(kept);
