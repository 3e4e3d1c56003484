import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://unfccc.int/resource/docs/convkp/conveng.pdf';

/** United Nations Framework Convention on Climate Change, Art. 25. */
export const unfccc = {
  id: 'unfccc',
  version: 1,
  name: 'United Nations Framework Convention on Climate Change',
  shortName: 'UNFCCC',
  adopted: '1992-05-09',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVII-7', 27),
  entryIntoForce: { date: '1994-03-21', article: 'Art. 23(1)', source: untc('XXVII-7', 27) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the depositary, only after 3 years from entry into force for the party; effect 1 year after receipt or on a later date named in the notification.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 25(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 25(2)', source: TEXT },
    earliestNotice: { yearsAfterEntryIntoForce: 3, article: 'Art. 25(1)', source: TEXT },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'Art. 25(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for withdrawal (Art. 25) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 25; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
