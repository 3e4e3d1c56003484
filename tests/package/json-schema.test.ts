import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATE_PATTERN, profileJsonSchema, SOURCE_URL_PATTERN, scenarioJsonSchema } from '../../scripts/json-schema.js';
import { isCalendarDate, procedures, ScenarioSchema, TreatyProfileSchema, treaties, treatyIds } from '../../src/index.js';
import { SourceUrlSchema } from '../../src/treaties/schema.js';
import { runs } from '../arbitraries.js';
import cases from '../fixtures/real-cases.json' with { type: 'json' };

const scenarioSchema = scenarioJsonSchema();
const profileSchema = profileJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validScenario = ajv.compile(scenarioSchema);
const validProfile = ajv.compile(profileSchema);
const validProcedure = ajv.compile({
  ...scenarioSchema,
  $id: 'procedure',
  $ref: '#/$defs/ProcedureProfile',
  properties: undefined,
  required: undefined,
  type: undefined,
  additionalProperties: undefined,
});

const examplesDir = new URL('../../examples/scenarios/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, examplesDir), 'utf8')) as Record<string, unknown>] as const);

const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors ?? null);

describe('the shipped JSON Schemas', () => {
  it('name the shipped ids, and date patterns, and take events as a discriminated oneOf', () => {
    const { treaty, procedure, events, asOf } = scenarioSchema.properties as Record<string, Record<string, unknown>>;
    expect((treaty?.oneOf as { enum?: string[] }[] | undefined)?.[0]?.enum).toEqual([...treatyIds]);
    expect((procedure?.oneOf as { enum?: string[] }[] | undefined)?.[0]?.enum).toEqual(procedures.map((p) => p.id));
    expect(asOf?.pattern).toBe(CALENDAR_DATE_PATTERN);
    const variants = ((events?.items as { oneOf?: { properties: { type: { const: string } } }[] } | undefined)?.oneOf ?? []).map(
      (v) => v.properties.type.const,
    );
    expect(variants).toContain('instrument.deposited');
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('are what the build wrote to dist/ (checked once built: npm test builds first)', () => {
    for (const [file, schema] of [
      ['scenario.schema.json', scenarioSchema],
      ['profile.schema.json', profileSchema],
    ] as const) {
      const built = new URL(`../../dist/${file}`, import.meta.url);
      if (existsSync(built)) expect(JSON.parse(readFileSync(built, 'utf8')), file).toEqual(schema);
    }
  });

  it('accept every example scenario, each of which names the schema', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const [file, example] of examples) {
      expect(example.$schema, file).toBe('../../dist/scenario.schema.json');
      expect(validScenario(example), `${file}: ${errorsOf(validScenario)}`).toBe(true);
      expect(ScenarioSchema.safeParse(example).success, file).toBe(true);
    }
  });

  it('accept the scenario of every real case', () => {
    for (const c of cases) expect(validScenario(c.scenario), `${c.id}: ${errorsOf(validScenario)}`).toBe(true);
  });

  it('accept every shipped treaty and procedure profile', () => {
    for (const t of treaties) expect(validProfile(t), `${t.id}: ${errorsOf(validProfile)}`).toBe(true);
    for (const p of procedures) expect(validProcedure(p), `${p.id}: ${errorsOf(validProcedure)}`).toBe(true);
  });

  it('refuse the typos zod refuses', () => {
    const base = { treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] };
    for (const bad of [
      { ...base, treaty: 'otawa' },
      { ...base, procedure: 'parlamentary' },
      { ...base, events: [{ type: 'instrument.deposited', date: '27/06/2025' }] },
      { ...base, events: [{ type: 'instrument.deposited', date: '2025-02-29' }] },
      { ...base, evnets: [] },
    ]) {
      expect(validScenario(bad), JSON.stringify(bad)).toBe(false);
      expect(ScenarioSchema.safeParse(bad).success).toBe(false);
    }
    expect(validScenario({ ...base, events: [{ type: 'instrument.deposited', date: '2024-02-29' }] })).toBe(true);
  });
});

// Where the JSON Schema cannot say what zod checks. A document on which the two
// disagree must show one of these, or the test fails.
const EXCEPTIONS: Record<string, (doc: unknown) => boolean> = {
  // zod trims the party before it measures it; JSON Schema measures the raw string.
  'party is trimmed before its length is checked': (doc) =>
    typeof (doc as { party?: unknown })?.party === 'string' &&
    (doc as { party: string }).party.trim() !== (doc as { party: string }).party,
  // zod parses URLs with the WHATWG parser; the pattern checks the scheme and a host.
  'a URL the WHATWG parser reads differently from the pattern': (doc) =>
    stringsIn(doc).some((s) => new RegExp(SOURCE_URL_PATTERN).test(s) !== SourceUrlSchema.safeParse(s).success),
};

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

// A valid scenario, then one field replaced by a value drawn from valid and
// invalid values of every kind the schema has to judge.
const dateArb = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom(
    '2024-02-29',
    '2025-02-29',
    '1900-02-29',
    '2000-02-29',
    '0000-01-01',
    '27/06/2025',
    '2025-6-1',
    ' 2025-06-01',
    '2025-06-01T00:00',
    '',
  ),
);
const urlArb = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://example.org/x',
    'HTTP://EXAMPLE.ORG',
    'ftp://example.org',
    'https://',
    'example.org',
    'https://a b.org',
    'http://x',
  ),
);
const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 195, maxLength: 205 }),
  fc.constantFrom('', ' ', '  POL  '),
);
const eventArb = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      'decree.signed',
      'law.signed',
      'instrument.deposited',
      'armedConflict.started',
      'clock.advanced',
      'treaty.burned',
    ),
    date: dateArb,
  }),
  fc.record(
    { type: fc.constant('instrument.deposited'), date: dateArb, laterDate: dateArb, reasons: textArb },
    { requiredKeys: ['type', 'date'] },
  ),
  fc.record(
    { type: fc.constant('decree.signed'), date: dateArb, note: textArb, source: urlArb, extra: fc.integer() },
    { requiredKeys: ['type', 'date'] },
  ),
  fc.anything({ maxDepth: 1 }),
);
const ottawa = treaties[0] as unknown as Record<string, unknown>;
const profileArb = fc.oneof(
  fc.constant(ottawa),
  fc
    .record(
      { id: fc.constantFrom('mine', 'Mine', '-x'), version: fc.integer({ min: -1, max: 3 }), text: urlArb, adopted: dateArb },
      { requiredKeys: [] },
    )
    .map((patch) => ({ ...ottawa, ...patch })),
  fc
    .record(
      { years: fc.integer({ min: -1, max: 2 }), months: fc.integer({ min: -1, max: 2 }), days: fc.integer({ min: -1, max: 2 }) },
      { requiredKeys: [] },
    )
    .map((period) => ({
      ...ottawa,
      withdrawal: {
        ...(ottawa.withdrawal as object),
        effect: { kind: 'after-receipt', period, counting: 'same-day', article: 'Art. 1', source: 'https://example.org' },
      },
    })),
  fc
    .tuple(fc.constantFrom('01-31', '02-28', '02-29', '04-31', '13-01', '1-01'), fc.constantFrom('07-01', '02-30'))
    .map(([receivedBy, effectOn]) => ({
      ...ottawa,
      withdrawal: {
        ...(ottawa.withdrawal as object),
        effect: { kind: 'calendar', receivedBy, effectOn, yearsAfter: 1, article: 'Art. 1', source: 'https://example.org' },
      },
    })),
);
const procedureArb = fc.oneof(
  fc.constantFrom(undefined, 'none', 'ukraine', 'parlamentary', 5, null),
  fc
    .array(fc.constantFrom('decree.signed', 'parliament.approved', 'law.signed', 'treaty.burned'), { maxLength: 4 })
    .map((events) => ({
      ...(procedures[2] as object),
      steps: events.map((event) => ({ event, label: 'Step', article: 'Art. 1', source: 'https://example.org' })),
    })),
);
const fieldArb = fc.oneof(
  fc.record({ key: fc.constant('treaty'), value: fc.oneof(fc.constantFrom(...treatyIds, 'otawa', '', 7, null), profileArb) }),
  fc.record({ key: fc.constant('procedure'), value: procedureArb }),
  fc.record({ key: fc.constant('party'), value: fc.oneof(textArb, fc.integer()) }),
  fc.record({ key: fc.constantFrom('entryIntoForce', 'asOf'), value: fc.oneof(dateArb, fc.constant(null)) }),
  fc.record({ key: fc.constant('events'), value: fc.oneof(fc.array(eventArb, { maxLength: 3 }), fc.constant({})) }),
  fc.record({ key: fc.constant('overflow'), value: fc.constantFrom('constrain', 'reject', 'clamp') }),
  fc.record({ key: fc.constant('sources'), value: fc.array(urlArb, { maxLength: 2 }) }),
  fc.record({ key: fc.constantFrom('title', 'note', '$schema'), value: fc.oneof(textArb, fc.integer()) }),
  fc.record({ key: fc.constantFrom('evnets', 'extra'), value: fc.anything({ maxDepth: 0 }) }),
  fc.record({ key: fc.constant('nothing'), value: fc.constant(undefined) }),
);
const documentArb = fc.array(fieldArb, { minLength: 1, maxLength: 3 }).map((fields) => {
  const doc: Record<string, unknown> = { treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] };
  for (const { key, value } of fields) {
    if (key === 'nothing') continue;
    if (value === undefined) delete doc[key];
    else doc[key] = value;
  }
  return doc;
});

describe('the JSON Schema and the zod schema', () => {
  it('accept and refuse the same generated scenarios, except where an exception listed above applies', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(documentArb, (doc) => {
        const byJsonSchema = validScenario(doc);
        const byZod = ScenarioSchema.safeParse(doc).success;
        if (byJsonSchema === byZod) {
          if (byZod) accepted++;
          else refused++;
          return;
        }
        const excused = Object.keys(EXCEPTIONS).filter((name) => EXCEPTIONS[name]?.(doc));
        expect(
          excused,
          `JSON Schema ${byJsonSchema ? 'accepts' : 'refuses'}, zod ${byZod ? 'accepts' : 'refuses'}: ${JSON.stringify(doc).slice(0, 500)} ${errorsOf(validScenario)}`,
        ).not.toEqual([]);
      }),
      { numRuns: runs(3000), seed: 18 },
    );
    // The sample must hold both kinds of document, or it proves little: over
    // 100 of each in 3000 runs (a thirtieth, also under TW_QUICK's fewer runs).
    expect(accepted).toBeGreaterThan(runs(3000) / 30);
    expect(refused).toBeGreaterThan(runs(3000) / 30);
  });

  it('disagree only where an exception says, and each exception is real', () => {
    const base = { treaty: 'ottawa', events: [] };
    const cases: [exception: string, doc: object][] = [
      ['party is trimmed before its length is checked', { ...base, party: ` ${'x'.repeat(200)}` }],
      ['a URL the WHATWG parser reads differently from the pattern', { ...base, sources: ['https://example.org:99999/'] }],
    ];
    for (const [exception, doc] of cases) {
      expect(validScenario(doc), exception).not.toBe(ScenarioSchema.safeParse(doc).success);
      expect(EXCEPTIONS[exception]?.(doc), exception).toBe(true);
    }
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(EXCEPTIONS).sort());
    // Both count a string's length in code points: no exception is needed there.
    const astral = { ...base, title: '\u{1F30D}'.repeat(300) };
    expect([validScenario(astral), ScenarioSchema.safeParse(astral).success]).toEqual([true, true]);
  });

  it('read a date exactly as isCalendarDate does', () => {
    const pattern = new RegExp(CALENDAR_DATE_PATTERN);
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(pattern.test(date), date).toBe(isCalendarDate(date));
      }),
      { numRuns: runs(20_000), seed: 18 },
    );
  });

  it('agree on the shipped profiles, which pass both', () => {
    for (const t of treaties) expect([validProfile(t), TreatyProfileSchema.safeParse(t).success], t.id).toEqual([true, true]);
  });
});
