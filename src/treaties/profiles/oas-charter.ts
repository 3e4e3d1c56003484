import type { TreatyProfileInput } from '../schema.js';

/** Charter of the OAS, OAS Department of International Law. */
const TEXT = 'https://www.oas.org/en/sla/dil/inter_american_treaties_A-41_charter_OAS.asp';

/** Charter of the Organization of American States (Bogotá, 1948, as amended), Art. 143. */
export const oasCharter = {
  id: 'oas-charter',
  version: 1,
  name: 'Charter of the Organization of American States',
  shortName: 'OAS Charter',
  adopted: '1948-04-30',
  depositary: 'General Secretariat of the Organization of American States',
  status: 'in-force',
  entryIntoForce: { date: '1951-12-13', article: 'Art. 140 (originally Art. 109)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notice of denunciation to the General Secretariat; two years after its receipt the Charter ceases to be in force for the denouncing State, which ceases to belong to the Organization after it has fulfilled the obligations arising from the Charter.',
    effect: {
      kind: 'after-receipt',
      period: { years: 2 },
      counting: 'same-day',
      article: 'Art. 143',
      source: TEXT,
    },
    conditions: [
      {
        kind: 'obligations-fulfilled',
        text: 'The denouncing State ceases to belong to the Organization after it has fulfilled the obligations arising from the Charter.',
        article: 'Art. 143',
        source: TEXT,
      },
    ],
    instrument: {
      notify: ['the General Secretariat of the OAS'],
      reasons: 'not-required',
      article: 'Art. 143',
      source: TEXT,
    },
    consequences: [],
  },
  suspension: {
    provided: true,
    note: 'Art. 9 lets the General Assembly suspend a Member whose democratically constituted government has been overthrown by force (Protocol of Washington); a Member cannot suspend its own obligations.',
    article: 'Art. 9',
    source: TEXT,
  },
  notes:
    'Two Members have denounced the Charter: Venezuela (notice of April 2017, disputed after the OAS Permanent Council accepted a representative of the National Assembly in 2019) and Nicaragua (notice received 19 November 2021; Nicaragua declared its membership ended on 19 November 2023). Whether the Charter ceases to be in force before the obligations are fulfilled (the text separates the two) is read here as a condition on effect, presumed met unless the scenario records outstanding obligations.',
} as const satisfies TreatyProfileInput;
