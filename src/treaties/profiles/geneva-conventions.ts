import type { TreatyProfileInput } from '../schema.js';
import { VCLT } from './sources.js';

const GC = 'https://ihl-databases.icrc.org/en/ihl-treaties';
const GC1_ART_63 = `${GC}/gci-1949/article-63`;
const GC1_ART_58 = `${GC}/gci-1949/article-58`;

/** The four Geneva Conventions of 12 August 1949 (common Arts. 63/62/142/158). */
export const genevaConventions = {
  id: 'geneva-conventions',
  version: 1,
  name: 'Geneva Conventions of 12 August 1949 (I: wounded and sick in the field; II: wounded, sick and shipwrecked at sea; III: prisoners of war; IV: civilians)',
  shortName: 'Geneva Conventions',
  adopted: '1949-08-12',
  depositary: 'Swiss Federal Council',
  status: 'in-force',
  entryIntoForce: { date: '1950-10-21', article: 'Art. 58 (GC I), 57 (GC II), 138 (GC III), 153 (GC IV)', source: GC1_ART_58 },
  text: `${GC}/gci-1949`,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Written notification to the Swiss Federal Council; effect 1 year after notification. Notified while the denouncing Power is involved in a conflict, it takes effect only once peace has been concluded and the release and repatriation of the protected persons are completed. Each Convention is denounced separately, in the same terms.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'GC I Art. 63(3); GC II Art. 62(3); GC III Art. 142(3); GC IV Art. 158(3)',
      source: GC1_ART_63,
    },
    armedConflictDeferral: {
      until: 'peace-and-repatriation',
      article: 'GC I Art. 63(3); GC II Art. 62(3); GC III Art. 142(3); GC IV Art. 158(3)',
      source: GC1_ART_63,
    },
    instrument: {
      notify: ['the Swiss Federal Council (which informs all High Contracting Parties)'],
      reasons: 'not-required',
      article: 'GC I Art. 63(2); GC II Art. 62(2); GC III Art. 142(2); GC IV Art. 158(2)',
      source: GC1_ART_63,
    },
    consequences: [
      {
        text: 'The denunciation has effect only for the denouncing Power, and does not impair the obligations the parties to a conflict remain bound by under the principles of the law of nations, as they result from the usages of civilized peoples, the laws of humanity and the dictates of the public conscience (the Martens clause).',
        article: 'GC I Art. 63(4); GC II Art. 62(4); GC III Art. 142(4); GC IV Art. 158(4)',
        source: GC1_ART_63,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Conventions are made to apply in armed conflict and may not be suspended on that ground; the parties undertake to respect and ensure respect for them in all circumstances (common Art. 1), and VCLT Art. 60(5) excludes suspension for breach of provisions protecting the human person in treaties of a humanitarian character.',
    article: 'Common Art. 1; VCLT Art. 60(5)',
    source: VCLT,
  },
  notes:
    'One profile for the four Conventions: their denunciation clauses are word for word the same (GC IV adds re-establishment to release and repatriation). By its letter the deferral covers a notification made while the Power is involved in a conflict; the ICRC Commentary (Pictet) reads it as also covering a conflict that breaks out within the year, which is how the library applies it (armedConflict.started before the year ends). No State has ever denounced any of the Conventions (ICRC Commentary; none found since).',
} as const satisfies TreatyProfileInput;
