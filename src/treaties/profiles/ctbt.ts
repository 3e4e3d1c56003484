import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://www.ctbto.org/sites/default/files/Documents/treaty_text_English.pdf';

/** Comprehensive Nuclear-Test-Ban Treaty (1996), Art. IX. Not yet in force. */
export const ctbt = {
  id: 'ctbt',
  version: 1,
  name: 'Comprehensive Nuclear-Test-Ban Treaty',
  shortName: 'CTBT',
  adopted: '1996-09-10',
  depositary: 'UN Secretary-General',
  status: 'not-in-force',
  text: untc('XXVI-4', 26),
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Right to withdraw if extraordinary events jeopardize supreme interests; six months’ notice to all other States Parties, the Executive Council, the depositary and the UN Security Council, with a statement of the extraordinary events. The Treaty has not entered into force.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. IX(3)',
      source: TEXT,
    },
    instrument: {
      notify: ['all other States Parties', 'the Executive Council', 'the Depositary', 'the UN Security Council'],
      reasons: 'extraordinary-events',
      article: 'Art. IX(3)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. IX) but not for suspending its operation.',
    article: 'Art. IX; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
