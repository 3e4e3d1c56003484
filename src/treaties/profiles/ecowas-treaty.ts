import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

/** Revised Treaty of the Economic Community of West African States (Cotonou, 1993), ECOWAS. */
const TEXT = 'https://ecowas.int/wp-content/uploads/2022/08/Revised-treaty-1.pdf';
/** Communiqué of the 66th Ordinary Session of the ECOWAS Authority (15 December 2024), as reported. */
const COMMUNIQUE_66 = 'https://allafrica.com/stories/202412160050.html';

/** Revised Treaty of the Economic Community of West African States (1993), Art. 91. */
export const ecowasTreaty = {
  id: 'ecowas-treaty',
  version: 1,
  name: 'Revised Treaty of the Economic Community of West African States',
  shortName: 'ECOWAS Revised Treaty',
  adopted: '1993-07-24',
  depositary: 'President of the ECOWAS Commission (formerly the Executive Secretary)',
  status: 'in-force',
  entryIntoForce: { date: '1995-08-23', article: 'Art. 89', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'One year’s written notice to the Executive Secretary (now the President of the Commission); at the expiry of that year, unless the notice is withdrawn, the State ceases to be a member. During the year it remains bound by the Treaty.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      countingSource: COMMUNIQUE_66,
      article: 'Art. 91(1)',
      source: TEXT,
    },
    instrument: {
      notify: ['the Executive Secretary (President of the ECOWAS Commission)'],
      reasons: 'not-required',
      article: 'Art. 91(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'During the year of notice the State continues to comply with the Treaty and remains bound to discharge its obligations.',
        article: 'Art. 91(2)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'Art. 77 provides sanctions (including suspension of a Member State) decided by the Authority; it has no clause letting a State suspend its own obligations.',
    article: 'Art. 77; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Burkina Faso, Mali and Niger announced their withdrawal on 28 January 2024; the ECOWAS Authority took note on 15 December 2024 that under Art. 91 they cease to be members from 29 January 2025, and set 29 January – 29 July 2025 as a transition period. Mauritania left under the same article in 2000. The entry-into-force date and article of the Revised Treaty (23 August 1995) and the address of its text were not checked against an ECOWAS source for this profile.',
} as const satisfies TreatyProfileInput;
