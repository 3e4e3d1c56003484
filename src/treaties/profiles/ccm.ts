import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://treaties.un.org/doc/Publication/CTC/26-6.pdf';

/** Convention on Cluster Munitions (Dublin, 2008), Art. 20. */
export const ccm = {
  id: 'ccm',
  version: 1,
  name: 'Convention on Cluster Munitions',
  shortName: 'Convention on Cluster Munitions',
  adopted: '2008-05-30',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XXVI-6', 26),
  entryIntoForce: { date: '2010-08-01', article: 'Art. 17(1)', source: untc('XXVI-6', 26) },
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
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for withdrawal (Art. 20) but not for suspending its operation; it is of unlimited duration (Art. 20(1)) and is designed to apply in armed conflict: each party undertakes “never under any circumstances” to use the weapons it bans (Art. 1(1)). Under VCLT Art. 57 suspension then needs the consent of all parties.',
    article: 'Arts. 1(1), 20; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
