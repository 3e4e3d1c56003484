import type { TreatyProfileInput } from '../schema.js';

/** Council of Europe Treaty Office record of ETS No. 001. */
const TEXT = 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=001';
/** Secretariat memorandum on the legal consequences of cessation of membership under Art. 8, CM(2022)70. */
const ART8_MEMO = 'https://rm.coe.int/0900001680a5d7d3';

/** Statute of the Council of Europe (London, 1949), Arts. 7 and 8. */
export const coeStatute = {
  id: 'coe-statute',
  version: 1,
  name: 'Statute of the Council of Europe',
  shortName: 'Statute of the Council of Europe',
  adopted: '1949-05-05',
  depositary:
    'Government of the United Kingdom (instruments); Secretary General of the Council of Europe (notices of withdrawal)',
  status: 'in-force',
  entryIntoForce: { date: '1949-08-03', article: 'Art. 42(b)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Formal notice to the Secretary General. Notice given in the first nine months of the financial year takes effect at the end of that financial year; notice in the last three months, at the end of the next one. The Committee of Ministers may also end a member’s membership (Art. 8).',
    effect: {
      kind: 'calendar',
      receivedBy: '09-30',
      effectOn: '12-31',
      yearsAfter: 0,
      article: 'Art. 7',
      source: TEXT,
    },
    membership: { kind: 'constituent', article: 'Art. 8', source: ART8_MEMO },
    instrument: {
      notify: ['the Secretary General of the Council of Europe'],
      reasons: 'not-required',
      article: 'Art. 7',
      source: TEXT,
    },
    consequences: [
      {
        text: 'A State whose membership ends must still meet the financial obligations arising from its membership up to the date it ceases to be a member.',
        article: 'Art. 8; CM(2022)70',
        source: ART8_MEMO,
      },
    ],
  },
  suspension: {
    provided: true,
    note: 'Art. 8 lets the Committee of Ministers suspend a member’s rights of representation for serious violation of Art. 3 (as it did for Russia on 25 February 2022); a member cannot suspend its own obligations.',
    article: 'Art. 8',
    source: ART8_MEMO,
  },
  notes:
    'The financial year is the calendar year, so the library records effect on 31 December (as for UNESCO Art. II(6)); read “at the end of the financial year” as the first day not bound being 1 January if that reading is preferred. Russia notified withdrawal under Art. 7 on 15 March 2022; on 16 March 2022 the Committee of Ministers decided under Art. 8 that it ceased to be a member as from that day (CM/Res(2022)2). Greece announced its withdrawal on 12 December 1969 (readmitted in 1974).',
} as const satisfies TreatyProfileInput;
