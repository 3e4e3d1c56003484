import type { TreatyProfileInput } from '../schema.js';

/** UPU Acts (Constitution, General Regulations), Universal Postal Union. */
const TEXT = 'https://www.upu.int/en/universal-postal-union/about-upu/acts';
/** Constitution, Arts. 33–37, in the Swiss official compilation (SR 0.783.51, French and Italian). */
const SR_FINAL_ARTICLES = 'https://droit-bilingue.ch/fr-it/0.7/0.78/0.783.51-33-37.html';

/** Constitution of the Universal Postal Union (Vienna, 1964, as amended), Art. 12. */
export const upuConstitution = {
  id: 'upu-constitution',
  version: 1,
  name: 'Constitution of the Universal Postal Union',
  shortName: 'UPU Constitution',
  adopted: '1964-07-10',
  depositary: 'Director General of the International Bureau of the UPU (notices of denunciation, Art. 12(1) as amended in 2004)',
  status: 'in-force',
  entryIntoForce: { date: '1966-01-01', article: 'Art. 37(1)', source: SR_FINAL_ARTICLES },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice of denunciation of the Constitution given by the member country’s government to the Director General of the International Bureau; withdrawal takes effect upon the expiry of one year from the day of receipt.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 12(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Director General of the International Bureau'],
      reasons: 'not-required',
      article: 'Art. 12(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Constitution has no clause letting a member country suspend its own obligations.',
    article: 'Art. 12',
    source: TEXT,
  },
  notes:
    'Before the Seventh Additional Protocol (Bucharest, 2004) notice went through diplomatic channels to the Government of the Swiss Confederation. The counting is taken as the same day of the month a year later: no completed withdrawal was found to confirm the International Bureau’s practice (the United States’ notice of 17 October 2018 was not carried through).',
} as const satisfies TreatyProfileInput;
