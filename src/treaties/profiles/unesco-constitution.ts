import type { TreatyProfileInput } from '../schema.js';

const TEXT = 'https://www.unesco.org/en/legal-affairs/constitution';

/** Constitution of UNESCO (1945), Art. II(6). */
export const unescoConstitution = {
  id: 'unesco-constitution',
  version: 1,
  name: 'Constitution of the United Nations Educational, Scientific and Cultural Organization',
  shortName: 'UNESCO Constitution',
  adopted: '1945-11-16',
  depositary: 'Director-General of UNESCO',
  status: 'in-force',
  text: TEXT,
  entryIntoForce: { date: '1946-11-04', article: 'Art. XV(3)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice addressed to the Director-General takes effect on 31 December of the year following the year in which it was given; financial obligations for that period remain.',
    effect: {
      kind: 'calendar',
      receivedBy: '12-31',
      effectOn: '12-31',
      yearsAfter: 1,
      article: 'Art. II(6)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Director-General'],
      reasons: 'not-required',
      article: 'Art. II(6)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal does not affect the financial obligations owed to the Organization on the date it takes effect.',
        article: 'Art. II(6)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Constitution provides for suspension of a Member State’s rights and privileges by the Organization (Art. II(4)–(5)), not for a State to suspend its own obligations.',
    article: 'Art. II(4)–(5)',
    source: TEXT,
  },
  notes:
    'Notices of withdrawal go to the Director-General; the Government of the United Kingdom is depositary of acceptances (Art. XV). Received any day of a year Y, notice takes effect on 31 December of Y + 1, so the notice period is between 12 and 24 months.',
} as const satisfies TreatyProfileInput;
