/**
 * How an error message shows a caller's value. The value itself is shown as
 * JSON; the words for what JSON cannot show (a function, a Date object, a
 * revoked proxy, a long string's length) are entries of the message table
 * (`value.*` in input-messages.ts).
 */
import { inputMessage, inputWords } from './input-messages.js';

/**
 * Renders an untrusted value for an error message: short, single-line, and never
 * throwing (a hostile object with a throwing getter, a revoked proxy or a cycle
 * still prints).
 * A long string is cut to a prefix and its length is said, so a 15 MiB value
 * gives a short message.
 *
 * @example
 * describeValue({ months: 6 });
 * //=> '{"months":6}'
 * describeValue(() => 1);
 * //=> 'a function'
 */
export function describeValue(value: unknown, max = 60): string {
  if (typeof value === 'string' && value.length > max) {
    return inputWords(
      inputMessage('value.longString', { opening: JSON.stringify(value.slice(0, max - 1)).slice(0, -1), length: value.length }),
    );
  }
  let text: string;
  try {
    if (value === undefined) text = 'undefined';
    else if (typeof value === 'bigint') text = `${value}n`;
    else if (typeof value === 'function') text = inputWords(inputMessage('value.function'));
    else if (typeof value === 'symbol') text = inputWords(inputMessage('value.symbol'));
    else if (value instanceof Date)
      text = Number.isNaN(value.getTime())
        ? inputWords(inputMessage('value.invalidDate'))
        : inputWords(inputMessage('value.date', { iso: value.toISOString() }));
    else text = JSON.stringify(value) ?? String(value);
  } catch {
    // Array.isArray itself throws on a revoked proxy: this branch must not.
    try {
      text = inputWords(inputMessage(Array.isArray(value) ? 'value.array' : 'value.object'));
    } catch {
      text = inputWords(inputMessage('value.revokedProxy'));
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
