import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

const TEXT = 'https://www.unodc.org/pdf/convention_1961_en.pdf';

/** Single Convention on Narcotic Drugs (1961), Art. 46. */
export const singleConvention1961 = {
  id: 'single-convention-1961',
  version: 1,
  name: 'Single Convention on Narcotic Drugs, 1961',
  shortName: 'Single Convention',
  adopted: '1961-03-30',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('VI-15', 6),
  entryIntoForce: { date: '1964-12-13', article: 'Art. 41(1)', source: untc('VI-15', 6) },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Denunciation received on or before 1 July takes effect on 1 January of the next year; received after 1 July, as if received by 1 July of the next year (effect 1 January of the year after that).',
    effect: {
      kind: 'calendar',
      receivedBy: '07-01',
      effectOn: '01-01',
      yearsAfter: 1,
      article: 'Art. 46(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Secretary-General'],
      reasons: 'not-required',
      article: 'Art. 46(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation (Art. 46) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 46; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Art. 46(1) allowed denunciation only after two years from the Convention’s entry into force (13 December 1964), long past. Bolivia’s denunciation received on 29 June 2011 took effect on 1 January 2012.',
} as const satisfies TreatyProfileInput;
