import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://thearmstradetreaty.org/hyper-images/file/TheArmsTradeTreaty1/TheArmsTradeTreaty.pdf';

/** Arms Trade Treaty (2013), Art. 24. */
export const att = {
  id: 'att',
  version: 1,
  name: 'Arms Trade Treaty',
  shortName: 'Arms Trade Treaty',
  adopted: '2013-04-02',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVI-8', 26),
  entryIntoForce: { date: '2014-12-24', article: 'Art. 22(1)', source: untc('XXVI-8', 26) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notification to the depositary, which informs all other States Parties; effect 90 days after receipt unless the notification names a later date. Reasons may be given.',
    effect: {
      kind: 'after-receipt',
      period: { days: 90 },
      counting: 'same-day',
      article: 'Art. 24(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 24(2)', source: TEXT },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'Art. 24(2)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The State is not discharged from obligations, including financial ones, that arose while it was a party.',
        article: 'Art. 24(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. 24) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 24; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
