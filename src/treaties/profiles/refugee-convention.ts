import type { TreatyProfileInput } from '../schema.js';
import { untc } from './sources.js';
import { ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('convention-relating-status-refugees');
const STATUS = untc('V-2', 5);

/** Convention relating to the Status of Refugees (Geneva, 1951), Art. 44. */
export const refugeeConvention = {
  id: 'refugee-convention',
  version: 1,
  name: 'Convention relating to the Status of Refugees',
  shortName: 'Refugee Convention',
  adopted: '1951-07-28',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1954-04-22', article: 'Art. 43(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notification to the UN Secretary-General at any time; effect for that State 1 year after receipt. A territorial extension under Art. 40 can be ended the same way.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 44(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 44(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'A State that extended the Convention to a territory under Art. 40 may declare, by notification to the Secretary-General, that it ceases to extend to that territory one year after receipt.',
        article: 'Art. 44(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention does not provide for suspending it; Art. 9 lets a State, in time of war or other grave and exceptional circumstances, take provisional measures it considers essential to national security in a particular person’s case, pending a determination of refugee status.',
    article: 'Art. 9',
    source: TEXT,
  },
  notes:
    'No State has denounced the Convention in the sources searched. Its 1967 Protocol (UNTC V-5) has its own denunciation clause and is not modelled here.',
} as const satisfies TreatyProfileInput;
