import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** Council of Europe Treaty Office record of CETS No. 210 (text, status, denunciations). */
const TEXT = 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=210';

/** Council of Europe Convention on preventing and combating violence against women and domestic violence (Istanbul, 2011), Art. 80. */
export const istanbulConvention = {
  id: 'istanbul-convention',
  version: 1,
  name: 'Council of Europe Convention on preventing and combating violence against women and domestic violence',
  shortName: 'Istanbul Convention',
  adopted: '2011-05-11',
  depositary: 'Secretary General of the Council of Europe',
  status: 'in-force',
  entryIntoForce: { date: '2014-08-01', article: 'Art. 75(3)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notification to the Secretary General of the Council of Europe at any time; effect on the first day of the month following the expiration of three months after its receipt.',
    effect: {
      kind: 'after-receipt',
      period: { months: 3 },
      counting: 'same-day',
      rounding: 'first-of-next-month',
      article: 'Art. 80(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Secretary General of the Council of Europe'],
      reasons: 'not-required',
      article: 'Art. 80(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Convention provides for denunciation (Art. 80) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 80; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Turkey, the first party to ratify (14 March 2012), denounced it by notification received on 22 March 2021; the denunciation took effect on 1 July 2021 (22 March + 3 months = 22 June, rounded to the first day of the next month).',
} as const satisfies TreatyProfileInput;
