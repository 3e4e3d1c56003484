import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://www.osce.org/files/f/documents/1/5/14127.pdf';

/** Treaty on Open Skies (Helsinki, 1992), Art. XV. */
export const openSkies = {
  id: 'open-skies',
  version: 1,
  name: 'Treaty on Open Skies',
  shortName: 'Open Skies Treaty',
  adopted: '1992-03-24',
  depositary: 'Governments of Canada and Hungary',
  status: 'in-force',
  text: TEXT,
  entryIntoForce: { date: '2002-01-01', article: 'Art. XVII(2)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice to either depositary at least six months before the intended date of withdrawal (which may be later), and to all other States Parties; the depositaries then convene a conference of the States Parties.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. XV(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. XV(2)', source: TEXT },
    instrument: {
      notify: ['either Depositary', 'all other States Parties'],
      reasons: 'not-required',
      article: 'Art. XV(2)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The depositaries convene a conference of the States Parties no less than 30 days after receiving the notice, to consider its effect on the Treaty.',
        article: 'Art. XV(3)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. XV) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. XV; VCLT Art. 57',
    source: VCLT,
  },
} as const satisfies TreatyProfileInput;
