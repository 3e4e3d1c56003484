import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';
import { ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('optional-protocol-international-covenant-civil-and-political');
const STATUS = untc('IV-5', 4);

/** Optional Protocol to the International Covenant on Civil and Political Rights (1966), Art. 12. */
export const op1Iccpr = {
  id: 'op1-iccpr',
  version: 1,
  name: 'Optional Protocol to the International Covenant on Civil and Political Rights',
  shortName: 'First Optional Protocol to the ICCPR',
  adopted: '1966-12-16',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1976-03-23', article: 'Art. 9(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the UN Secretary-General at any time; effect 3 months after receipt. Communications submitted before that date are still examined.',
    effect: {
      kind: 'after-receipt',
      period: { months: 3 },
      counting: 'same-day',
      article: 'Art. 12(1)',
      source: TEXT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 12(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The Protocol continues to apply to any communication submitted under Art. 2 before the denunciation takes effect.',
        article: 'Art. 12(2)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Protocol provides for denunciation (Art. 12) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 12; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Denounced by Jamaica (1997), Trinidad and Tobago (1998, re-acceding the same day the denunciation took effect with a reservation on death-penalty cases, then denouncing again in 2000) and Guyana (1999, re-acceding the same day with a like reservation). The Human Rights Committee held such re-accession with a reservation to be open to question (Kennedy v. Trinidad and Tobago, 1999). Denouncing the Protocol leaves the Covenant itself in force.',
} as const satisfies TreatyProfileInput;
