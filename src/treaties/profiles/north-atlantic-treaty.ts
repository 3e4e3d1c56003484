import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://www.nato.int/cps/en/natohq/official_texts_17120.htm';

/** The North Atlantic Treaty (Washington, 1949), Art. 13. */
export const northAtlanticTreaty = {
  id: 'north-atlantic-treaty',
  version: 1,
  name: 'The North Atlantic Treaty',
  shortName: 'North Atlantic Treaty',
  adopted: '1949-04-04',
  depositary: 'Government of the United States of America',
  status: 'in-force',
  entryIntoForce: { date: '1949-08-24', article: 'Art. 11', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'After the Treaty has been in force for twenty years (from 24 August 1969), a Party ceases to be a Party one year after its notice of denunciation has been given to the US Government, which informs the other Parties.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 13',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 20, from: 'treaty', article: 'Art. 13', source: TEXT },
    instrument: {
      notify: ['the Government of the United States of America'],
      reasons: 'not-required',
      article: 'Art. 13',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Treaty does not provide for suspending it; a Party’s absence from the integrated military structure (France 1966-2009) is a political arrangement, not a suspension of the Treaty.',
    article: 'Art. 13; VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'Chosen because users ask whether and how a member can leave NATO. The twenty years ran from the Treaty’s own entry into force (24 August 1949), so notice has been possible since 24 August 1969, for members that joined later as well. No Party has ever given notice of denunciation. A domestic limit such as a statute requiring legislative approval is a matter of the Party’s own law, modelled by a procedure profile, not by this one.',
} as const satisfies TreatyProfileInput;
