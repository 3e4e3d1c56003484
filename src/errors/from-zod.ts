import type * as z from 'zod';
import { closest } from '../internal/closest.js';
import { MAX_LISTED_ISSUES, messages } from './messages.js';
import {
  describeValue,
  type IssueCode,
  WithdrawalError,
  type WithdrawalErrorCode,
  type WithdrawalIssue,
} from './withdrawal-error.js';

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
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
    return value;
  } catch {
    return undefined;
  }
}

function hasValueAt(input: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return input !== undefined;
  try {
    // `in` throws on a parent that is not an object (null, a string, a number): no value there either.
    return (path[path.length - 1] as PropertyKey) in (valueAt(input, path.slice(0, -1)) as object);
  } catch {
    return false;
  }
}

/**
 * zod's own English messages start with one of these words; the library's
 * schema messages are lower-case sentences (`must be …`, `2025-02-30 is not a
 * calendar date`). An issue with zod's wording is reworded from its code.
 */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

/** Field names an unknown key may be a typo of: one list, or a list for the path of the object holding the key. */
export type KnownKeys = readonly string[] | ((objectPath: readonly PropertyKey[]) => readonly string[]);

interface Context {
  /** Whether the parsed value was given (without it, zod's own issue fields are all there is). */
  readonly hasInput: boolean;
  readonly input: unknown;
  readonly knownKeys: KnownKeys;
  /** Keys reported missing, by the path of the object that lacks them. */
  readonly missing: ReadonlyMap<string, readonly string[]>;
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
    const siblings = [...(context.missing.get(formatPath(issue.path)) ?? []), ...known];
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
  const present = context.hasInput ? hasValueAt(context.input, issue.path) : !/received undefined$/.test(issue.message);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && Array.isArray((issue as { options?: unknown }).options)) {
    const options = (issue as { options: unknown[] }).options.map(String);
    if (!present || (context.hasInput && got === undefined))
      return { path: formatPath(issue.path, prefix), code: 'required', message: messages.required() };
    const suggested = typeof got === 'string' ? closest(got, options) : undefined;
    if (!context.hasInput)
      return {
        path: formatPath(issue.path, prefix),
        code: 'invalid_value',
        message: messages.notOneOf({ got: undefined, options }),
      };
    return {
      path: formatPath(issue.path, prefix),
      code: issue.path[issue.path.length - 1] === 'type' ? 'unknown_event_type' : 'invalid_value',
      message:
        typeof got === 'string'
          ? messages.unknownEventType({ got: describeValue(got), suggested, options })
          : messages.notOneOf({ got: describeValue(got), options }),
    };
  }
  if (issue.code === 'invalid_type' && !present) {
    // A missing field that an unknown key probably meant is said once, on that key.
    const key = issue.path[issue.path.length - 1];
    const parent = formatPath(issue.path.slice(0, -1));
    if (typeof key === 'string' && context.missing.get(`typo:${parent}`)?.includes(key)) return undefined;
  }
  const path = formatPath(issue.path, prefix);
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

/** Missing keys (whatever the issue on them) by object path, and (under `typo:path`) those an unknown key there is a typo of. */
function missingKeys(issues: readonly z.core.$ZodIssue[], input: unknown): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path[issue.path.length - 1];
    const absent = input === undefined ? /received undefined$/.test(issue.message) : valueAt(input, issue.path) === undefined;
    if (typeof key !== 'string' || !absent) continue;
    const parent = formatPath(issue.path.slice(0, -1));
    // Stryker disable next-line ArrayDeclaration: an extra entry could only be suggested for an unknown key within two edits of its text
    missing.set(parent, [...(missing.get(parent) ?? []), key]);
  }
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) continue;
    const parent = formatPath(issue.path);
    const meant = closest(issue.keys[0] as string, missing.get(parent) ?? []);
    // zod says all the unknown keys of an object in one issue, so a parent gets one typo at most.
    if (meant !== undefined) missing.set(`typo:${parent}`, [meant]);
  }
  return missing;
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
    missing: missingKeys(issues, options.input),
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
    ...(options.event !== undefined && { event: options.event }),
  });
}
