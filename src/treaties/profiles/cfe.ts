import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** The Depositary's record (Dutch treaty database), with the text as published in Trb. 1991, 31. */
const TEXT = 'https://verdragen.nl/en/Treaty/Details/004285_w';
/** The English text in an official gazette: Diário da Assembleia da República, II série A, n.º 48, 4 July 1992. */
const GAZETTE_TEXT = 'https://debates.parlamento.pt/catalogo/r3/dar/s2a/06/01/048S2/1992-07-04/16';

/** Treaty on Conventional Armed Forces in Europe (Paris, 1990), Art. XIX. */
export const cfe = {
  id: 'cfe',
  version: 1,
  name: 'Treaty on Conventional Armed Forces in Europe',
  shortName: 'CFE Treaty',
  adopted: '1990-11-19',
  depositary: 'Government of the Kingdom of the Netherlands',
  status: 'in-force',
  entryIntoForce: { date: '1992-11-09', article: 'Art. XXII', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'A right to withdraw if extraordinary events related to the Treaty’s subject matter have jeopardized the State’s supreme interests: notice to the Depositary and all other States Parties at least 150 days before the intended withdrawal, with a statement of those events.',
    effect: {
      kind: 'after-receipt',
      period: { days: 150 },
      counting: 'same-day',
      article: 'Art. XIX(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. XIX(2)', source: TEXT },
    instrument: {
      notify: ['the Depositary (Government of the Netherlands)', 'all other States Parties'],
      reasons: 'extraordinary-events',
      article: 'Art. XIX(2)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. XIX) but not for suspending it. Russia declared a moratorium in 2007; after Russia’s withdrawal took effect on 7 November 2023, the NATO States Parties suspended its operation, some (e.g. Italy) invoking VCLT Art. 62 (fundamental change of circumstances).',
    article: 'Art. XIX; VCLT Arts. 57, 62',
    source: VCLT,
  },
  notes:
    'Provisionally applied from 17 July 1992, in force from 9 November 1992. The withdrawal clause fixes a minimum notice (“at least 150 days prior to the intended withdrawal”): the notice names the date, hence laterDate. Russia withdrew with effect from 7 November 2023, after a conference of the States Parties on its withdrawal in Vienna on 29-30 June 2023. Text: the Depositary’s record (Trb. 1991, 31); an English text is also printed in an official gazette: ' +
    GAZETTE_TEXT,
} as const satisfies TreatyProfileInput;
