/** src/internal/checksum.ts: canonical JSON and the checksum of persisted snapshots. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksum } from '../../src/internal/checksum.js';

describe('checksum', () => {
  it('checksums are fixed values, padded to 16 hex digits', () => {
    // Pinned: a persisted snapshot from an earlier version must still verify.
    expect(checksum('')).toMatchInlineSnapshot(`"811c9dc55ad1e806"`);
    expect(checksum('treaty-withdrawal')).toBe(checksum('treaty-withdrawal'));
    expect(checksum('abc')).toMatchInlineSnapshot(`"1a47e90b5d1fd1a3"`);
    const hashes = Array.from({ length: 2000 }, (_, i) => checksum(String(i)));
    expect(hashes.find((h) => h.startsWith('0'))).toMatchInlineSnapshot(`"0de8d5a35ab98e72"`);
    expect(hashes.find((h) => h.slice(8).startsWith('0'))).toMatchInlineSnapshot(`"7536293d00642127"`);
    expect(hashes.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
  });

  it('canonical JSON sorts keys and skips undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: undefined }], e: null })).toBe('{"a":[1,{"d":2}],"b":1,"e":null}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(checksum('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(checksum('a')).not.toBe(checksum('b'));
    expect(checksum('ab')).not.toBe(checksum('ba'));
  });
});
