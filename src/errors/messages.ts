/**
 * The words of the library's error messages, in one table: each entry turns the
 * facts of one problem into a sentence. Codes and paths are data elsewhere;
 * only the wording lives here, so it can be reviewed (and one day translated)
 * in one place.
 */

/** How many issues an error lists at most; the rest are counted (`issuesOmitted`). */
export const MAX_LISTED_ISSUES = 20;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Says "did you mean …?" when there is a suggestion, else nothing. */
function suggestion(suggested: string | undefined): string {
  return suggested === undefined ? '' : `; did you mean ${JSON.stringify(suggested)}?`;
}

export const messages = {
  // Validation issues (one field each).
  required: () => 'is required',
  unknownKeys: (p: { keys: readonly string[]; suggested?: string | undefined }) =>
    `unknown field${p.keys.length > 1 ? 's' : ''} ${p.keys.join(', ')}${suggestion(p.suggested)}`,
  unknownEventType: (p: { got: string; suggested?: string | undefined; options: readonly string[] }) =>
    `${p.got} is not an event type${p.suggested === undefined ? `; known types: ${p.options.join(', ')}` : suggestion(p.suggested)}`,
  notOneOf: (p: { got: string | undefined; options: readonly string[]; suggested?: string | undefined }) =>
    `${p.got === undefined ? 'must be' : `${p.got} is not`} one of ${quoted(p.options)}${suggestion(p.suggested)}`,
  wrongType: (p: { expected: string; got: string | undefined }) =>
    `must be ${article(p.expected)}${p.got === undefined ? '' : `, got ${p.got}`}`,
  /** A size limit: `must be at most 300 characters long (got 301)`, `must have at least 1 item`, `must be at most 100`. */
  outOfSize: (p: { big: boolean; limit: number; inclusive: boolean; unit: 'character' | 'item' | undefined; length: number | undefined }) => {
    const bound = p.big ? (p.inclusive ? 'at most' : 'less than') : p.inclusive ? 'at least' : 'more than';
    if (p.unit === undefined) return `must be ${bound} ${p.limit}`;
    if (p.unit === 'character' && !p.big && p.limit <= 1) return 'must not be empty';
    const got = p.big && p.length !== undefined ? ` (got ${p.length})` : '';
    return p.unit === 'character' ? `must be ${bound} ${plural(p.limit, 'character')} long${got}` : `must have ${bound} ${plural(p.limit, 'item')}${got}`;
  },
  badFormat: (p: { format: string }) => (p.format === 'url' ? 'must be a URL' : `must be written as ${article(p.format)}`),
  invalid: () => 'is invalid',
  unknownProfile: (p: { kind: string; got: string; suggested: string | undefined; known: readonly string[] }) =>
    `unknown ${p.kind} ${p.got}${p.suggested === undefined ? `; known: ${p.known.join(', ')}` : suggestion(p.suggested)}`,
  moreProblems: (p: { count: number }) => ` (and ${plural(p.count, 'more problem')})`,

  // Refusals of a valid event by the machine.
  alreadyEffective: (p: { effectiveOn: string | null }) =>
    `the withdrawal took effect on ${p.effectiveOn}; a notice can be revoked only before it takes effect (VCLT Art. 68). ` +
    'To be bound again the state must join the treaty anew',
  finalState: (p: { type: string; date: string; outcome: string; since: string | undefined }) =>
    `${p.type} on ${p.date}: the withdrawal is already ${p.outcome}${p.since ? ` (since ${p.since})` : ''}, a final state; no further event applies`,
  eventNotAllowed: (p: { type: string; date: string; nothingDeposited: boolean; outcome: string; allowed: readonly string[] }) =>
    `${p.type} on ${p.date}: ${
      p.nothingDeposited
        ? 'nothing has been deposited yet, so there is no notice to revoke'
        : `it is not accepted while the withdrawal is ${p.outcome}`
    }; accepted now: ${p.allowed.length > 0 ? p.allowed.join(', ') : 'none'}`,
  notTaken: (p: { outcome: string }) => `the event was not taken while the withdrawal is ${p.outcome}`,
} as const;

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
