import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** Decision 563: codified text of the Andean Subregional Integration Agreement (Cartagena Agreement). */
const TEXT = 'http://www.comunidadandina.org/normativa/dec/D563.htm';

/** Andean Subregional Integration Agreement (Cartagena Agreement, 1969), Art. 135 of the codified text. */
export const andeanCommunity = {
  id: 'andean-community',
  version: 1,
  name: 'Andean Subregional Integration Agreement (Cartagena Agreement)',
  shortName: 'Cartagena Agreement',
  adopted: '1969-05-26',
  depositary: 'Commission of the Andean Community (notice of denunciation, Art. 135)',
  status: 'in-force',
  entryIntoForce: { date: '1969-10-16', article: 'Art. 110 of the original text (deposit of instruments)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'A Member Country that denounces the Agreement informs the Commission and from that moment ceases to enjoy the rights and bear the obligations of membership, except that the advantages received and granted under the Subregional Trade Liberalization Program remain in force for five years from the denunciation (the Commission may shorten this on request).',
    effect: {
      kind: 'after-receipt',
      period: {},
      counting: 'same-day',
      article: 'Art. 135',
      source: TEXT,
    },
    survival: [
      {
        period: { years: 5 },
        scope:
          'advantages received and granted under the Subregional Trade Liberalization Program (the Commission may shorten the period)',
        article: 'Art. 135',
        source: TEXT,
      },
    ],
    instrument: {
      notify: ['the Commission of the Andean Community'],
      reasons: 'not-required',
      article: 'Art. 135',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Agreement has no clause letting a Member Country suspend its own obligations.',
    article: 'Art. 135; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'The article number depends on the codification: Art. 135 in Decision 563 (2003); earlier codifications numbered the clause differently (a 2006 report cites Art. 113). Chile withdrew in 1976; Venezuela denounced the Agreement on 22 April 2006. The codified-text address and the article fixing entry into force (16 October 1969) were not checked against the live site for this profile.',
} as const satisfies TreatyProfileInput;
