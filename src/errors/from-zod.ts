import type * as z from 'zod';
import { WithdrawalError, type WithdrawalErrorCode, type WithdrawalIssue } from './withdrawal-error.js';

/**
 * Writes a zod path the way a person reads it: `events[3].date`. A prefix
 * (`scenario`, `event`) is prepended when the value sits inside something larger.
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return `must be one of ${issue.options.map((o: unknown) => JSON.stringify(o)).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return 'is required';
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Turns zod issues into the library's issue list, sorted as zod found them. */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): WithdrawalIssue[] {
  return issues.map((issue) => {
    // Unknown keys belong to the object that holds them: name the key itself.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1
        ? [...issue.path, issue.keys[0] as string]
        : issue.path;
    return { path: formatPath(path, prefix), message: issueMessage(issue) };
  });
}

/**
 * Builds one `WithdrawalError` from a failed zod parse: the message names the
 * first problem (`events[3].date: 2025-02-30 is not a calendar date`) and says how
 * many more there are; `issues` lists them all.
 */
export function errorFromZod(
  code: WithdrawalErrorCode,
  error: z.ZodError,
  options: { prefix?: string; subject?: string; event?: unknown } = {},
): WithdrawalError {
  const issues = toIssues(error.issues, options.prefix);
  const first = issues[0] ?? { path: options.prefix ?? '', message: 'is invalid' };
  const where = first.path || options.subject || 'value';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new WithdrawalError({
    code,
    message: `${where}: ${first.message}${more}`,
    path: first.path,
    issues,
    ...(options.event !== undefined && { event: options.event }),
  });
}
