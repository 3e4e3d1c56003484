import type { PartyTable } from '../schema.js';

const TEXT = 'https://legal.un.org/icc/statute/english/rome_statute(e).pdf';
const STATUS = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en';
/** A copy of Wikipedia's "States parties to the Rome Statute" (125 parties, as of June 2025). */
const WIKIPEDIA = 'https://www.dl1.en-us.nina.az/States_parties_to_the_Rome_Statute_of_the_International_Criminal_Court.html';
const PACLII = 'http://www.paclii.org/pits/en/status_pages/1998-5.html';
const COALITION_UKRAINE = 'https://coalitionfortheicc.org/ukraine-becomes-125th-ICC-state-party';

/**
 * The parties to the Rome Statute of the International Criminal Court, chapter
 * XVIII-10 of the UN Treaty Collection: INCOMPLETE.
 *
 * The depositary's full participant list could not be read here (no copy of the
 * status page with its participant table was reachable), so this table holds
 * only the states whose deposit date was found in a citable source: the first
 * rows of a copy of Wikipedia's list (which cites the UN status page), the
 * Pacific Islands treaty status page (PacLII), and the sources named on single
 * records for the withdrawals and the latest ratifications. 125 states were
 * parties on 1 January 2025 (the ICC and the Coalition for the ICC on Ukraine,
 * the 125th); 107 of them are missing here, so the table is marked incomplete
 * and a code not in it is "not in the data", never "not a party".
 * Entry-into-force dates come from the same copy of Wikipedia where it gives
 * them; for the PacLII rows and Hungary, Burundi and the Philippines they apply
 * Art. 126 to the deposit date (the tests recompute every one).
 */
export const romeStatuteParties = {
  treaty: 'rome-statute',
  source: STATUS,
  asOf: '2025-06-30',
  complete: false,
  publishedTotal: { basis: 'in-force', count: 125, asOf: '2025-01-01', source: COALITION_UKRAINE },
  treatyEntryIntoForce: {
    date: '2002-07-01',
    article: 'Art. 126(1)',
    text: 'This Statute shall enter into force on the first day of the month after the 60th day following the date of the deposit of the 60th instrument of ratification, acceptance, approval or accession with the Secretary-General of the United Nations.',
    source: TEXT,
  },
  rule: {
    kind: 'first-day-of-month-after-days',
    days: 60,
    article: 'Art. 126(2)',
    text: 'For each State ratifying, accepting, approving or acceding to this Statute after the deposit of the 60th instrument of ratification, acceptance, approval or accession, the Statute shall enter into force on the first day of the month after the 60th day following the deposit by such State of its instrument of ratification, acceptance, approval or accession.',
    source: TEXT,
  },
  otherSources: [
    WIKIPEDIA,
    PACLII,
    COALITION_UKRAINE,
    'https://coalitionfortheicc.org/news/hungary-withdraws-icc-rome-statute',
    'https://gelleresbaranyos.hu/hu/hirek/facts-about-icc-and-hungary',
    'https://www.icc-cpi.int/news/icc-statement-philippines-notice-withdrawal-state-participation-rome-statute-system-essential',
    'http://iimageneva.org/le-filippine-diventeranno-il-117-stato/',
    'https://pcjc.blogs.pace.edu/tag/admissibility',
    'http://www.kassfm.co.ke/home/2017/10/27/burundi-is-officially-not-a-member-of-the-international-criminal-court-icc/',
  ],
  note: 'Missing (no citable deposit date found): 107 of the 125 parties of 1 January 2025, from Benin onwards alphabetically apart from the rows below.',
  parties: [
    { code: 'AFG', instrument: 'accession', deposited: '2003-02-10', entryIntoForce: '2003-05-01', source: WIKIPEDIA },
    { code: 'ALB', instrument: 'ratification', deposited: '2003-01-31', entryIntoForce: '2003-05-01', source: WIKIPEDIA },
    { code: 'AND', instrument: 'ratification', deposited: '2001-04-30', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    { code: 'ATG', instrument: 'ratification', deposited: '2001-06-18', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    { code: 'ARG', instrument: 'ratification', deposited: '2001-02-08', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    { code: 'ARM', instrument: 'ratification', deposited: '2023-11-14', entryIntoForce: '2024-02-01', source: WIKIPEDIA },
    { code: 'AUS', instrument: 'ratification', deposited: '2002-07-01', entryIntoForce: '2002-09-01', source: WIKIPEDIA },
    { code: 'AUT', instrument: 'ratification', deposited: '2000-12-28', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    { code: 'BGD', instrument: 'ratification', deposited: '2010-03-23', entryIntoForce: '2010-06-01', source: WIKIPEDIA },
    { code: 'BRB', instrument: 'ratification', deposited: '2002-12-10', entryIntoForce: '2003-03-01', source: WIKIPEDIA },
    { code: 'BEL', instrument: 'ratification', deposited: '2000-06-28', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    { code: 'BLZ', instrument: 'ratification', deposited: '2000-04-05', entryIntoForce: '2002-07-01', source: WIKIPEDIA },
    // PacLII status report (last updated 7 April 2006): deposit dates only.
    { code: 'FJI', instrument: 'ratification', deposited: '1999-11-29', entryIntoForce: '2002-07-01', source: PACLII },
    { code: 'MHL', instrument: 'ratification', deposited: '2000-12-07', entryIntoForce: '2002-07-01', source: PACLII },
    { code: 'NRU', instrument: 'ratification', deposited: '2001-11-12', entryIntoForce: '2002-07-01', source: PACLII },
    { code: 'WSM', instrument: 'ratification', deposited: '2002-09-16', entryIntoForce: '2002-12-01', source: PACLII },
    // Deposited 30 November 2001 (Gellér-Baranyos, citing Parliamentary Resolution 72/2001); withdrawal notified
    // 2 June 2025, effective 2 June 2026 under Art. 127(1) (Coalition for the ICC; ICC Assembly President).
    {
      code: 'HUN',
      instrument: 'ratification',
      deposited: '2001-11-30',
      entryIntoForce: '2002-07-01',
      source: 'https://gelleresbaranyos.hu/hu/hirek/facts-about-icc-and-hungary',
      withdrawal: { received: '2025-06-02', effective: '2026-06-02', source: 'https://coalitionfortheicc.org/news/hungary-withdraws-icc-rome-statute' },
    },
    // Deposited 30 August 2011, in force 1 November 2011 (IIMA Geneva, NPWJ). NPWJ calls the instrument one of
    // accession; the ICC and IIMA of ratification (the Philippines had signed in 2000): ratification chosen.
    // Withdrawal deposited 17 March 2018 (ICC press release of 20 March 2018); one year later under Art. 127(1)
    // is 17 March 2019. Vera Files gives 19 March 2019, likely the day the ICC was told (19 March 2018) plus a year:
    // 17 March chosen, as the Statute counts from receipt by the Secretary-General.
    {
      code: 'PHL',
      instrument: 'ratification',
      deposited: '2011-08-30',
      entryIntoForce: '2011-11-01',
      source: 'http://iimageneva.org/le-filippine-diventeranno-il-117-stato/',
      withdrawal: {
        received: '2018-03-17',
        effective: '2019-03-17',
        source: 'https://www.icc-cpi.int/news/icc-statement-philippines-notice-withdrawal-state-participation-rome-statute-system-essential',
      },
    },
    // Deposited 24 September 2004 per Pace University's PCJC blog (not checked against the UN record); withdrawal
    // notified 27 October 2016, effective 27 October 2017 (Kass FM, Trumpet News; the first state to leave).
    {
      code: 'BDI',
      instrument: 'ratification',
      deposited: '2004-09-24',
      entryIntoForce: '2004-12-01',
      source: 'https://pcjc.blogs.pace.edu/tag/admissibility',
      withdrawal: { received: '2016-10-27', effective: '2017-10-27', source: 'http://www.kassfm.co.ke/home/2017/10/27/burundi-is-officially-not-a-member-of-the-international-criminal-court-icc/' },
    },
    // Deposited 25 October 2024, in force 1 January 2025: the 125th State Party (Coalition for the ICC, Interfax-Ukraine).
    { code: 'UKR', instrument: 'ratification', deposited: '2024-10-25', entryIntoForce: '2025-01-01', source: COALITION_UKRAINE },
  ],
} as const satisfies PartyTable;
