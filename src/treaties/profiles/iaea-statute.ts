import type { TreatyProfileInput } from '../schema.js';

/** The Statute of the IAEA (as amended), IAEA. */
const TEXT = 'https://www.iaea.org/about/statute';
/** INFCIRC/447 (23 June 1994): withdrawal of the DPRK, notified to the depositary Government. */
const INFCIRC_447 = 'https://studylib.es/doc/6372217/infcirc-447---international-atomic-energy-agency';

/** Statute of the International Atomic Energy Agency (New York, 1956), Art. XVIII.D–E. */
export const iaeaStatute = {
  id: 'iaea-statute',
  version: 1,
  name: 'Statute of the International Atomic Energy Agency',
  shortName: 'IAEA Statute',
  adopted: '1956-10-26',
  depositary: 'Government of the United States of America',
  status: 'in-force',
  entryIntoForce: { date: '1957-07-29', article: 'Art. XXI.E', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'After five years from the Statute’s entry into force (29 July 1957), or whenever a member will not accept an amendment, a member may withdraw by written notice to the depositary Government; the Statute states no period, so withdrawal takes effect on receipt.',
    effect: {
      kind: 'after-receipt',
      period: {},
      counting: 'same-day',
      countingSource: INFCIRC_447,
      article: 'Art. XVIII.D',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 5, from: 'treaty', article: 'Art. XVIII.D', source: TEXT },
    instrument: {
      notify: ['the depositary Government (United States of America)'],
      reasons: 'not-required',
      article: 'Art. XVIII.D',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal does not affect contractual obligations entered into under Art. XI (Agency projects) or budgetary obligations for the year of withdrawal.',
        article: 'Art. XVIII.E',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: true,
    note: 'The General Conference may suspend a member from the privileges and rights of membership for persistent violation (Art. XIX.B) or for non-compliance reported under Art. XII.C; a member cannot suspend its own obligations.',
    article: 'Art. XIX.B; Art. XII.C',
    source: TEXT,
  },
  notes:
    'The DPRK’s note of 13 June 1994 told the depositary Government that it withdrew as of that day; the depositary informed the Director General on 15 June 1994 (INFCIRC/447). The IAEA records the withdrawal as of 13 June 1994. The DPRK’s safeguards agreement stayed in force (it is a separate treaty).',
} as const satisfies TreatyProfileInput;
