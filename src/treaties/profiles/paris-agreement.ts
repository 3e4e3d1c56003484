import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://unfccc.int/sites/default/files/english_paris_agreement.pdf';

/** Paris Agreement, Art. 28. */
export const parisAgreement = {
  id: 'paris-agreement',
  version: 1,
  name: 'Paris Agreement',
  shortName: 'Paris Agreement',
  adopted: '2015-12-12',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVII-7-d', 27),
  entryIntoForce: { date: '2016-11-04', article: 'Art. 21(1)', source: untc('XXVII-7-d', 27) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the depositary, only after 3 years from entry into force for the party; effect 1 year after receipt or on a later date named in the notification.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 28(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 28(2)', source: TEXT },
    earliestNotice: { yearsAfterEntryIntoForce: 3, article: 'Art. 28(1)', source: TEXT },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'Art. 28(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal from the Convention is also withdrawal from this Agreement.',
        article: 'Art. 28(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Agreement provides for withdrawal (Art. 28) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 28; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
