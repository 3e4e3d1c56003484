import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';
import { ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('convention-rights-child');
const STATUS = untc('IV-11', 4);

/** Convention on the Rights of the Child (1989), Art. 52. */
export const crc = {
  id: 'crc',
  version: 1,
  name: 'Convention on the Rights of the Child',
  shortName: 'CRC',
  adopted: '1989-11-20',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1990-09-02', article: 'Art. 49(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary: 'Written notification to the UN Secretary-General; effect 1 year after receipt.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 52',
      source: TEXT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 52',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation (Art. 52) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 52; VCLT Art. 57',
    source: VCLT,
  },
  notes: 'No State has denounced the Convention in the sources searched.',
} as const satisfies TreatyProfileInput;
