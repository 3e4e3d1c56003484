/**
 * Inline treaty profiles for the clause forms of #16, built as a user would
 * write a custom profile. Articles and dates follow the real clauses they are
 * named after; the shipped profiles of those treaties are written elsewhere.
 */
import { defineTreaty, type TreatyProfile, type TreatyProfileInput } from '../src/index.js';

export const SOURCE = 'https://example.org/treaty-text';

type Withdrawal = TreatyProfileInput['withdrawal'];

/** A profile in force since `entryIntoForce` (1950-01-01 unless given), with the withdrawal fields given. */
export function clauseProfile(withdrawal: Partial<Withdrawal>, top: Partial<TreatyProfileInput> = {}): TreatyProfile {
  return defineTreaty({
    id: 'custom',
    version: 1,
    name: 'Custom Convention',
    shortName: 'Custom Convention',
    depositary: 'Secretary General',
    status: 'in-force',
    entryIntoForce: { date: '1950-01-01', article: 'Art. 1', source: SOURCE },
    text: SOURCE,
    withdrawal: {
      basis: 'treaty-clause',
      summary: 'custom clause',
      effect: { kind: 'after-receipt', period: { months: 6 }, counting: 'same-day', article: 'Art. 2', source: SOURCE },
      instrument: { notify: ['the depositary'], reasons: 'not-required', article: 'Art. 3', source: SOURCE },
      consequences: [],
      ...withdrawal,
    },
    suspension: { provided: false, note: 'No suspension clause.', article: 'Art. 4', source: SOURCE },
    ...top,
  });
}

/** A Council of Europe final clause: "the first day of the month following the expiration of a period of N months after the date of receipt". */
export function coeProfile(
  months: number,
  rounding: 'first-of-next-month' | 'first-of-next-year' = 'first-of-next-month',
): TreatyProfile {
  return clauseProfile({
    effect: { kind: 'after-receipt', period: { months }, counting: 'same-day', rounding, article: 'Art. 80', source: SOURCE },
  });
}

/** ILO C158 Art. 17: in force 23 Nov 1985; notice within the year after each ten-year period; effect one year after registration. */
export const c158 = clauseProfile(
  {
    effect: { kind: 'after-receipt', period: { years: 1 }, counting: 'same-day', article: 'Art. 17(1)', source: SOURCE },
    noticeWindows: { every: { years: 10 }, length: { years: 1 }, article: 'Art. 17', source: SOURCE },
  },
  { depositary: 'Director-General of the ILO', entryIntoForce: { date: '1985-11-23', article: 'Art. 16(2)', source: SOURCE } },
);

/** Genocide Convention Art. XIV: in force 12 Jan 1951; ten years, then five-year terms; notice at least six months before a term ends. */
export const genocide = clauseProfile(
  {
    effect: {
      kind: 'end-of-term',
      firstTerm: { years: 10 },
      renewalTerm: { years: 5 },
      noticeBefore: { months: 6 },
      article: 'Art. XIV',
      source: SOURCE,
    },
  },
  { shortName: 'Genocide Convention', entryIntoForce: { date: '1951-01-12', article: 'Art. XIII', source: SOURCE } },
);

/** A clause shaped like the Energy Charter Treaty's Art. 47: one year "upon the expiry" (one day more), twenty years' survival. */
export const sunset = clauseProfile({
  effect: { kind: 'after-receipt', period: { years: 1 }, counting: 'next-day', article: 'Art. 47(2)', source: SOURCE },
  survival: [
    { period: { years: 20 }, scope: 'investments made before the withdrawal took effect', article: 'Art. 47(3)', source: SOURCE },
  ],
});
