import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://disarmament.unoda.org/wmd/nuclear/npt/text/';

/** Treaty on the Non-Proliferation of Nuclear Weapons (1968), Art. X(1). */
export const npt = {
  id: 'npt',
  version: 1,
  name: 'Treaty on the Non-Proliferation of Nuclear Weapons',
  shortName: 'NPT',
  adopted: '1968-07-01',
  depositary: 'Governments of the United States, the United Kingdom and the Russian Federation',
  status: 'in-force',
  text: TEXT,
  entryIntoForce: { date: '1970-03-05', article: 'Art. IX(3)', source: TEXT },
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Right to withdraw if extraordinary events related to the subject matter jeopardize supreme interests; notice to all other parties and the UN Security Council three months in advance, with a statement of the extraordinary events.',
    effect: {
      kind: 'after-receipt',
      period: { months: 3 },
      counting: 'same-day',
      article: 'Art. X(1)',
      source: TEXT,
    },
    instrument: {
      notify: ['all other Parties', 'the UN Security Council'],
      reasons: 'extraordinary-events',
      article: 'Art. X(1)',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Treaty provides for withdrawal (Art. X(1)) but not for suspending its operation; VCLT Art. 57 then requires the consent of all parties.',
    article: 'Art. X(1); VCLT Art. 57',
    source: VCLT,
  },
  notes:
    'The three months run from the notice to the other parties and the Security Council; with three depositaries there is no single date of receipt, so the scenario should date the deposit as the day notice was given.',
} as const satisfies TreatyProfileInput;
