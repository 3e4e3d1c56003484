import type { TreatyProfileInput } from '../schema.js';

/** American Convention on Human Rights (B-32), OAS Department of International Law. */
const TEXT = 'https://www.oas.org/dil/treaties_B-32_American_Convention_on_Human_Rights.htm';
/** Signatures, ratifications and denunciations (B-32), OAS Department of International Law. */
const STATUS = 'http://www.oas.org/dil/treaties_B-32_American_Convention_on_Human_Rights_sign.htm';

/** American Convention on Human Rights, "Pact of San José, Costa Rica" (1969), Art. 78. */
export const achr = {
  id: 'achr',
  version: 1,
  name: 'American Convention on Human Rights',
  shortName: 'American Convention on Human Rights',
  adopted: '1969-11-22',
  depositary: 'General Secretariat of the Organization of American States',
  status: 'in-force',
  entryIntoForce: { date: '1978-07-18', article: 'Art. 74(2)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Denunciation after five years from the Convention’s entry into force (18 July 1978), by notice given one year in advance to the Secretary General of the OAS. Acts before the denunciation took effect remain covered.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. 78(1)',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 5, from: 'treaty', article: 'Art. 78(1)', source: TEXT },
    instrument: {
      notify: ['the Secretary General of the OAS'],
      reasons: 'not-required',
      article: 'Art. 78(1)',
      source: TEXT,
    },
    consequences: [
      {
        text: 'Denunciation does not release the State from its obligations with respect to any act that may constitute a violation and was taken before the denunciation took effect.',
        article: 'Art. 78(2)',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: true,
    note: 'Art. 27 lets a State Party suspend certain obligations in time of war, public danger or other emergency threatening its independence or security, informing the other parties through the Secretary General; the rights in Art. 27(2) cannot be suspended.',
    article: 'Art. 27',
    source: TEXT,
  },
  notes:
    '“Five-year period from the date of its entry into force” is read as the Convention’s own entry into force. Trinidad and Tobago (notice 26 May 1998) and Venezuela (instrument received 10 September 2012) denounced it; effect one year after the notice.',
} as const satisfies TreatyProfileInput;
