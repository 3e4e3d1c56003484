/**
 * How small the library's own code could get, and what the zod API choice
 * weighs: the measurements behind two decisions, `npm run size:floor`.
 *
 * 1. The own bundle (xstate and zod external) with every shipped treaty profile
 *    replaced by a stub: what the machine weighs without its legal data.
 * 2. The schema features the library uses, bundled from `zod` (classic, as
 *    `import * as z`) and from `zod/mini`, and how fast each parses a mix of
 *    valid events (median of interleaved rounds), and what message `zod/mini`
 *    gives without a locale.
 *
 * Information only: nothing here fails. `npm run size` holds the budgets.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import * as classic from 'zod';
import * as mini from 'zod/mini';
import { isCalendarDate } from '../src/dates/calendar-date.js';
import { bundleForSize, kib } from './bundle-size.js';

/** Replaces each treaty profile module with one that exports a bare stub under the same name. */
const stubProfiles: Plugin = {
  name: 'stub-treaty-profiles',
  setup(builder) {
    builder.onLoad({ filter: /src[\\/]treaties[\\/]profiles[\\/][\w-]+\.ts$/ }, async (args) => {
      if (/[\\/]sources\.ts$/.test(args.path)) return undefined;
      const names = [...(await readFile(args.path, 'utf8')).matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
      return { contents: names.map((name) => `export const ${name} = { id: '${name}' };`).join('\n'), loader: 'ts' };
    });
  },
};

console.log('1. the own bundle (xstate, zod external), with and without the treaty profiles');
console.log(`${'import'.padEnd(28)}  ${'as shipped'.padStart(10)}  ${'no profiles'.padStart(11)}  (min+gzip)`);
for (const names of [['withdrawalMachine'], ['simulate', 'statusOn'], null]) {
  const source = names ? { only: names } : {};
  const shipped = await bundleForSize(source, ['xstate', 'zod']);
  const stubbed = await bundleForSize(source, ['xstate', 'zod'], [stubProfiles]);
  console.log(
    `${(names ?? ['everything']).join(' + ').padEnd(28)}  ${kib(shipped.gzipped).padStart(10)}  ${kib(stubbed.gzipped).padStart(11)}`,
  );
}

// The features the library's schemas use, written once with each API.
const CLASSIC_FEATURES = `import * as z from 'zod';
const date = z.string().min(1).max(10).regex(/^\\d{4}-\\d{2}-\\d{2}$/);
export const event = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('a'), date, note: z.string().max(2000).optional(), n: z.int().min(0).max(5).optional(), b: z.boolean().nullable(), e: z.enum(['x', 'y']), source: z.url() }),
  z.strictObject({ type: z.literal('b'), list: z.array(z.unknown()).default([]) }),
]);
export const ref = z.union([z.string(), z.looseObject({ id: z.string() })]).transform((x) => x).refine((x) => x !== '', 'empty');
`;
const MINI_FEATURES = `import * as z from 'zod/mini';
const date = z.string().check(z.minLength(1), z.maxLength(10), z.regex(/^\\d{4}-\\d{2}-\\d{2}$/));
export const event = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('a'), date, note: z.optional(z.string().check(z.maxLength(2000))), n: z.optional(z.int().check(z.minimum(0), z.maximum(5))), b: z.nullable(z.boolean()), e: z.enum(['x', 'y']), source: z.url() }),
  z.strictObject({ type: z.literal('b'), list: z._default(z.array(z.unknown()), []) }),
]);
export const ref = z.pipe(z.union([z.string(), z.looseObject({ id: z.string() })]), z.transform((x) => x)).check(z.refine((x) => x !== '', 'empty'));
`;
console.log('\n2. zod: the schema features the library uses, bundled alone (min+gzip)');
console.log(`   zod (classic, import * as z)  ${kib((await bundleForSize({ contents: CLASSIC_FEATURES }, [])).gzipped)}`);
console.log(`   zod/mini                      ${kib((await bundleForSize({ contents: MINI_FEATURES }, [])).gzipped)}`);

// Parsing speed on an event union shaped like the library's (15 types).
const types = [
  'decree.signed',
  'parliament.approved',
  'parliament.rejected',
  'law.signed',
  'notification.revoked',
  'armedConflict.started',
  'armedConflict.ended',
  'objection.withdrawn',
  'suspension.ended',
  'clock.advanced',
  'suspension.notified',
  'objection.raised',
  'suspension.rejected',
  'dispute.settled',
] as const;
const classicDate = classic.string().refine(isCalendarDate);
const miniDate = mini.string().check(mini.refine(isCalendarDate));
const classicUnion = classic.discriminatedUnion('type', [
  classic.strictObject({
    type: classic.literal('instrument.deposited'),
    date: classicDate,
    note: classic.string().max(2000).optional(),
    laterDate: classicDate.optional(),
    reasons: classic.string().max(20_000).optional(),
  }),
  ...types.map((type) =>
    classic.strictObject({
      type: classic.literal(type),
      date: classicDate,
      note: classic.string().max(2000).optional(),
      source: classic.url().optional(),
    }),
  ),
]);
const miniUnion = mini.discriminatedUnion('type', [
  mini.strictObject({
    type: mini.literal('instrument.deposited'),
    date: miniDate,
    note: mini.optional(mini.string().check(mini.maxLength(2000))),
    laterDate: mini.optional(miniDate),
    reasons: mini.optional(mini.string().check(mini.maxLength(20_000))),
  }),
  ...types.map((type) =>
    mini.strictObject({
      type: mini.literal(type),
      date: miniDate,
      note: mini.optional(mini.string().check(mini.maxLength(2000))),
      source: mini.optional(mini.url()),
    }),
  ),
]);
const events = [
  { type: 'decree.signed', date: '2025-06-29' },
  { type: 'parliament.approved', date: '2025-07-16', note: 'Verkhovna Rada' },
  { type: 'law.signed', date: '2025-07-17' },
  { type: 'instrument.deposited', date: '2025-07-18' },
  { type: 'clock.advanced', date: '2026-01-18' },
  { type: 'armedConflict.started', date: '2022-02-24' },
];
function parseAll(schema: { safeParse(value: unknown): { success: boolean } }, rounds: number): number {
  let valid = 0;
  for (let r = 0; r < rounds; r++) for (const event of events) if (schema.safeParse(event).success) valid++;
  return valid;
}
const ROUNDS = 5000;
if (parseAll(classicUnion, 1) !== events.length || parseAll(miniUnion, 1) !== events.length)
  throw new Error('the event mix must be valid for both');
parseAll(classicUnion, 20_000);
parseAll(miniUnion, 20_000);
const ratios: number[] = [];
const perEvent = { classic: [] as number[], mini: [] as number[] };
for (let round = 0; round < 21; round++) {
  let start = performance.now();
  parseAll(classicUnion, ROUNDS);
  const classicMs = performance.now() - start;
  start = performance.now();
  parseAll(miniUnion, ROUNDS);
  const miniMs = performance.now() - start;
  ratios.push(miniMs / classicMs);
  perEvent.classic.push((classicMs * 1e6) / (ROUNDS * events.length));
  perEvent.mini.push((miniMs * 1e6) / (ROUNDS * events.length));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
console.log('\n   parsing valid events, median of 21 interleaved rounds:');
console.log(`   zod (classic)  ${median(perEvent.classic).toFixed(0)} ns per event`);
console.log(`   zod/mini       ${median(perEvent.mini).toFixed(0)} ns per event  (${median(ratios).toFixed(2)}× classic's time)`);
// In a process of its own: importing classic zod (as this script does) loads
// its English messages for every zod schema, mini ones included.
const alone = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "import * as z from 'zod/mini'; console.log(z.strictObject({ a: z.string() }).safeParse({ a: 1 }).error.issues[0].message)",
  ],
  { encoding: 'utf8' },
);
console.log(
  `\n   zod/mini's message for a number where a string belongs, in an app that loads no locale: ${JSON.stringify(alone.stdout.trim())}`,
);
console.log(
  `   the same, once classic zod is imported anywhere in the app: ${JSON.stringify(mini.strictObject({ a: mini.string() }).safeParse({ a: 1 }).error?.issues[0]?.message)}`,
);
