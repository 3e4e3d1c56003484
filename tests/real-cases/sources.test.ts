/** Every researched case names a shipped treaty, http(s) sources and its expected dates, under a unique id. */

import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/index.js';
import { casesA, casesB, casesC, casesD, pendingA, refusalsB } from './cases.js';
import { expectWellSourced } from './reproduce.js';

describe('the first file’s cases, pending and tested alike: sources and ids', () => {
  const all = [...casesA, ...pendingA];

  it.each(all.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and its expected dates',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(realCase.expected.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });
});

describe('the second file’s cases: sources', () => {
  it('keeps every case with http(s) sources and the researched origin', () => {
    for (const realCase of [...casesB, ...refusalsB]) {
      expect(realCase.sources.length, realCase.id).toBeGreaterThan(0);
      for (const source of realCase.sources) expect(source, realCase.id).toMatch(/^https?:\/\//);
    }
    for (const realCase of casesB) expect(realCase.origin, realCase.id).toBe('researched');
  });
});

describe('the third file’s cases: sources and ids', () => {
  it.each(casesC.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and its expected dates',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(realCase.expected.noticeExpiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(casesC.map((c) => c.id)).size).toBe(casesC.length);
  });
});

describe('the fourth file’s cases: sources, ids and windows', () => {
  it.each(casesD.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and a deposit window',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(compareDates(realCase.depositWindow.from, realCase.depositWindow.to)).toBeLessThan(0);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(casesD.map((c) => c.id)).size).toBe(casesD.length);
  });
});
