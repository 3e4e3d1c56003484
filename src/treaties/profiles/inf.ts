import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://2009-2017.state.gov/t/avc/trty/102360.htm';

/** Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles (1987), Art. XV. */
export const inf = {
  id: 'inf',
  version: 1,
  name: 'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles',
  shortName: 'INF Treaty',
  adopted: '1987-12-08',
  depositary: 'the other Party (bilateral treaty)',
  status: 'terminated',
  terminatedOn: '2019-08-02',
  text: TEXT,
  entryIntoForce: { date: '1988-06-01', article: 'Art. XVII(1)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Bilateral: right to withdraw if extraordinary events jeopardize supreme interests; notice to the other Party six months before withdrawal, with a statement of the extraordinary events.',
    effect: {
      kind: 'after-receipt',
      period: { months: 6 },
      counting: 'same-day',
      article: 'Art. XV(2)',
      source: TEXT,
    },
    instrument: {
      notify: ['the other Party'],
      reasons: 'extraordinary-events',
      article: 'Art. XV(2)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. XV(2)) but not for suspension; the United States nonetheless announced a suspension of its obligations on 2 February 2019, invoking material breach (VCLT Art. 60).',
    article: 'Art. XV; VCLT Arts. 57, 60',
    source: VCLT,
  },
  notes: 'Terminated on 2 August 2019, six months after the United States gave notice; kept for historical scenarios.',
} as const satisfies TreatyProfileInput;
