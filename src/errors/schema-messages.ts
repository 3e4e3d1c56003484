/**
 * The part of the message table that the profile schemas word: the rules of a
 * treaty, procedure or party profile that zod's own wording does not say (a
 * field's format, a rule across fields). Its entries are entries of the rules'
 * part too (`messages` spreads them); it is a module of its own so that the
 * schemas, which the table's types read, do not import the table.
 */
export const schemaMessages = {
  // Treaty profiles (src/treaties/schema.ts).
  'schema.articleMissing': () => 'must name the article that states the rule',
  'schema.monthDayFormat': () => 'must be written MM-DD',
  'schema.monthDayNotEveryYear': (p: { got: string }) => `${p.got} is not a day that every year has`,
  'schema.periodZero': () => 'must be longer than zero',
  'schema.windowLongerThanPeriod': (p: { every: number }) =>
    `must close before the next window opens: no longer than the ${p.every === 1 ? 'year' : `${p.every} years`} between openings (every), its days counted as a month for each 28 or part`,
  'schema.treatyId': () => 'must be lower-case letters, digits and dashes, e.g. my-treaty',
  'schema.effectRequired': () => 'is required unless withdrawal.basis is none',
  'schema.entryIntoForceNotInForce': () => 'must be absent for a treaty that is not in force',
  'schema.entryIntoForceRequired': () => 'is required: the withdrawal rule counts from the treaty’s own entry into force',
  // Procedure profiles (src/procedures/schema.ts).
  'schema.procedureId': () => 'must be lower-case letters, digits and dashes',
  'schema.stepsRepeated': () => 'each step event may appear only once',
  // Party data (src/parties/schema.ts).
  'schema.alpha3': () => 'must be an ISO 3166-1 alpha-3 code such as POL',
  // A warning's `wording` (src/explanation/types.ts).
  'schema.notMessage': () => 'must be a message of the table',
} as const;

/** The profile schemas' part of the English table. */
export type SchemaMessages = typeof schemaMessages;
