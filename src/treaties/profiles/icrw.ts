import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://iwc.int/convention';

/** International Convention for the Regulation of Whaling (1946), Art. XI. */
export const icrw = {
  id: 'icrw',
  version: 1,
  name: 'International Convention for the Regulation of Whaling',
  shortName: 'Whaling Convention',
  adopted: '1946-12-02',
  depositary: 'Government of the United States',
  status: 'in-force',
  text: TEXT,
  entryIntoForce: { date: '1948-11-10', article: 'Art. X(4)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Withdrawal on 30 June of any year by notice given on or before 1 January of that year to the depositary Government; other parties may follow within one month of being told.',
    effect: {
      kind: 'calendar',
      receivedBy: '01-01',
      effectOn: '06-30',
      yearsAfter: 0,
      article: 'Art. XI',
      source: TEXT,
    },
    instrument: {
      notify: ['the depositary Government (United States)'],
      reasons: 'not-required',
      article: 'Art. XI',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Any other Contracting Government may, within one month of receiving a copy of the notice, withdraw with effect on the same 30 June.',
        article: 'Art. XI',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for withdrawal (Art. XI) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. XI; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Art. XI does not say what a notice received after 1 January does; the library reads it as taking effect on 30 June of the next year, the first 30 June for which it is timely.',
} as const satisfies TreatyProfileInput;
