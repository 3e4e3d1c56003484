/** Issue #19, item 5: control characters in user strings never reach a terminal or a diagram raw. */
import { describe, expect, it } from 'vitest';
import { defineTreaty, ganttTimeline, getTreaty, renderExplanation, renderTimeline, simulate } from '../../src/index.js';
import { visible } from '../../src/render/visible.js';

// Any C0 control except the newlines the layout itself puts between lines, DEL or C1.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const hostile = 'X\u001b[2J\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\r\u009bZ\u007f\nY';

describe('visible', () => {
  it('shows C0, DEL and C1 characters as \\u escapes and leaves other text alone', () => {
    expect(visible('X\u001b[2J')).toBe('X\\u001b[2J');
    expect(visible('a\rb\u007fc\u0085d\ne')).toBe('a\\u000db\\u007fc\\u0085d\\u000ae');
    expect(visible('Côte d’Ivoire · 2025')).toBe('Côte d’Ivoire · 2025');
    // Nothing but control characters, and nothing at all.
    expect(visible('\u0007\u009f')).toBe('\\u0007\\u009f');
    expect(visible('')).toBe('');
  });

  it('is idempotent', () => {
    expect(visible(visible(hostile))).toBe(visible(hostile));
  });
});

describe('text and Mermaid output (issue #19, repro 5)', () => {
  const treaty = defineTreaty({
    ...getTreaty('ottawa'),
    id: 'custom-evil',
    shortName: 'Evil\u001b[2J Treaty',
    name: 'Evil\rTreaty',
    suspension: { provided: true, note: 'n', article: 'Art.\u001b 9', source: 'https://example.org/t' },
  });
  const result = simulate({
    treaty,
    party: hostile,
    events: [
      { type: 'suspension.notified', date: '2025-01-01', ground: 'treaty-provision' },
      { type: 'objection.raised', date: '2025-02-01', by: 'Evil\u001b[8mObjector' },
    ],
  });

  it('renderTimeline, even without colour, writes no raw control character', () => {
    for (const color of [false, true]) {
      const text = renderTimeline(result, { color });
      const withoutOwnColours = text.replace(/\u001b\[(?:0|1|2|31|32|33)m/g, '');
      expect(RAW_CONTROL.test(withoutOwnColours)).toBe(false);
      expect(text).toContain('X\\u001b[2J');
    }
  });

  it('renderExplanation writes no raw control character, and shows the objector escaped', () => {
    const text = renderExplanation(result);
    expect(RAW_CONTROL.test(text)).toBe(false);
    expect(text).toContain('Evil\\u001b[8mObjector');
  });

  it('ganttTimeline writes no raw control character', () => {
    const text = ganttTimeline(result);
    expect(RAW_CONTROL.test(text)).toBe(false);
    expect(text).toContain('\\u001b');
  });
});

describe('ganttTimeline near the end of the calendar', () => {
  it('draws an open bar to 9999-12-31 instead of throwing', () => {
    const result = simulate({ treaty: 'ottawa', events: [{ type: 'armedConflict.started', date: '9999-11-01' }] });
    expect(ganttTimeline(result)).toContain('armed conflict (ongoing) :crit, c0, 9999-11-01, 9999-12-31');
  });
});
