import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://www.wto.org/english/docs_e/legal_e/04-wto.pdf';

/** Marrakesh Agreement Establishing the World Trade Organization (1994), Art. XV. */
export const wtoAgreement = {
  id: 'wto-agreement',
  version: 1,
  name: 'Marrakesh Agreement Establishing the World Trade Organization',
  shortName: 'WTO Agreement',
  adopted: '1994-04-15',
  depositary: 'Director-General of the World Trade Organization',
  status: 'in-force',
  entryIntoForce: { date: '1995-01-01', article: 'Art. XIV:1', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notice to the WTO Director-General; the withdrawal takes effect upon the expiration of six months from receipt and covers this Agreement and the Multilateral Trade Agreements; Plurilateral Trade Agreements follow their own terms.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. XV:1',
      source: TEXT,
    },
    instrument: {
      notify: ['the Director-General of the WTO'],
      reasons: 'not-required',
      article: 'Art. XV:1',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal from a Plurilateral Trade Agreement in Annex 4 is governed by that Agreement.',
        article: 'Art. XV:2',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Agreement does not let a Member suspend it; suspension of concessions is a remedy authorized by the Dispute Settlement Body (DSU Art. 22), and waivers are granted by the Ministerial Conference (Art. IX:3).',
    article: 'Art. IX:3; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Chosen because users ask whether a Member can leave the WTO. “Upon the expiration of six months” could be read as one day more, but no Member has withdrawn, so there is no depositary practice to confirm it; the library counts the same day of the month and says so. The Director-General’s date of receipt is the date that counts.',
} as const satisfies TreatyProfileInput;
