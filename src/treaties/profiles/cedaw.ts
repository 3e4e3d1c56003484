import type { TreatyProfileInput } from '../schema.js';
import { untc, VCLT } from './sources.js';
import { GENERAL_COMMENT_26, ohchr } from './un-human-rights-sources.js';

const TEXT = ohchr('convention-elimination-all-forms-discrimination-against-women');
const STATUS = untc('IV-8', 4);

/** Convention on the Elimination of All Forms of Discrimination against Women (1979): no withdrawal clause. */
export const cedaw = {
  id: 'cedaw',
  version: 1,
  name: 'Convention on the Elimination of All Forms of Discrimination against Women',
  shortName: 'CEDAW',
  adopted: '1979-12-18',
  depositary: 'UN Secretary-General',
  status: 'in-force',
  entryIntoForce: { date: '1981-09-03', article: 'Art. 27(1)', source: STATUS },
  text: TEXT,
  withdrawal: {
    basis: 'none',
    positions: [
      {
        by: 'UN Human Rights Committee, General Comment No. 26 (1997), on the ICCPR (by analogy)',
        view: 'A human rights treaty drafted without a denunciation clause, when earlier comparable treaties had one (CERD Art. 21), shows that the drafters meant to exclude denunciation; such treaties are not of a kind that implies a right to leave. The CEDAW Committee has issued no comment on withdrawal.',
        article: 'General Comment No. 26, paras. 1-3',
        source: GENERAL_COMMENT_26,
      },
      {
        by: 'UN Secretary-General as depositary (aide-mémoire on the ICCPR, 1997)',
        view: 'Where a treaty has no withdrawal provision, withdrawal would not appear possible unless all parties agree.',
        article: 'VCLT Art. 54(b)',
        source: untc('IV-4', 4),
      },
      {
        by: 'Laurence R. Helfer, “Taking Stock of Three Generations of Research on Treaty Exit” (2019) 52 Israel Law Review',
        view: 'VCLT Art. 56(1) creates a presumption against denunciation or withdrawal from a treaty without a clause, which may be overcome by showing that the parties intended to admit it or that the nature of the treaty implies it; on that test a State could still argue a right, and no body has ruled on CEDAW.',
        article: 'VCLT Art. 56(1)',
        source:
          'https://core-cms.prod.aop.cambridge.org/core/journals/israel-law-review/article/taking-stock-of-three-generations-of-research-on-treaty-exit/9F9FCE947AC68AEFA1825FE8840DCF95',
      },
    ],
    summary:
      'No withdrawal clause. Unsettled, but on the reasoning of General Comment No. 26 and the depositary’s practice there is no implied right: leaving needs the consent of all parties (VCLT Art. 54(b)).',
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
    note: 'The Convention does not provide for suspending its operation and has no derogation clause; reservations incompatible with its object and purpose are not permitted (Art. 28(2)).',
    article: 'Art. 28(2)',
    source: TEXT,
  },
  notes:
    'Basis chosen: none, for the reasons of General Comment No. 26 applied by analogy and the depositary’s practice; no State has notified withdrawal from CEDAW. Contested: a State may invoke VCLT Art. 56(1).',
} as const satisfies TreatyProfileInput;
