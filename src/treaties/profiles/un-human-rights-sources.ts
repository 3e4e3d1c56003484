/** URLs shared by the profiles of the UN human rights treaties (OHCHR texts, treaty-body comments). */

/** The text of a UN human rights instrument on the OHCHR site, e.g. `convention-rights-child`. */
export function ohchr(slug: string): string {
  return `https://www.ohchr.org/en/instruments-mechanisms/instruments/${slug}`;
}

/**
 * UN Human Rights Committee, General Comment No. 26 (1997) on continuity of
 * obligations under the ICCPR (CCPR/C/21/Rev.1/Add.8/Rev.1), as published by
 * the UN Office at Geneva.
 */
export const GENERAL_COMMENT_26 = 'https://ls-cts.unog.ch/sites/default/files/2019-05/CCPR_GC_26_ENG-CHI_BT.htm';

/**
 * Elizabeth Evatt, "Democratic People's Republic of Korea and the ICCPR:
 * Denunciation as an Exercise of the Right of Self-Defence" (1999) 5(1)
 * Australian Journal of Human Rights 215: the DPRK's notification of August 1997,
 * the Secretary-General's aide-mémoire and General Comment No. 26.
 */
export const EVATT_1999 = 'https://www.austlii.edu.au/au/journals/AJHR/1999/8.html';
