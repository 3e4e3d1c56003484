/**
 * The one table of general treaty law the generic modules cite: the provisions
 * of the Vienna Convention on the Law of Treaties (1969) that the machine,
 * the status answer and the notice rules rely on. Treaty-specific articles live
 * in the treaty profiles; a generic module cites the Convention only through
 * {@link vclt}, so every citation is checked against this table.
 */
import { VCLT } from '../treaties/profiles/sources.js';

/** The official text of the Convention (UN Office of Legal Affairs). */
export const VCLT_SOURCE = VCLT;

/** Each provision cited, with what it says (for a reader of this table). */
export const VCLT_PROVISIONS = {
  '2(1)(g)': 'a party is a state bound by a treaty in force for it',
  '24': 'entry into force',
  '26': 'pacta sunt servanda: a treaty in force binds its parties',
  '54(a)': 'withdrawal under the treaty’s own provisions',
  '54(b)': 'withdrawal at any time by consent of all the parties',
  '56': 'withdrawal from a treaty with no provision for it',
  '56(1)': 'a right of withdrawal implied by the parties’ intent or the treaty’s nature',
  '56(2)': 'twelve months’ notice of an implied withdrawal',
  '57': 'suspension under the treaty or by consent of the parties',
  '57(a)': 'suspension under the treaty’s own provision',
  '57(b)': 'suspension by consent of all the parties',
  '60': 'material breach',
  '61': 'supervening impossibility of performance',
  '62': 'fundamental change of circumstances',
  '65': 'procedure for a suspension or termination on a ground of the Convention',
  '65(1)': 'notification of the claim',
  '65(1)–(2)': 'notification, and three months for objections',
  '65(2)': 'three months for objections, shorter in special urgency',
  '65(2)–(3)': 'objections, and the means of settlement they open',
  '65(3)': 'settlement under UN Charter Art. 33 after an objection',
  '66': 'judicial settlement or conciliation after twelve months',
  '67': 'the instrument that carries the measure out',
  '67(2)': 'who signs the instrument',
  '68': 'revocation of notifications and instruments',
  '70': 'consequences of withdrawal',
  '72': 'consequences of suspension',
  '72(2)': 'no acts obstructing resumption during a suspension',
  '73': 'outbreak of hostilities left outside the Convention',
} as const;

/** A provision of the Convention this library cites, e.g. `'65(3)'`. */
export type VcltProvision = keyof typeof VCLT_PROVISIONS;

/** An article and the URL of its official text. */
export interface VcltCitation {
  readonly article: string;
  readonly source: string;
}

/** The citation text alone: `VCLT Art. 68`, or `VCLT Arts. 65(3), 66` for several provisions. */
export function vcltArticle(...provisions: readonly [VcltProvision, ...VcltProvision[]]): string {
  return `VCLT ${provisions.length === 1 ? 'Art.' : 'Arts.'} ${provisions.join(', ')}`;
}

/**
 * The citation of one or more provisions of the VCLT, with its source.
 *
 * @example
 * vclt('65(3)', '66')
 * //=> { article: 'VCLT Arts. 65(3), 66', source: 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf' }
 */
export function vclt(...provisions: readonly [VcltProvision, ...VcltProvision[]]): VcltCitation {
  return { article: vcltArticle(...provisions), source: VCLT_SOURCE };
}
