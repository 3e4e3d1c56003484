/**
 * "Did you mean …?": the edit distance and the nearest candidate within the
 * edits a word's length allows (src/internal/closest.ts).
 */
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/internal/closest.js';

describe('editDistance', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('evnets', 'events')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcd')).toBe(3);
  });

  it('gives limit + 1 for any distance beyond the limit, the lengths alike or not', () => {
    expect(editDistance('abcdef', 'uvwxyz')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 4)).toBe(5);
    expect(editDistance('abcdef', 'uvwxyz', 6)).toBe(6);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
  });
});

describe('closest', () => {
  it('finds the candidate a typo meant, case aside', () => {
    expect(closest('Tretay', ['treaty', 'party'])).toBe('treaty');
    expect(closest('zzzzzz', ['events', 'treaty'])).toBeUndefined();
  });

  it('allows one edit for every three characters, at least one and at most maxEdits (2 unless given)', () => {
    // Two letters: one edit at most, so `by` is not a typo of `id` (two edits).
    expect(closest('by', ['id'])).toBeUndefined();
    expect(closest('bx', ['by'])).toBe('by');
    // Five letters: still one edit.
    expect(closest('evnzs', ['events'])).toBeUndefined();
    // Six letters: two edits.
    expect(closest('evantz', ['events'])).toBe('events');
    expect(closest('evantz', ['events'], 1)).toBeUndefined();
    // Nine letters and more: still no more than maxEdits.
    expect(closest('laterdaxyz', ['laterdate'])).toBeUndefined();
    expect(closest('laterdaxyz', ['laterdate'], 3)).toBe('laterdate');
  });

  it('never suggests the value itself, and nothing for a value over 100 characters', () => {
    expect(closest('events', ['events'])).toBeUndefined();
    expect(closest('e'.repeat(101), ['e'.repeat(100)])).toBeUndefined();
  });
});
