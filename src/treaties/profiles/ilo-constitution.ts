import type { TreatyProfileInput } from '../schema.js';

/** ILO Constitution, NORMLEX (International Labour Office). */
const TEXT = 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000:62:0::NO:62:P62_LIST_ENTRIE_ID:2453907:NO';

/** Constitution of the International Labour Organisation (1919, as amended), Art. 1(5). */
export const iloConstitution = {
  id: 'ilo-constitution',
  version: 1,
  name: 'Constitution of the International Labour Organisation',
  shortName: 'ILO Constitution',
  adopted: '1919-06-28',
  depositary: 'Director-General of the International Labour Office',
  status: 'in-force',
  entryIntoForce: {
    date: '1920-01-10',
    article: 'Art. 387 of the Treaty of Versailles (Part XIII), in force with the Treaty under its closing provisions',
    source: TEXT,
  },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice of intention to withdraw to the Director-General takes effect two years after its receipt, subject to the Member having then fulfilled all financial obligations arising out of its membership. Obligations under ratified Conventions continue for the periods those Conventions provide.',
    effect: {
      kind: 'after-receipt',
      period: { years: 2 },
      counting: 'same-day',
      article: 'Art. 1(5)',
      source: TEXT,
    },
    conditions: [
      {
        kind: 'obligations-fulfilled',
        text: 'The Member must at that time have fulfilled all financial obligations arising out of its membership.',
        article: 'Art. 1(5)',
        source: TEXT,
      },
    ],
    instrument: {
      notify: ['the Director-General of the International Labour Office'],
      reasons: 'not-required',
      article: 'Art. 1(5)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal does not affect the continued validity, for the period each Convention provides, of the obligations under international labour Conventions the Member has ratified.',
        article: 'Art. 1(5)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Constitution provides for withdrawal (Art. 1(5)) and for loss of the vote for arrears (Art. 13(4)); it has no clause letting a Member suspend its own obligations.',
    article: 'Art. 13(4)',
    source: TEXT,
  },
  notes:
    'The Constitution was adopted as Part XIII of the Treaty of Versailles (signed 28 June 1919, in force 10 January 1920); the 1946 amendment instrument gave it its present form. The United States gave notice received on 6 November 1975; it took effect on 6 November 1977. The NORMLEX address of the text was not checked against the live site for this profile.',
} as const satisfies TreatyProfileInput;
