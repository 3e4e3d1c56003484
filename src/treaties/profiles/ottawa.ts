import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://treaties.un.org/doc/Treaties/1997/09/19970918%2007-53%20AM/Ch_XXVI_05p.pdf';

/** Convention on the Prohibition of Anti-Personnel Mines (Ottawa, 1997), Art. 20. */
export const ottawa = {
  id: 'ottawa',
  version: 1,
  name: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
  shortName: 'Mine Ban Treaty',
  adopted: '1997-09-18',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVI-5', 26),
  entryIntoForce: { date: '1999-03-01', article: 'Art. 17(1)', source: untc('XXVI-5', 26) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice to all States Parties, the depositary and the UN Security Council, with a full explanation of reasons; effect 6 months after receipt, but not before the end of an armed conflict the party is engaged in when the 6 months expire.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. 20(3)',
      source: TEXT,
    },
    armedConflictDeferral: { article: 'Art. 20(3)', source: TEXT },
    instrument: {
      notify: ['all other States Parties', 'the Depositary', 'the UN Security Council'],
      reasons: 'full-explanation',
      article: 'Art. 20(2)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal does not affect the duty to keep fulfilling obligations under any relevant rules of international law.',
        article: 'Art. 20(4)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for withdrawal (Art. 20) but not for suspending its operation; it is of unlimited duration (Art. 20(1)) and is designed to apply in armed conflict: each party undertakes “never under any circumstances” to use the weapons it bans (Art. 1(1)). Under VCLT Art. 57 suspension then needs the consent of all parties.',
    article: 'Arts. 1(1), 20; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
