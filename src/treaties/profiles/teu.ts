import type { TreatyProfileInput } from '../schema.js';

/** Consolidated Treaty on European Union (OJ C 202, 7.6.2016), EUR-Lex. */
const TEXT = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M/TXT';
/** Art. 50 TEU, EUR-Lex. */
const ART50 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M050';
/**
 * European Council (Art. 50) conclusions of 10 April 2019 (EUCO XT 20015/19), as reproduced: an
 * extension "until" a date binds through that date; an earlier ratification takes effect on the
 * first day of the following month.
 */
const EXTENSION_PRACTICE = 'https://brexitlegalguide.co.uk/withdrawal-extended-to-31-10-2019o/';

/** Treaty on European Union (Maastricht, 1992; as amended by the Treaty of Lisbon), Art. 50. */
export const teu = {
  id: 'teu',
  version: 1,
  name: 'Treaty on European Union',
  shortName: 'TEU (Article 50)',
  adopted: '1992-02-07',
  depositary: 'Government of the Italian Republic (Art. 54(2)); notice of withdrawal goes to the European Council (Art. 50(2))',
  status: 'in-force',
  entryIntoForce: { date: '1993-11-01', article: 'Art. R(2) of the Maastricht text (now Art. 54(2))', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notification of the intention to withdraw to the European Council. The Treaties cease to apply from the entry into force of a withdrawal agreement or, failing that, two years after the notification, unless the European Council, in agreement with the State, unanimously extends the period.',
    effect: {
      kind: 'after-receipt',
      period: { years: 2 },
      counting: 'next-day',
      countingSource: EXTENSION_PRACTICE,
      article: 'Art. 50(3)',
      source: ART50,
    },
    extension: { article: 'Art. 50(3)', source: ART50 },
    instrument: {
      notify: ['the European Council'],
      reasons: 'not-required',
      article: 'Art. 50(2)',
      source: ART50,
    },
    consequences: [
      {
        text: 'A State that has withdrawn and asks to rejoin must apply under the accession procedure of Art. 49.',
        article: 'Art. 50(5)',
        source: ART50,
      },
    ],
  },
  suspension: {
    provided: true,
    note: 'Art. 7 lets the Council suspend certain rights of a Member State (including voting rights) after a determination of a serious and persistent breach of the values of Art. 2; a Member State cannot suspend its own obligations.',
    article: 'Art. 7',
    source: TEXT,
  },
  notes:
    'Art. 50 was inserted by the Treaty of Lisbon (in force 1 December 2009). The United Kingdom notified on 29 March 2017; the two years were read as ending at the close of 29 March 2019 (the Treaties to cease to apply from 30 March 2019), then extended by the European Council (Decisions (EU) 2019/476, 2019/584, 2019/1810) to 31 January 2020; the withdrawal agreement entered into force and the Treaties ceased to apply on 1 February 2020 (Central European Time).',
} as const satisfies TreatyProfileInput;
