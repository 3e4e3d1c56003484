import type { TreatyProfileInput } from '../schema.js';
import { untc } from './sources.js';
import { ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('convention-against-torture-and-other-cruel-inhuman-or-degrading-treatment-or-punishment');
const STATUS = untc('IV-9', 4);

/** Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (1984), Art. 31. */
export const cat = {
  id: 'cat',
  version: 1,
  name: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  shortName: 'Convention against Torture',
  adopted: '1984-12-10',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1987-06-26', article: 'Art. 27(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the UN Secretary-General; effect 1 year after receipt. Acts before that date stay covered, and matters already before the Committee continue.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 31(1)',
      source: TEXT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 31(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The State is not released from its obligations for any act or omission before the denunciation takes effect, and matters already under consideration by the Committee continue.',
        article: 'Art. 31(2)',
        source: TEXT,
      },
      {
        text: 'After the denunciation takes effect, the Committee does not begin to consider any new matter regarding that State.',
        article: 'Art. 31(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention does not provide for suspending it, and no exceptional circumstances whatsoever, whether a state of war, internal political instability or any other public emergency, may be invoked as a justification of torture (Art. 2(2)).',
    article: 'Art. 2(2)',
    source: TEXT,
  },
  notes: 'No State has denounced the Convention in the sources searched.',
} as const satisfies TreatyProfileInput;
