import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://treaties.unoda.org/t/bwc';

/** Biological Weapons Convention (London, Moscow and Washington, 1972), Art. XIII. */
export const bwc = {
  id: 'bwc',
  version: 1,
  name: 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction',
  shortName: 'Biological Weapons Convention',
  adopted: '1972-04-10',
  depositary: 'Governments of the Russian Federation, the United Kingdom and the United States',
  status: 'in-force',
  entryIntoForce: { date: '1975-03-26', article: 'Art. XIV(3)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'A right to withdraw if extraordinary events related to the Convention’s subject matter have jeopardized the supreme interests of the country: notice three months in advance to all other States Parties and the UN Security Council, with a statement of those events.',
    effect: {
      kind: 'after-receipt',
      period: { months: 3 },
      counting: 'same-day',
      article: 'Art. XIII(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['all other States Parties', 'the UN Security Council'],
      reasons: 'extraordinary-events',
      article: 'Art. XIII(2)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention is of unlimited duration (Art. XIII(1)) and provides for withdrawal but not for suspending it; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. XIII(1); VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Unlike most treaties, the notice goes to the other States Parties and the Security Council, not to the depositaries. The three depositary governments keep separate records, so there is no single date of receipt; the library counts from the date the notice is recorded. No State has withdrawn in the sources searched.',
} as const satisfies TreatyProfileInput;
