import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const TEXT = 'https://www.un.org/en/about-us/un-charter/full-text';
/** Case study of Indonesia's 1965 "withdrawal", with the San Francisco declaration (Victoria University of Wellington thesis, 1988). */
const INDONESIA_STUDY = 'https://ir.wgtn.ac.nz/handle/123456789/25693';
/** New Zealand delegation's official report on the San Francisco Conference (AJHR 1945, A-2), on expulsion and withdrawal. */
const SAN_FRANCISCO_REPORT =
  'https://paperspast.natlib.govt.nz/parliamentary/appendix-to-the-journals-of-the-house-of-representatives/1945/I/54';
/** Minutes of the US delegation at San Francisco, 22 May 1945 (FRUS 1945, vol. I, doc. 249), on withdrawal. */
const US_DELEGATION_1945 = 'https://history.state.gov/historicaldocuments/frus1945v01/d249';

/** Charter of the United Nations (San Francisco, 1945): no withdrawal clause. */
export const unCharter = {
  id: 'un-charter',
  version: 1,
  name: 'Charter of the United Nations',
  shortName: 'UN Charter',
  adopted: '1945-06-26',
  depositary: 'Government of the United States of America',
  status: 'in-force',
  entryIntoForce: { date: '1945-10-24', article: 'Art. 110(3)', source: TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'vclt-art-56',
    positions: [
      {
        by: 'San Francisco Conference, 1945 (report of Committee I/2, adopted by the Conference)',
        view: 'The Charter should neither permit nor prohibit withdrawal expressly; but if, because of exceptional circumstances, a Member feels constrained to withdraw and leave the burden of maintaining peace to the others, the Organization does not mean to compel it to continue its co-operation. Read as showing that the parties intended to admit withdrawal in exceptional circumstances (VCLT Art. 56(1)(a)).',
        article: 'UNCIO Committee I/2 declaration on withdrawal',
        source: SAN_FRANCISCO_REPORT,
      },
      {
        by: 'United States delegation at San Francisco (Committee I/2, May 1945)',
        view: 'Opposed an amendment prohibiting withdrawal and disputed that a silent Charter excludes lawful withdrawal: the possibility would be determined in each case in the light of the circumstances at the time. Uruguay, Brazil and Ecuador had sought an express prohibition.',
        article: 'UNCIO Committee I/2 debate on withdrawal',
        source: US_DELEGATION_1945,
      },
      {
        by: 'United Nations practice on Indonesia, 1965-1966',
        view: 'Indonesia announced its withdrawal in January 1965; the Secretary-General acknowledged the letter and Indonesia ceased to take part. When it resumed its seat in September 1966 it was not readmitted: its absence was treated as a cessation of co-operation, not a withdrawal, leaving open whether a withdrawal would have been valid.',
        article: 'Indonesia’s letter of 20 January 1965',
        source: INDONESIA_STUDY,
      },
      {
        by: 'Vienna Convention on the Law of Treaties',
        view: 'Where a right is implied, at least twelve months’ notice is required; the Charter predates the Convention (Art. 4), so the period applies only as customary law, and whether it applies to the Charter at all is contested.',
        article: 'VCLT Arts. 4, 56(2)',
        source: VCLT,
      },
    ],
    summary:
      'No withdrawal clause. The San Francisco Conference declared that a Member could not be compelled to stay in exceptional circumstances, so a right is arguably implied (VCLT Art. 56(1)(a)) on 12 months’ notice; contested, and the one attempt (Indonesia, 1965) was treated on its return as a cessation of co-operation.',
    effect: {
      kind: 'after-receipt',
      period: { months: 12 },
      counting: 'same-day',
      article: 'VCLT Art. 56(2)',
      source: VCLT,
    },
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'VCLT Art. 67(1)',
      source: VCLT,
    },
    membership: { kind: 'constituent', article: 'Art. 6', source: TEXT },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'A Member cannot suspend the Charter. The General Assembly, on the recommendation of the Security Council, may suspend a Member’s rights and privileges of membership (Art. 5), and a Member in arrears loses its vote in the General Assembly (Art. 19).',
    article: 'Arts. 5, 19',
    source: TEXT,
  },
  notes:
    'Chosen because users ask whether a State can leave the United Nations. Basis vclt-art-56 rather than none: the Conference’s own declaration is the clearest evidence of an intention to admit withdrawal of any treaty without a clause; the result carries the warning that the right is contested, and the 12 months are VCLT Art. 56(2)’s, not the Charter’s. Expulsion of a Member that has persistently violated the Principles is possible under Art. 6 (General Assembly on the Security Council’s recommendation) and has never been used. The depositary of ratifications is the US Government (Art. 110(2)); a notice of withdrawal would in practice go to the Secretary-General, as Indonesia’s did.',
} as const satisfies TreatyProfileInput;
