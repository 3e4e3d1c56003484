import type { TreatyProfileInput } from '../schema.js';

/** Convention on International Civil Aviation, ICAO Doc 7300. */
const TEXT = 'https://www.icao.int/publications/Documents/7300_cons.pdf';

/** Convention on International Civil Aviation (Chicago, 1944), Art. 95. */
export const chicagoConvention = {
  id: 'chicago-convention',
  version: 1,
  name: 'Convention on International Civil Aviation',
  shortName: 'Chicago Convention',
  adopted: '1944-12-07',
  depositary: 'Government of the United States of America',
  status: 'in-force',
  entryIntoForce: { date: '1947-04-04', article: 'Art. 91(b)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice of denunciation to the Government of the United States, possible three years after the Convention came into effect (so from 4 April 1950); effect one year from the date of receipt, for the denouncing State only.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 95(b)',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 3, from: 'treaty', article: 'Art. 95(a)', source: TEXT },
    instrument: {
      notify: ['the Government of the United States of America'],
      reasons: 'not-required',
      article: 'Art. 95(a)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: true,
    note: 'Art. 89 leaves contracting States free of action in war or a declared state of national emergency, notified to the Council; this is freedom of action, not suspension of the whole Convention.',
    article: 'Art. 89',
    source: TEXT,
  },
  notes:
    'No completed denunciation was confirmed for this profile: the lead that Costa Rica denounced the Convention could not be verified, so no real case is reproduced. The counting (same day one year later) follows the text; the depositary’s practice was not found.',
} as const satisfies TreatyProfileInput;
