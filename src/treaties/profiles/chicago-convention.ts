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
    'No denunciation of the Convention was found in any source read (docs/research/research-d.md), so no real case is reproduced; the lead that Costa Rica denounced it could not be verified, and the depositary’s status list was not retrieved. Entry into force checked: the twenty-sixth instrument was deposited on 5 March 1947, and Art. 91(b) gives the thirtieth day after, 4 April 1947. The counting of Art. 95(b) (same day one year later) follows the text; the depositary’s practice was not found.',
} as const satisfies TreatyProfileInput;
