/** URLs shared by several profiles. */

/** Status page of a treaty in the UN Treaty Collection (the depositary's record). */
export function untc(mtdsgNo: string, chapter: number): string {
  return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${mtdsgNo}&chapter=${chapter}`;
}

/** Vienna Convention on the Law of Treaties (1969), official text (UN Office of Legal Affairs). */
export const VCLT = 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf';

/** UN Secretary-General, Summary of Practice as Depositary of Multilateral Treaties (ST/LEG/7/Rev.1). */
export const UN_DEPOSITARY_PRACTICE = 'https://treaties.un.org/doc/source/publications/practice/summary_english.pdf';
