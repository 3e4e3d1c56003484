import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://unfccc.int/resource/docs/convkp/kpeng.pdf';

/** Kyoto Protocol to the United Nations Framework Convention on Climate Change, Art. 27. */
export const kyotoProtocol = {
  id: 'kyoto-protocol',
  version: 1,
  name: 'Kyoto Protocol to the United Nations Framework Convention on Climate Change',
  shortName: 'Kyoto Protocol',
  adopted: '1997-12-11',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVII-7-a', 27),
  entryIntoForce: { date: '2005-02-16', article: 'Art. 25(1)', source: untc('XXVII-7-a', 27) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the depositary, only after 3 years from entry into force for the party; effect 1 year after receipt or on a later date named in the notification.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 27(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 27(2)', source: TEXT },
    earliestNotice: { yearsAfterEntryIntoForce: 3, article: 'Art. 27(1)', source: TEXT },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'Art. 27(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal from the Convention is also withdrawal from this Protocol.',
        article: 'Art. 27(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Protocol provides for withdrawal (Art. 27) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 27; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
