import type { TreatyProfileInput } from '../schema.js';

/** Council of Europe Treaty Office record of ETS No. 005 (status, denunciations). */
const RECORD = 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=005';
/** The Convention as amended by Protocols Nos. 11, 14 and 15 (European Court of Human Rights). */
const TEXT = 'https://www.echr.coe.int/documents/d/echr/convention_ENG';

/** Convention for the Protection of Human Rights and Fundamental Freedoms (Rome, 1950), Art. 58. */
export const echr = {
  id: 'echr',
  version: 2,
  name: 'Convention for the Protection of Human Rights and Fundamental Freedoms',
  shortName: 'European Convention on Human Rights',
  adopted: '1950-11-04',
  depositary: 'Secretary General of the Council of Europe',
  status: 'in-force',
  entryIntoForce: { date: '1953-09-03', article: 'Art. 59(3) (originally Art. 66(2))', source: RECORD },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Denunciation only after five years as a party, on six months’ notice to the Secretary General of the Council of Europe. A party that ceases to be a member of the Council of Europe ceases to be a party under the same conditions (six months later).',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. 58(1)',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 5, from: 'party', article: 'Art. 58(1)', source: TEXT },
    membership: {
      kind: 'linked',
      organisation: 'the Council of Europe',
      ceasesAfter: { months: 6 },
      article: 'Art. 58(3) with Art. 58(1)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Secretary General of the Council of Europe'],
      reasons: 'not-required',
      article: 'Art. 58(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Denunciation does not release the party from its obligations in respect of any act capable of violating them performed before the denunciation became effective.',
        article: 'Art. 58(2)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: true,
    note: 'Art. 15 lets a party derogate from most obligations in time of war or other public emergency threatening the life of the nation, informing the Secretary General; the rights listed in Art. 15(2) admit no derogation. Derogation is not suspension of the whole treaty.',
    article: 'Art. 15',
    source: TEXT,
  },
  notes:
    'Russia was expelled from the Council of Europe on 16 March 2022 (Statute Art. 8); under Art. 58(3) it ceased to be a party on 16 September 2022 (confirmed by a Resolution of the Committee of Ministers of 23 March 2022). Greece denounced the Convention on 12 December 1969 when it left the Council of Europe; the Treaty Office record gives the date of effect (13 June 1970 is widely cited but was not confirmed from the record for this profile).',
} as const satisfies TreatyProfileInput;
