import type * as z from 'zod';
import { closest } from '../internal/closest.js';
import { describeValue } from './describe-value.js';
import { MAX_LISTED_ISSUES, messages } from './messages.js';
import { type IssueCode, WithdrawalError, type WithdrawalErrorCode, type WithdrawalIssue } from './withdrawal-error.js';

/** The longest key a path or message spells out in full; longer ones are cut (with their length). */
const MAX_KEY_SHOWN = 40;

function keyText(key: string): string {
  return describeValue(key, MAX_KEY_SHOWN);
}

/**
 * Writes a zod path the way a person reads it: `events[3].date`. A prefix
 * (`scenario`, `event`) is prepended when the value sits inside something larger.
 * A key that is not an identifier is quoted, and cut short when it is long.
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      continue;
    }
    // A symbol's name, `Symbol(…)`, is never an identifier: it is quoted.
    const name = String(key);
    if (name.length <= MAX_KEY_SHOWN && /^[A-Za-z_$][\w$]*$/.test(name)) text += text ? `.${name}` : name;
    else text += `[${keyText(name)}]`;
  }
  return text;
}

/** The value at `path` inside `input`, or `undefined`; never throws (hostile getters included). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  try {
    let value = input;
    for (const key of path) {
      // A path runs through objects; a string or number there is not indexed (a preprocessed value's path is not the input's).
      if (Object(value) !== value) return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
    return value;
  } catch {
    // A getter that throws: no value there.
  }
  return undefined;
}

/** Whether `path` names a key that `input` has (even with the value `undefined`); read only when the input is given. */
function hasValueAt(input: unknown, path: readonly PropertyKey[]): boolean {
  // The root is the input itself, which is given.
  if (path.length === 0) return true;
  try {
    // `in` throws on a parent that is not an object (null, a string, a number): no value there either.
    return (path[path.length - 1] as PropertyKey) in (valueAt(input, path.slice(0, -1)) as object);
  } catch {
    // No object holds the key.
  }
  return false;
}

/**
 * zod's own English messages start with one of these words; the library's
 * schema messages are lower-case sentences (`must be …`, `2025-02-30 is not a
 * calendar date`). An issue with zod's wording is reworded from its code.
 */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

/** Field names an unknown key may be a typo of: one list, or a list for the path of the object holding the key. */
export type KnownKeys = readonly string[] | ((objectPath: readonly PropertyKey[]) => readonly string[]);

interface Context extends Absences {
  /** Whether the parsed value was given (without it, zod's own issue fields are all there is). */
  readonly hasInput: boolean;
  readonly input: unknown;
  readonly knownKeys: KnownKeys;
}

interface Absences {
  /** Keys reported missing, by the path of the object that lacks them. */
  readonly missing: ReadonlyMap<string, readonly string[]>;
  /** The missing key that the object's one unknown key is a typo of, by the object's path. */
  readonly typos: ReadonlyMap<string, string | undefined>;
}

/**
 * Whether zod's issue says the value is absent, read from its words when the
 * input is not given: zod's English ends with `received undefined` there.
 */
function absentByWording(issue: z.core.$ZodIssue): boolean {
  // Stryker disable next-line Regex: zod's own English has these words only at its end; only a schema's own message could hold them elsewhere
  return /received undefined$/.test(issue.message);
}

function lengthOf(value: unknown): number | undefined {
  return typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
}

const UNITS: Record<string, 'character' | 'item'> = { string: 'character', array: 'item', set: 'item' };

function reworded(
  issue: z.core.$ZodIssue,
  got: unknown,
  present: boolean,
  hasInput: boolean,
): { code: IssueCode; message: string } {
  const shown = present && hasInput ? describeValue(got) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (!present || (hasInput && got === undefined)) return { code: 'required', message: messages.required() };
      return { code: 'invalid_type', message: messages.wrongType({ expected: issue.expected, got: shown }) };
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const unit = UNITS[issue.origin];
      const limit = big ? issue.maximum : issue.minimum;
      return {
        code: unit === 'character' ? (big ? 'too_long' : 'too_short') : issue.code,
        message: messages.outOfSize({
          big,
          limit: Number(limit),
          inclusive: issue.inclusive !== false,
          unit,
          length: lengthOf(got),
        }),
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      return {
        code: 'invalid_value',
        message: messages.notOneOf({
          got: shown,
          options,
          suggested: typeof got === 'string' ? closest(got, options) : undefined,
        }),
      };
    }
    case 'invalid_format':
      return { code: 'invalid_format', message: messages.badFormat({ format: issue.format }) };
    default:
      return { code: 'invalid', message: messages.invalid() };
  }
}

function customCode(issue: z.core.$ZodIssue): IssueCode {
  const params = (issue as { params?: { code?: unknown; unknownProfile?: unknown } }).params;
  if (params?.unknownProfile === 'treaty') return 'unknown_treaty';
  if (params?.unknownProfile === 'procedure') return 'unknown_procedure';
  if (typeof params?.code === 'string') return params.code as IssueCode;
  return 'invalid';
}

function toIssue(issue: z.core.$ZodIssue, prefix: string, context: Context): WithdrawalIssue | undefined {
  if (issue.code === 'unrecognized_keys') {
    const known = typeof context.knownKeys === 'function' ? context.knownKeys(issue.path) : context.knownKeys;
    const missingHere = context.missing.get(formatPath(issue.path));
    const siblings = missingHere ? [...missingHere, ...known] : known;
    const suggested = issue.keys.length === 1 ? closest(issue.keys[0] as string, siblings) : undefined;
    // A key named on its own belongs in the path; several are listed in the message.
    const path = issue.keys.length === 1 ? [...issue.path, issue.keys[0] as string] : issue.path;
    const converted: WithdrawalIssue = {
      path: formatPath(path, prefix),
      code: 'unknown_key',
      message: messages.unknownKeys({ keys: issue.keys.slice(0, 5).map(keyText), more: issue.keys.length - 5, suggested }),
    };
    if (suggested !== undefined) suggesting.add(converted);
    return converted;
  }
  const got = valueAt(context.input, issue.path);
  const present = context.hasInput ? hasValueAt(context.input, issue.path) : !absentByWording(issue);
  const path = formatPath(issue.path, prefix);
  // A discriminated union's issue lists its options (zod 4 gives no other issue `options`).
  const discriminators = (issue as { options?: unknown }).options;
  if (Array.isArray(discriminators)) {
    const options = discriminators.map(String);
    if (!present || (context.hasInput && got === undefined)) return { path, code: 'required', message: messages.required() };
    if (!context.hasInput) return { path, code: 'invalid_value', message: messages.notOneOf({ got: undefined, options }) };
    const suggested = typeof got === 'string' ? closest(got, options) : undefined;
    // An event's `type` is worded as such; any other discriminator (a rule's `kind`) as a value among options.
    const eventType = issue.path[issue.path.length - 1] === 'type';
    return {
      path,
      code: eventType ? 'unknown_event_type' : 'invalid_value',
      message:
        eventType && typeof got === 'string'
          ? messages.unknownEventType({ got: describeValue(got), suggested, options })
          : messages.notOneOf({ got: describeValue(got), options, suggested }),
    };
  }
  // A missing field that an unknown key probably meant is said once, on that key (whatever checks the field).
  const key = issue.path[issue.path.length - 1];
  if (typeof key === 'string' && context.typos.get(formatPath(issue.path.slice(0, -1))) === key) return undefined;
  if (issue.code === 'custom') return { path, code: customCode(issue), message: issue.message };
  // Sizes are said one way everywhere, with the length found (a schema's own wording may omit it).
  const sized = issue.code === 'too_big' || issue.code === 'too_small';
  if (!sized && !ZOD_WORDING.test(issue.message)) {
    // The schema's own message; the code still says what kind of problem it is.
    return {
      path,
      code: issue.code === 'invalid_type' ? 'invalid_type' : reworded(issue, got, present, context.hasInput).code,
      message: issue.message,
    };
  }
  return { path, ...reworded(issue, got, present, context.hasInput) };
}

/**
 * Missing keys (whatever the issue on them) by object path, and the missing key
 * an object's one unknown key is a typo of. A key given with the value
 * `undefined` is not missing (it is said to be required where it stands).
 */
function absences(issues: readonly z.core.$ZodIssue[], input: unknown): Absences {
  const missing = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path[issue.path.length - 1];
    // Stryker disable next-line ConditionalExpression: a numbered key is an array's item, and an array has no unknown keys to suggest it for
    if (typeof key !== 'string') continue;
    const absent = input === undefined ? absentByWording(issue) : !hasValueAt(input, issue.path);
    if (!absent) continue;
    const parent = formatPath(issue.path.slice(0, -1));
    // Stryker disable next-line ArrayDeclaration: an extra entry could only be suggested for an unknown key within two edits of its text
    missing.set(parent, [...(missing.get(parent) ?? []), key]);
  }
  const typos = new Map<string, string | undefined>();
  for (const issue of issues) {
    // zod says all the unknown keys of an object in one issue, so an object gets one typo at most.
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) continue;
    const parent = formatPath(issue.path);
    const candidates = missing.get(parent);
    typos.set(parent, candidates && closest(issue.keys[0] as string, candidates));
  }
  return { missing, typos };
}

/** Options of {@link toIssues} and {@link errorFromZod}. */
export interface IssueOptions {
  /** Written before every path, e.g. `event`. */
  readonly prefix?: string;
  /** The value that was parsed: lets a message say what was found and suggest a near match. */
  readonly input?: unknown;
  /** Field names an unknown key may be a typo of ("did you mean …?"), besides the missing ones. */
  readonly knownKeys?: KnownKeys;
}

/**
 * Turns zod issues into the library's issues, in the order zod found them:
 * each with a path, a code and the library's own wording. An unknown key that
 * is a typo of a missing field is reported once, on the key, with a suggestion.
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], options: IssueOptions = {}): WithdrawalIssue[] {
  return convert(issues, options).map(([issue]) => issue);
}

/** Each issue kept, with the zod issue it came from, the fix first. */
function convert(issues: readonly z.core.$ZodIssue[], options: IssueOptions): [WithdrawalIssue, z.core.$ZodIssue][] {
  const context: Context = {
    hasInput: options.input !== undefined,
    input: options.input,
    // Stryker disable next-line ArrayDeclaration: with no known keys, only an unknown key a few edits from an invented one could tell an invented entry apart
    knownKeys: options.knownKeys ?? [],
    ...absences(issues, options.input),
  };
  const result: [WithdrawalIssue, z.core.$ZodIssue][] = [];
  for (const issue of issues) {
    const converted = toIssue(issue, options.prefix ?? '', context);
    if (converted !== undefined) result.push([converted, issue]);
  }
  // Put an unknown key that names its intended field first: it is the fix.
  return result.sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** The unknown keys for which a field was suggested (read by `rank`, not from the words of the message). */
const suggesting = new WeakSet<WithdrawalIssue>();

function rank(issue: WithdrawalIssue): number {
  return suggesting.has(issue) ? 0 : 1;
}

/**
 * Builds one `WithdrawalError` from a failed zod parse (its `code` given, or
 * chosen from the zod issue behind the first problem): the message names the
 * first problem (`events[3].date: 2025-02-30 is not a calendar date`) and says
 * how many more there are; `issues` lists at most {@link MAX_LISTED_ISSUES} of
 * them and `issuesOmitted` counts the rest.
 */
export function errorFromZod(
  code: WithdrawalErrorCode | ((first: z.core.$ZodIssue | undefined) => WithdrawalErrorCode),
  error: z.ZodError,
  options: IssueOptions & { subject?: string; event?: unknown } = {},
): WithdrawalError {
  const converted = convert(error.issues, { ...options, input: options.input ?? options.event });
  const all = converted.map(([issue]) => issue);
  const issues = all.slice(0, MAX_LISTED_ISSUES);
  const first = issues[0] ?? { path: options.prefix ?? '', code: 'invalid' as const, message: messages.invalid() };
  const where = first.path || options.subject || 'value';
  const more = all.length > 1 ? messages.moreProblems({ count: all.length - 1 }) : '';
  return new WithdrawalError({
    code: typeof code === 'function' ? code(converted[0]?.[1]) : code,
    message: `${where}: ${first.message}${more}`,
    path: first.path,
    issues,
    ...(all.length > issues.length && { issuesOmitted: all.length - issues.length }),
    event: options.event,
  });
}
