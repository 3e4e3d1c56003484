import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://www.opcw.org/chemical-weapons-convention';
const STATUS = untc('XXVI-3', 26);

/** Chemical Weapons Convention (Paris, 1993), Art. XVI. */
export const cwc = {
  id: 'cwc',
  version: 1,
  name: 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction',
  shortName: 'Chemical Weapons Convention',
  adopted: '1993-01-13',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1997-04-29', article: 'Art. XXI(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'A right to withdraw if extraordinary events related to the Convention’s subject matter have jeopardized the supreme interests of the country: 90 days’ notice to all other States Parties, the Executive Council, the Depositary and the UN Security Council, with a statement of those events.',
    effect: {
      kind: 'after-receipt',
      period: { days: 90 },
      counting: 'same-day',
      article: 'Art. XVI(2)',
      source: TEXT,
    },
    instrument: {
      notify: [
        'all other States Parties',
        'the Executive Council of the OPCW',
        'the Depositary (UN Secretary-General)',
        'the UN Security Council',
      ],
      reasons: 'extraordinary-events',
      article: 'Art. XVI(2)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal does not affect the duty of States to keep fulfilling obligations under any relevant rules of international law, particularly the Geneva Protocol of 1925.',
        article: 'Art. XVI(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention is of unlimited duration (Art. XVI(1)) and does not provide for a party to suspend it; the Conference of the States Parties may restrict or suspend a party’s rights and privileges for non-compliance (Art. XII(2)).',
    article: 'Arts. XII(2), XVI(1); VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Opened for signature in Paris on 13 January 1993 (the text was adopted by the Conference on Disarmament in 1992). “90 days in advance” is read as effect 90 days after the notice is received, as for ATT Art. 24(2). No State has withdrawn in the sources searched.',
} as const satisfies TreatyProfileInput;
