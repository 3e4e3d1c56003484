import type { TreatyProfileInput } from '../schema.js';
import { UN_DEPOSITARY_PRACTICE, untc, VCLT } from './sources.js';
import { EVATT_1999, GENERAL_COMMENT_26, ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('international-covenant-civil-and-political-rights');

/** International Covenant on Civil and Political Rights (1966): no withdrawal clause. */
export const iccpr = {
  id: 'iccpr',
  version: 1,
  name: 'International Covenant on Civil and Political Rights',
  shortName: 'ICCPR',
  adopted: '1966-12-16',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1976-03-23', article: 'Art. 49(1)', source: untc('IV-4', 4) },
  text: TEXT,
  withdrawal: {
    basis: 'none',
    positions: [
      {
        by: 'UN Human Rights Committee, General Comment No. 26 (1997)',
        view: 'The Covenant does not admit denunciation or withdrawal: its drafters deliberately left out a clause (Art. 41(2) lets a State withdraw only its acceptance of inter-State communications, and the Optional Protocol adopted with it does have one), and as a codification of universal human rights it is not the kind of treaty that implies a right of denunciation (VCLT Art. 56(1)).',
        article: 'General Comment No. 26, paras. 1-3',
        source: GENERAL_COMMENT_26,
      },
      {
        by: 'UN Secretary-General as depositary, aide-mémoire to the DPRK (1997)',
        view: 'As the Covenant contains no withdrawal provision, withdrawal would not appear possible unless all States Parties agree to it.',
        article: 'VCLT Art. 54(b)',
        source: untc('IV-4', 4),
      },
      {
        by: 'Democratic People’s Republic of Korea, notification of August 1997',
        view: 'Claimed a right to withdraw from the Covenant in reply to a UN Sub-Commission resolution; the notification was circulated but not given effect.',
        article: 'VCLT Art. 56(1)',
        source: EVATT_1999,
      },
    ],
    summary:
      'No withdrawal clause and, in the view of the Human Rights Committee and the depositary, no implied right: a State can leave only with the consent of all parties (VCLT Art. 54(b)).',
    instrument: {
      notify: ['the UN Secretary-General'],
      reasons: 'not-required',
      article: 'VCLT Art. 54(b), 67(1)',
      source: VCLT,
    },
    consequences: [],
  },
  suspension: {
    provided: false,
    note: 'The Covenant does not provide for suspending it; Art. 4 permits derogation from some obligations in a public emergency that threatens the life of the nation, notified through the Secretary-General, never from Arts. 6, 7, 8(1)-(2), 11, 15, 16 and 18.',
    article: 'Art. 4',
    source: TEXT,
  },
  notes:
    'The only attempt to withdraw is the DPRK’s notification of August 1997 (reported as dated 23 August 1997; the depositary note was not read verbatim for this profile). The DPRK later submitted its second periodic report (CCPR/C/PRK/2000/2), considered by the Committee in July 2001, as a State party. The depositary’s general practice is in its Summary of Practice: ' +
    UN_DEPOSITARY_PRACTICE,
} as const satisfies TreatyProfileInput;
