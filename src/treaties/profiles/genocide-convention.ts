import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';
import { ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('convention-prevention-and-punishment-crime-genocide');
const STATUS = untc('IV-1', 4);

/** Convention on the Prevention and Punishment of the Crime of Genocide (1948), Arts. XIV-XV. */
export const genocideConvention = {
  id: 'genocide-convention',
  version: 1,
  name: 'Convention on the Prevention and Punishment of the Crime of Genocide',
  shortName: 'Genocide Convention',
  adopted: '1948-12-09',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1951-01-12', article: 'Art. XIII', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'In force for ten years from 12 January 1951, then for successive five-year terms for every party that has not denounced it at least six months before the current term ends; a denunciation in time takes effect at the end of that term (written notification to the UN Secretary-General).',
    effect: {
      kind: 'end-of-term',
      firstTerm: { years: 10 },
      renewalTerm: { years: 5 },
      noticeBefore: { months: 6 },
      article: 'Art. XIV',
      source: TEXT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. XIV',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Should denunciations reduce the parties below sixteen, the Convention ceases to be in force from the date on which the last of them takes effect.',
        article: 'Art. XV',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation at the end of a term (Art. XIV) but not for suspending its operation; genocide is a crime under international law whether committed in time of peace or in time of war (Art. I).',
    article: 'Arts. I, XIV; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Terms: 12 Jan 1951 to 12 Jan 1961, then five-year terms (the current one runs from 12 Jan 2026 to 12 Jan 2031). No State has denounced the Convention in the sources searched. The prohibition of genocide is also a peremptory norm of general international law, which a denunciation would not touch.',
} as const satisfies TreatyProfileInput;
