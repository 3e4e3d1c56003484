import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** The Treaty's provisions as published by the Energy Charter Secretariat. */
const TEXT = 'https://www.energychartertreaty.org/provisions/part-viii-final-provisions/article-47-withdrawal/';
/** Art. 44 (entry into force), Energy Charter Secretariat. */
const ART44 = 'https://www.energychartertreaty.org/provisions/part-viii-final-provisions/article-44-entry-into-force/';
/**
 * Netherlands treaty database, table of the Energy Charter Protocol on Energy Efficiency (PEEREA):
 * the dates of notification and effect of withdrawals as notified by the depositary. Withdrawal
 * from the Treaty is withdrawal from the Protocol on the same date (PEEREA Art. 20(2)–(3)).
 */
const DEPOSITARY_RECORD = 'https://verdragenbank.overheid.nl/en/Treaty/Details/006200_p.html';

/** Energy Charter Treaty (Lisbon, 1994), Art. 47. */
export const energyCharterTreaty = {
  id: 'energy-charter-treaty',
  version: 1,
  name: 'Energy Charter Treaty',
  shortName: 'Energy Charter Treaty',
  adopted: '1994-12-17',
  depositary: 'Government of the Portuguese Republic',
  status: 'in-force',
  entryIntoForce: { date: '1998-04-16', article: 'Art. 44(1)', source: ART44 },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the depositary, only after five years from entry into force for the party; effect upon the expiry of one year after receipt (counted as one year and one day), or on a later date named in the notification. The Treaty keeps protecting investments made before the withdrawal took effect for twenty years.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'next-day',
      countingSource: DEPOSITARY_RECORD,
      article: 'Art. 47(2)',
      source: TEXT,
    },
    laterDate: { article: 'Art. 47(2)', source: TEXT },
    earliestNotice: { yearsAfterEntryIntoForce: 5, from: 'party', article: 'Art. 47(1)', source: TEXT },
    survival: [
      {
        period: { years: 20 },
        scope:
          'investments made in the withdrawing party’s area by investors of other parties, or in other parties’ areas by its investors, as of the date its withdrawal takes effect',
        article: 'Art. 47(3)',
        source: TEXT,
      },
    ],
    instrument: {
      notify: ['the Depositary (Government of the Portuguese Republic)'],
      reasons: 'not-required',
      article: 'Art. 47(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Withdrawal from the Treaty is also withdrawal from any Energy Charter protocol to which the party is a party.',
        article: 'Art. 47(4)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. 47) but not for a party to suspend its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. 47; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Depositary practice counts “upon the expiry of one year” as one year and one day: notifications of 31 December 2014 (Italy), 7 December 2022 (France), 19 December 2022 (Germany) and 16 June 2023 (Luxembourg) took effect on 1 January 2016, 8 December 2023, 20 December 2023 and 17 June 2024. Press reports at the time gave 1 January 2024 for France; the depositary’s record gives 8 December 2023.',
} as const satisfies TreatyProfileInput;
