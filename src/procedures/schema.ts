import * as z from 'zod';
import { schemaMessages } from '../errors/schema-messages.js';
import { SourceUrlSchema } from '../treaties/source-url.js';

/** The domestic steps the machine knows, as event types. */
export const DomesticStepTypeSchema = z.enum(['decree.signed', 'parliament.approved', 'law.signed']);

/** A domestic step event type: `decree.signed`, `parliament.approved` or `law.signed`. */
export type DomesticStepType = z.output<typeof DomesticStepTypeSchema>;

/** One step a state's law requires before the instrument of withdrawal may be deposited. */
export const ProcedureStepSchema = z.strictObject({
  /** The event that completes the step. */
  event: DomesticStepTypeSchema,
  /** The step in this state's words, e.g. `Verkhovna Rada approves the law`. */
  label: z.string().min(1).max(200),
  /** The provision that requires it. */
  article: z.string().min(1).max(300),
  /** URL of that provision's text. */
  source: SourceUrlSchema,
});

/**
 * A domestic procedure: which steps must be complete before the instrument of
 * withdrawal may be deposited, in which order, and whether a rejected bill may
 * come back. Steps that happen but are not listed are recorded, not required.
 *
 * @example
 * ProcedureProfileSchema.safeParse(getProcedure('ukraine')).success;
 * //=> true
 */
export const ProcedureProfileSchema = z
  .strictObject({
    /** Short stable id, e.g. `ukraine`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: () => schemaMessages['schema.procedureId']() }),
    /** Bumped whenever a rule changes. */
    version: z.int().min(1),
    /** Name a person reads. */
    name: z.string().min(1).max(200),
    /** What the procedure is and where it applies. */
    summary: z.string().min(1).max(1000),
    /** Steps required before deposit. */
    steps: z.array(ProcedureStepSchema).max(3),
    /** True when the steps must happen in the order listed. */
    ordered: z.boolean(),
    /** True when a rejection by the legislature leaves the procedure open for another vote. */
    resubmission: z.boolean(),
    /** The legal basis of the procedure as a whole. */
    article: z.string().min(1).max(300),
    /** URL of its text. */
    source: SourceUrlSchema,
  })
  .refine((p) => new Set(p.steps.map((s) => s.event)).size === p.steps.length, {
    error: () => schemaMessages['schema.stepsRepeated'](),
    path: ['steps'],
  });

/** A domestic procedure profile, as validated by {@link ProcedureProfileSchema}. */
export type ProcedureProfile = z.output<typeof ProcedureProfileSchema>;
/** A procedure profile as written by hand. */
export type ProcedureProfileInput = z.input<typeof ProcedureProfileSchema>;
/** One required domestic step. */
export type ProcedureStep = z.output<typeof ProcedureStepSchema>;
