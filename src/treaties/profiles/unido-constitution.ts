import type { TreatyProfileInput } from '../schema.js';
import { untc } from './sources.js';

/** Constitution of the United Nations Industrial Development Organization (Vienna, 1979), Art. 6. */
export const unidoConstitution = {
  id: 'unido-constitution',
  version: 1,
  name: 'Constitution of the United Nations Industrial Development Organization',
  shortName: 'UNIDO Constitution',
  adopted: '1979-04-08',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1985-06-21', article: 'Art. 25(2)(b)', source: untc('X-9', 10) },
  text: untc('X-9', 10),
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'An instrument of denunciation deposited with the Depositary; withdrawal takes effect on the last day of the fiscal year (the calendar year) following the year of deposit. Contributions for that following year equal those assessed for the year of deposit.',
    effect: {
      kind: 'calendar',
      receivedBy: '12-31',
      effectOn: '12-31',
      yearsAfter: 1,
      article: 'Art. 6(2)',
      source: untc('X-9', 10),
    },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'Art. 6(1)',
      source: untc('X-9', 10),
    },
    consequences: [
      {
        text: 'The withdrawing Member pays for the fiscal year after the year of deposit the same contributions as assessed for the year of deposit, and honours unconditional pledges made before the deposit.',
        article: 'Art. 6(3)',
        source: untc('X-9', 10),
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'A Member in arrears loses its vote (Art. 5(2)); the Constitution has no clause letting a Member suspend its own obligations.',
    article: 'Art. 5(2)',
    source: untc('X-9', 10),
  },
  notes:
    'Former Members and the dates their withdrawals took effect (UNIDO): Canada 31 December 1993, United States 31 December 1996, Australia 31 December 1997, Lithuania and United Kingdom 31 December 2012, New Zealand 31 December 2013. The days of deposit are not published; any deposit in year Y gives 31 December of Y + 1, so the United States (announced December 1995) and the United Kingdom (decided 1 March 2011) are reproduced over the deposit window their sources allow (tests/fixtures/real-cases-research-d.json).',
} as const satisfies TreatyProfileInput;
