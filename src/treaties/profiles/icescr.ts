import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';
import { GENERAL_COMMENT_26, ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('international-covenant-economic-social-and-cultural-rights');
const STATUS = untc('IV-3', 4);

/** International Covenant on Economic, Social and Cultural Rights (1966): no withdrawal clause. */
export const icescr = {
  id: 'icescr',
  version: 1,
  name: 'International Covenant on Economic, Social and Cultural Rights',
  shortName: 'ICESCR',
  adopted: '1966-12-16',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1976-01-03', article: 'Art. 27(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'none',
    positions: [
      {
        by: 'UN Human Rights Committee, General Comment No. 26 (1997), on the ICCPR',
        view: 'Reasons that the ICCPR, prepared and adopted together with the ICESCR, codifies the universal rights of the Universal Declaration and so lacks the temporary character of treaties that imply a right of denunciation. The reasoning applies in terms to its twin, but the Committee on Economic, Social and Cultural Rights has adopted no comment of its own on the point.',
        article: 'General Comment No. 26, para. 3',
        source: GENERAL_COMMENT_26,
      },
      {
        by: 'UN Secretary-General as depositary (aide-mémoire on the ICCPR, 1997)',
        view: 'Where a treaty has no withdrawal provision, withdrawal would not appear possible unless all parties agree; the depositary has taken no different position on the ICESCR, which no State has tried to leave.',
        article: 'VCLT Art. 54(b)',
        source: untc('IV-4', 4),
      },
      {
        by: 'Laurence R. Helfer, “Taking Stock of Three Generations of Research on Treaty Exit” (2019) 52 Israel Law Review',
        view: 'VCLT Art. 56(1) creates a presumption against denunciation or withdrawal from a treaty without a clause, which may be overcome by showing that the parties intended to admit it or that the nature of the treaty implies it; on that test a State could still argue a right, and no court or treaty body has applied this test to the ICESCR.',
        article: 'VCLT Art. 56(1)',
        source:
          'https://core-cms.prod.aop.cambridge.org/core/journals/israel-law-review/article/taking-stock-of-three-generations-of-research-on-treaty-exit/9F9FCE947AC68AEFA1825FE8840DCF95',
      },
    ],
    summary:
      'No withdrawal clause. Unsettled, but the better view (the reasoning of General Comment No. 26 and the depositary’s practice) is that there is no implied right: leaving needs the consent of all parties (VCLT Art. 54(b)).',
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
    note: 'The Covenant neither provides for suspending it nor has a derogation clause; Art. 4 allows only limitations determined by law, compatible with the nature of the rights and solely to promote the general welfare.',
    article: 'Art. 4',
    source: TEXT,
  },
  notes:
    'Basis chosen: none, because the structural argument of General Comment No. 26 (deliberate omission next to CERD’s clause; codification of the Universal Declaration) applies to the ICESCR as much as to the ICCPR, and the depositary’s stated practice for treaties without a clause is consent of all parties. The point is unsettled: no State has tried to leave the ICESCR and no body has ruled on it.',
} as const satisfies TreatyProfileInput;
