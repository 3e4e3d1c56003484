import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://icsid.worldbank.org/sites/default/files/documents/ICSID_Convention.pdf';

/** Convention on the Settlement of Investment Disputes (ICSID, 1965), Arts. 71–72. */
export const icsid = {
  id: 'icsid',
  version: 1,
  name: 'Convention on the Settlement of Investment Disputes between States and Nationals of Other States',
  shortName: 'ICSID Convention',
  adopted: '1965-03-18',
  depositary: 'World Bank (IBRD)',
  status: 'in-force',
  text: TEXT,
  entryIntoForce: { date: '1966-10-14', article: 'Art. 68(2)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notice to the depositary; effect six months after receipt, which the World Bank counts as six months plus one day. Consent to ICSID jurisdiction given before receipt survives.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'next-day',
      countingSource:
        'https://icsid.worldbank.org/news-and-events/news-releases/venezuela-submits-notice-under-article-71-icsid-convention',
      article: 'Art. 71',
      source: TEXT,
    },
    instrument: {
      notify: ['the Depositary (World Bank)'],
      reasons: 'not-required',
      article: 'Art. 71',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Notice does not affect rights or obligations arising out of consent to ICSID jurisdiction given by the State, its subdivisions or nationals before the depositary received it.',
        article: 'Art. 72',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation (Art. 71) but not for suspending its operation.',
    article: 'Art. 71; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Depositary practice: notices received on 2 May 2007 (Bolivia), 6 July 2009 (Ecuador) and 24 January 2012 (Venezuela) took effect on 3 November 2007, 7 January 2010 and 25 July 2012.',
} as const satisfies TreatyProfileInput;
