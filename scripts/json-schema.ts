/**
 * The JSON Schemas the package ships, generated from the zod schemas at build
 * time (`npm run build` runs this after tsup): dist/scenario.schema.json
 * (`treaty-withdrawal/scenario.schema.json`) and dist/profile.schema.json
 * (`treaty-withdrawal/profile.schema.json`).
 *
 * zod's `z.toJSONSchema` writes the structure; the overrides below add what it
 * cannot read from a refinement: calendar dates and MM-DD days as patterns that
 * admit only days that exist, a notice period longer than zero, each step event
 * of a procedure at most once, http(s) URLs, and the shipped treaty and
 * procedure ids as enums beside inline profiles. tests/package/json-schema.test.ts
 * holds the JSON Schema and zod to the same answers, and lists where they differ.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { CalendarDateSchema } from '../src/dates/schema.js';
import { InputFieldsSchema } from '../src/machine/input.js';
import { procedureIds } from '../src/procedures/catalog.js';
import { ProcedureProfileSchema } from '../src/procedures/schema.js';
import { ScenarioSchema } from '../src/simulate/scenario.js';
import { treatyIds } from '../src/treaties/catalog.js';
import { MonthDaySchema, NoticePeriodSchema, TreatyProfileSchema } from '../src/treaties/schema.js';
import { SourceUrlSchema } from '../src/treaties/source-url.js';

type JsonSchema = Record<string, unknown>;

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const BASE = `https://unpkg.com/treaty-withdrawal@${version}/dist`;

// A year 0001–9999; a leap year among them (divisible by 4 and not by 100, or by 400).
const YEAR = '(?:000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
/** A month and day that every year has (so never 02-29). */
const EVERY_YEAR_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';

/** `YYYY-MM-DD`, a day that exists between 0001-01-01 and 9999-12-31. */
export const CALENDAR_DATE_PATTERN = `^(?:${YEAR}-${EVERY_YEAR_DAY}|${LEAP_YEAR}-02-29)$`;
/** `MM-DD`, a day that every year has. */
export const MONTH_DAY_PATTERN = `^${EVERY_YEAR_DAY}$`;
/** An http(s) URL with a host (the scheme in any case, as the URL parser reads it). */
export const SOURCE_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*$';

/** The overrides, by the identity of the zod schema they describe. */
function override(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === CalendarDateSchema) {
    Object.assign(jsonSchema, { type: 'string', pattern: CALENDAR_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD.' });
  } else if (zodSchema === MonthDaySchema) {
    Object.assign(jsonSchema, { type: 'string', pattern: MONTH_DAY_PATTERN });
  } else if (zodSchema === SourceUrlSchema) {
    delete jsonSchema.format;
    Object.assign(jsonSchema, { type: 'string', pattern: SOURCE_URL_PATTERN });
  } else if (zodSchema === NoticePeriodSchema) {
    jsonSchema.anyOf = ['years', 'months', 'days'].map((unit) => ({
      required: [unit],
      properties: { [unit]: { type: 'integer', minimum: 1 } },
    }));
  } else if (zodSchema === ProcedureProfileSchema) {
    jsonSchema.properties = {
      ...(jsonSchema.properties as object),
      steps: {
        ...((jsonSchema.properties as Record<string, JsonSchema>).steps as JsonSchema),
        allOf: ['decree.signed', 'parliament.approved', 'law.signed'].map((event) => ({
          contains: { type: 'object', properties: { event: { const: event } } },
          minContains: 0,
          maxContains: 1,
        })),
      },
    };
  }
}

const generate = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', override }) as JsonSchema;

/** A party: trimmed, 1 to 200 characters, not only spaces. */
function partySchema(): JsonSchema {
  const { $schema: _, ...party } = generate(InputFieldsSchema.party.unwrap());
  void _;
  return { ...party, pattern: '\\S', description: 'Who withdraws: an ISO 3166-1 alpha-3 code or a name.' };
}

/** JSON Schema of a treaty profile (`TreatyProfileSchema`, as written by hand). */
export function profileJsonSchema(): JsonSchema {
  const { $schema, ...schema } = generate(TreatyProfileSchema);
  return {
    $schema,
    $id: `${BASE}/profile.schema.json`,
    title: 'treaty-withdrawal treaty profile',
    description: "A treaty's withdrawal law as data; every rule carries its article and the URL of its text.",
    ...schema,
  };
}

/** JSON Schema of a scenario file (`ScenarioSchema`), self-contained. */
export function scenarioJsonSchema(): JsonSchema {
  const { $schema, ...scenario } = generate(ScenarioSchema);
  const properties = scenario.properties as Record<string, JsonSchema>;
  const { $schema: _a, ...treatyProfile } = generate(TreatyProfileSchema);
  const { $schema: _b, ...procedureProfile } = generate(ProcedureProfileSchema);
  void _a;
  void _b;
  return {
    $schema,
    $id: `${BASE}/scenario.schema.json`,
    title: 'treaty-withdrawal scenario',
    description: 'A withdrawal scenario: the treaty, who withdraws, the domestic procedure and the dated events.',
    ...scenario,
    properties: {
      ...properties,
      $schema: { ...properties.$schema, description: 'This schema, for editors; ignored by the library.' },
      treaty: {
        description: 'A shipped treaty id or an inline profile.',
        oneOf: [{ type: 'string', enum: [...treatyIds] }, { $ref: '#/$defs/TreatyProfile' }],
      },
      party: partySchema(),
      procedure: {
        description: 'A shipped procedure id or an inline profile; none by default.',
        oneOf: [{ type: 'string', enum: [...procedureIds] }, { $ref: '#/$defs/ProcedureProfile' }],
      },
    },
    required: ['treaty', 'events'],
    $defs: { TreatyProfile: treatyProfile, ProcedureProfile: procedureProfile },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../dist/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('scenario.schema.json', out), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  writeFileSync(new URL('profile.schema.json', out), `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
  console.log('dist/scenario.schema.json, dist/profile.schema.json');
}
