/** The assertion that `//=>` comments in documentation code blocks become. */
import { deepStrictEqual } from 'node:assert';

export const docAssertions = { run: 0 };

export function __expect(actual: unknown, expected: unknown, where: string): void {
  docAssertions.run++;
  try {
    deepStrictEqual(actual, expected);
  } catch {
    throw new Error(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** `expr;` followed by `// throws …` becomes this: the expression must throw, with the code or message given. */
export function __expectThrows(run: () => unknown, expected: string, where: string): void {
  docAssertions.run++;
  try {
    run();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === expected || message === expected) return;
    throw new Error(`${where}: expected to throw ${expected}, got ${code}: ${message}`);
  }
  throw new Error(`${where}: expected to throw ${expected}, but nothing was thrown`);
}
