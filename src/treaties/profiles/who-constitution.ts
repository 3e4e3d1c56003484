import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';

/** Constitution of the World Health Organization (1946): no withdrawal clause. */
export const whoConstitution = {
  id: 'who-constitution',
  version: 1,
  name: 'Constitution of the World Health Organization',
  shortName: 'WHO Constitution',
  adopted: '1946-07-22',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  text: untc('IX-1', 9),
  entryIntoForce: { date: '1948-04-07', article: 'Art. 80', source: untc('IX-1', 9) },
  withdrawal: {
    basis: 'vclt-art-56',
    summary:
      'No withdrawal clause: under VCLT Art. 56 withdrawal is possible only if intended or implied, on at least 12 months’ notice. The United States’ 1948 acceptance reserved a right to withdraw on one year’s notice, its financial obligations for the current fiscal year met in full.',
    effect: {
      kind: 'after-receipt',
      period: { months: 12 },
      counting: 'same-day',
      article: 'VCLT Art. 56(2)',
      source: VCLT,
    },
    instrument: {
      notify: ['the Depositary (UN Secretary-General)'],
      reasons: 'not-required',
      article: 'VCLT Art. 67(1)',
      source: VCLT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Constitution lets the Health Assembly suspend a Member’s voting privileges and services (Art. 7); it has no clause letting a Member suspend its own obligations.',
    article: 'Art. 7',
    source: untc('IX-1', 9),
  },
  notes:
    'Whether a right of withdrawal is implied (VCLT Art. 56(1)) is contested for parties without a reservation; the library applies the 12-month notice of Art. 56(2).',
} as const satisfies TreatyProfileInput;
