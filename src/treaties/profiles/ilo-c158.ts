import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** C158 text and ratifications, NORMLEX (International Labour Office). */
const TEXT = 'https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C158';

/** ILO Termination of Employment Convention, 1982 (No. 158), Art. 17. */
export const iloC158 = {
  id: 'ilo-c158',
  version: 1,
  name: 'Termination of Employment Convention, 1982 (No. 158)',
  shortName: 'ILO Convention No. 158',
  adopted: '1982-06-22',
  depositary: 'Director-General of the International Labour Office',
  status: 'in-force',
  entryIntoForce: { date: '1985-11-23', article: 'Art. 16(2)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Denunciation only within the year following each ten-year period counted from the Convention’s first entry into force (23 November 1985), by an act communicated to the Director-General for registration; effect one year after registration. A party that lets a window pass is bound for another ten years.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 17(1)',
      source: TEXT,
    },
    noticeWindows: { every: { years: 10 }, length: { years: 1 }, article: 'Art. 17(1)–(2)', source: TEXT },
    instrument: {
      notify: ['the Director-General of the International Labour Office, for registration'],
      reasons: 'not-required',
      article: 'Art. 17(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation in windows (Art. 17) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 17; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'The period runs from registration by the Director-General, not from dispatch. Brazil’s denunciation was registered on 20 November 1996, inside the first window (23 November 1995 – 22 November 1996), and took effect on 20 November 1997 (Decree No. 2.100 of 20 December 1996).',
} as const satisfies TreatyProfileInput;
