import { describe, expect, it } from 'vitest';
import { VCLT_PROVISIONS, VCLT_SOURCE, vclt, vcltArticle } from '../../src/law/vclt.js';

describe('the table of VCLT provisions', () => {
  it('cites one provision as "Art." and several as "Arts."', () => {
    expect(vcltArticle('68')).toBe('VCLT Art. 68');
    expect(vcltArticle('65(3)', '66', '72')).toBe('VCLT Arts. 65(3), 66, 72');
  });

  it('gives every citation the official text of the Convention as its source', () => {
    expect(vclt('54(b)')).toEqual({ article: 'VCLT Art. 54(b)', source: VCLT_SOURCE });
    expect(VCLT_SOURCE).toBe('https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf');
  });

  it('says what each provision is about', () => {
    for (const [provision, subject] of Object.entries(VCLT_PROVISIONS)) {
      expect(provision).toMatch(/^\d+(\(\w+\))*(–\(\d\))?$/);
      expect(subject.length).toBeGreaterThan(5);
    }
  });
});
