import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://legal.un.org/icc/statute/english/rome_statute(e).pdf';

/** Rome Statute of the International Criminal Court (1998), Art. 127. */
export const romeStatute = {
  id: 'rome-statute',
  version: 1,
  name: 'Rome Statute of the International Criminal Court',
  shortName: 'Rome Statute',
  adopted: '1998-07-17',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('XVIII-10', 18),
  entryIntoForce: { date: '2002-07-01', article: 'Art. 126(1)', source: untc('XVIII-10', 18) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the UN Secretary-General; effect 1 year after receipt unless the notification names a later date. Obligations arising while a party, and cooperation in proceedings begun before effect, survive.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 127(1)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 127(1)', source: TEXT },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 127(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The State is not discharged from obligations, including financial ones, that arose while it was a party; cooperation in investigations and proceedings begun before the withdrawal took effect continues, and matters already under consideration by the Court are unaffected.',
        article: 'Art. 127(2)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Statute provides for withdrawal (Art. 127) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 127; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
