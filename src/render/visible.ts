/**
 * Text made safe for a terminal or a diagram: every control character (C0,
 * DEL, C1) shown as a `\uXXXX` escape, so a party name, an objector or a custom
 * profile's string cannot move the cursor, clear the screen, open an OSC 8 link
 * or overwrite a line with `\r`. The one helper every text and Mermaid output
 * passes user-supplied strings through (internal; the CLI uses it too). The
 * newlines a layout puts between lines are added after it, never passed in.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

const asEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function visible(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, asEscape) : text;
}
