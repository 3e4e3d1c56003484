import type { PartyTable } from '../schema.js';

const TEXT = 'https://treaties.un.org/doc/Publication/CTC/26-6.pdf';
const STATUS = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en';
const STATUS_XML = 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-6.en.xml';
const MONITOR_2022 =
  'https://archives2.the-monitor.org/en-gb/reports/2022/cluster-munition-monitor-2022/status-of-the-convention.aspx';
const ISU_112 = 'https://www.clusterconvention.org/congratulations-south-sudan-lets-celebrate-state-party-no-112/';

/**
 * The parties to the Convention on Cluster Munitions, chapter XXVI-6 of the UN
 * Treaty Collection: all 112 states that have joined, and Lithuania's withdrawal.
 *
 * Sources: deposit dates and instruments of the first 102 parties are the
 * Secretary-General's record in the MTDSG status file (XXVI-6.en.xml), read from
 * a copy current on 15 January 2018 (102 parties, 108 signatories). The ten
 * states that joined since, numbered 103 to 112 by the Implementation Support
 * Unit, the Cluster Munition Coalition and the Monitor as they joined, come from
 * the sources on their records; the Convention's 112 States Parties were still
 * 112 at the Cluster Munition Monitor 2024 launch (UNIDIR), and the ISU's page of
 * March 2025 names no new one. The status page lists deposit dates only: each
 * entry-into-force date applies Art. 17 to the deposit date (recomputed by the
 * tests) and agrees with every date stated independently that we found
 * (Lithuania 1 September 2011, and each of the ten later joiners).
 */
export const ccmParties = {
  treaty: 'ccm',
  source: STATUS,
  sourceCopy: STATUS_XML,
  asOf: '2025-03-19',
  complete: true,
  publishedTotal: { basis: 'deposited', count: 112, asOf: '2023-08-03', source: ISU_112 },
  treatyEntryIntoForce: {
    date: '2010-08-01',
    article: 'Art. 17(1)',
    text: 'This Convention shall enter into force on the first day of the sixth month after the month in which the thirtieth instrument of ratification, acceptance, approval or accession has been deposited.',
    source: TEXT,
  },
  rule: {
    kind: 'first-day-of-month-after-months',
    months: 6,
    article: 'Art. 17(2)',
    text: 'For any State that deposits its instrument of ratification, acceptance, approval or accession after the date of the deposit of the thirtieth instrument of ratification, acceptance, approval or accession, this Convention shall enter into force on the first day of the sixth month after the date on which that State has deposited its instrument of ratification, acceptance, approval or accession.',
    source: TEXT,
  },
  otherSources: [
    MONITOR_2022,
    ISU_112,
    'https://www.clusterconvention.org/nigeria-is-state-party-no-111/',
    'http://clusterconvention.org',
    'https://unognewsroom.org/teleprompter/en/2332/united-nations-institute-for-disarmament-research-unidir-press-conference-cluster-munitions-monitor-2024',
    'https://genevapm.dfa.gov.ph/philippine-mission-s-press-releases/1148-philippines-regrets-lithuanian-departure-from-cluster-munitions-treaty',
    'http://stopclustermunitions.org/en-gb/media/news/2011/lithuania-ratifies-treaty-banning-cluster-bom.aspx',
  ],
  note: 'The 102 parties of the UN status file of 15 January 2018, then the ten later joiners in the order they joined.',
  parties: [
    { code: 'AFG', instrument: 'ratification', deposited: '2011-09-08', entryIntoForce: '2012-03-01' },
    { code: 'ALB', instrument: 'ratification', deposited: '2009-06-16', entryIntoForce: '2010-08-01' },
    { code: 'AND', instrument: 'accession', deposited: '2013-04-09', entryIntoForce: '2013-10-01' },
    { code: 'ATG', instrument: 'ratification', deposited: '2010-08-23', entryIntoForce: '2011-02-01' },
    { code: 'AUS', instrument: 'ratification', deposited: '2012-10-08', entryIntoForce: '2013-04-01' },
    { code: 'AUT', instrument: 'ratification', deposited: '2009-04-02', entryIntoForce: '2010-08-01' },
    { code: 'BEL', instrument: 'ratification', deposited: '2009-12-22', entryIntoForce: '2010-08-01' },
    { code: 'BLZ', instrument: 'accession', deposited: '2014-09-02', entryIntoForce: '2015-03-01' },
    { code: 'BEN', instrument: 'ratification', deposited: '2017-07-10', entryIntoForce: '2018-01-01' },
    { code: 'BOL', instrument: 'ratification', deposited: '2013-04-30', entryIntoForce: '2013-10-01' },
    { code: 'BIH', instrument: 'ratification', deposited: '2010-09-07', entryIntoForce: '2011-03-01' },
    { code: 'BWA', instrument: 'ratification', deposited: '2011-06-27', entryIntoForce: '2011-12-01' },
    { code: 'BGR', instrument: 'ratification', deposited: '2011-04-06', entryIntoForce: '2011-10-01' },
    { code: 'BFA', instrument: 'ratification', deposited: '2010-02-16', entryIntoForce: '2010-08-01' },
    { code: 'BDI', instrument: 'ratification', deposited: '2009-09-25', entryIntoForce: '2010-08-01' },
    { code: 'CPV', instrument: 'ratification', deposited: '2010-10-19', entryIntoForce: '2011-04-01' },
    { code: 'CMR', instrument: 'ratification', deposited: '2012-07-12', entryIntoForce: '2013-01-01' },
    { code: 'CAN', instrument: 'ratification', deposited: '2015-03-16', entryIntoForce: '2015-09-01' },
    { code: 'TCD', instrument: 'ratification', deposited: '2013-03-26', entryIntoForce: '2013-09-01' },
    { code: 'CHL', instrument: 'ratification', deposited: '2010-12-16', entryIntoForce: '2011-06-01' },
    { code: 'COL', instrument: 'ratification', deposited: '2015-09-10', entryIntoForce: '2016-03-01' },
    { code: 'COM', instrument: 'ratification', deposited: '2010-07-28', entryIntoForce: '2011-01-01' },
    { code: 'COG', instrument: 'ratification', deposited: '2014-09-02', entryIntoForce: '2015-03-01' },
    { code: 'COK', instrument: 'ratification', deposited: '2011-08-23', entryIntoForce: '2012-02-01' },
    { code: 'CRI', instrument: 'ratification', deposited: '2011-04-28', entryIntoForce: '2011-10-01' },
    { code: 'CIV', instrument: 'ratification', deposited: '2012-03-12', entryIntoForce: '2012-09-01' },
    { code: 'HRV', instrument: 'ratification', deposited: '2009-08-17', entryIntoForce: '2010-08-01' },
    { code: 'CUB', instrument: 'accession', deposited: '2016-04-06', entryIntoForce: '2016-10-01' },
    { code: 'CZE', instrument: 'ratification', deposited: '2011-09-22', entryIntoForce: '2012-03-01' },
    { code: 'DNK', instrument: 'ratification', deposited: '2010-02-12', entryIntoForce: '2010-08-01' },
    { code: 'DOM', instrument: 'ratification', deposited: '2011-12-20', entryIntoForce: '2012-06-01' },
    { code: 'ECU', instrument: 'ratification', deposited: '2010-05-11', entryIntoForce: '2010-11-01' },
    { code: 'SLV', instrument: 'ratification', deposited: '2011-01-10', entryIntoForce: '2011-07-01' },
    { code: 'FJI', instrument: 'ratification', deposited: '2010-05-28', entryIntoForce: '2010-11-01' },
    { code: 'FRA', instrument: 'ratification', deposited: '2009-09-25', entryIntoForce: '2010-08-01' },
    { code: 'DEU', instrument: 'ratification', deposited: '2009-07-08', entryIntoForce: '2010-08-01' },
    { code: 'GHA', instrument: 'ratification', deposited: '2011-02-03', entryIntoForce: '2011-08-01' },
    { code: 'GRD', instrument: 'accession', deposited: '2011-06-29', entryIntoForce: '2011-12-01' },
    { code: 'GTM', instrument: 'ratification', deposited: '2010-11-03', entryIntoForce: '2011-05-01' },
    { code: 'GIN', instrument: 'ratification', deposited: '2014-10-21', entryIntoForce: '2015-04-01' },
    { code: 'GNB', instrument: 'ratification', deposited: '2010-11-29', entryIntoForce: '2011-05-01' },
    { code: 'GUY', instrument: 'accession', deposited: '2014-10-31', entryIntoForce: '2015-04-01' },
    { code: 'VAT', instrument: 'ratification', deposited: '2008-12-03', entryIntoForce: '2010-08-01' },
    { code: 'HND', instrument: 'ratification', deposited: '2012-03-21', entryIntoForce: '2012-09-01' },
    { code: 'HUN', instrument: 'ratification', deposited: '2012-07-03', entryIntoForce: '2013-01-01' },
    { code: 'ISL', instrument: 'ratification', deposited: '2015-08-31', entryIntoForce: '2016-02-01' },
    { code: 'IRQ', instrument: 'ratification', deposited: '2013-05-14', entryIntoForce: '2013-11-01' },
    { code: 'IRL', instrument: 'ratification', deposited: '2008-12-03', entryIntoForce: '2010-08-01' },
    { code: 'ITA', instrument: 'ratification', deposited: '2011-09-21', entryIntoForce: '2012-03-01' },
    { code: 'JPN', instrument: 'acceptance', deposited: '2009-07-14', entryIntoForce: '2010-08-01' },
    { code: 'LAO', instrument: 'ratification', deposited: '2009-03-18', entryIntoForce: '2010-08-01' },
    { code: 'LBN', instrument: 'ratification', deposited: '2010-11-05', entryIntoForce: '2011-05-01' },
    { code: 'LSO', instrument: 'ratification', deposited: '2010-05-28', entryIntoForce: '2010-11-01' },
    { code: 'LIE', instrument: 'ratification', deposited: '2013-03-04', entryIntoForce: '2013-09-01' },
    // Withdrawal notified to the depositary on 6 September 2024 (statement of the 12MSP President, ISU site);
    // effective six months later, on 6 March 2025 (13MSP Presidency statement; Lithuanian MoD).
    {
      code: 'LTU',
      instrument: 'ratification',
      deposited: '2011-03-24',
      entryIntoForce: '2011-09-01',
      withdrawal: { received: '2024-09-06', effective: '2025-03-06', source: 'http://clusterconvention.org' },
    },
    { code: 'LUX', instrument: 'ratification', deposited: '2009-07-10', entryIntoForce: '2010-08-01' },
    { code: 'MDG', instrument: 'ratification', deposited: '2017-05-20', entryIntoForce: '2017-11-01' },
    { code: 'MWI', instrument: 'ratification', deposited: '2009-10-07', entryIntoForce: '2010-08-01' },
    { code: 'MLI', instrument: 'ratification', deposited: '2010-06-30', entryIntoForce: '2010-12-01' },
    { code: 'MLT', instrument: 'ratification', deposited: '2009-09-24', entryIntoForce: '2010-08-01' },
    { code: 'MRT', instrument: 'ratification', deposited: '2012-02-01', entryIntoForce: '2012-08-01' },
    { code: 'MUS', instrument: 'accession', deposited: '2015-10-01', entryIntoForce: '2016-04-01' },
    { code: 'MEX', instrument: 'ratification', deposited: '2009-05-06', entryIntoForce: '2010-08-01' },
    { code: 'MCO', instrument: 'ratification', deposited: '2010-09-21', entryIntoForce: '2011-03-01' },
    { code: 'MNE', instrument: 'ratification', deposited: '2010-01-25', entryIntoForce: '2010-08-01' },
    { code: 'MOZ', instrument: 'ratification', deposited: '2011-03-14', entryIntoForce: '2011-09-01' },
    { code: 'NRU', instrument: 'ratification', deposited: '2013-02-04', entryIntoForce: '2013-08-01' },
    { code: 'NLD', instrument: 'acceptance', deposited: '2011-02-23', entryIntoForce: '2011-08-01' },
    { code: 'NZL', instrument: 'ratification', deposited: '2009-12-22', entryIntoForce: '2010-08-01' },
    { code: 'NIC', instrument: 'ratification', deposited: '2009-11-02', entryIntoForce: '2010-08-01' },
    { code: 'NER', instrument: 'ratification', deposited: '2009-06-02', entryIntoForce: '2010-08-01' },
    { code: 'NOR', instrument: 'ratification', deposited: '2008-12-03', entryIntoForce: '2010-08-01' },
    { code: 'PLW', instrument: 'ratification', deposited: '2016-04-19', entryIntoForce: '2016-10-01' },
    { code: 'PAN', instrument: 'ratification', deposited: '2010-11-29', entryIntoForce: '2011-05-01' },
    { code: 'PRY', instrument: 'ratification', deposited: '2015-03-12', entryIntoForce: '2015-09-01' },
    { code: 'PER', instrument: 'ratification', deposited: '2012-09-26', entryIntoForce: '2013-03-01' },
    { code: 'PRT', instrument: 'ratification', deposited: '2011-03-09', entryIntoForce: '2011-09-01' },
    { code: 'MDA', instrument: 'ratification', deposited: '2010-02-16', entryIntoForce: '2010-08-01' },
    { code: 'RWA', instrument: 'ratification', deposited: '2015-08-25', entryIntoForce: '2016-02-01' },
    { code: 'WSM', instrument: 'ratification', deposited: '2010-04-28', entryIntoForce: '2010-10-01' },
    { code: 'SMR', instrument: 'ratification', deposited: '2009-07-10', entryIntoForce: '2010-08-01' },
    { code: 'SEN', instrument: 'ratification', deposited: '2011-08-03', entryIntoForce: '2012-02-01' },
    { code: 'SYC', instrument: 'ratification', deposited: '2010-05-20', entryIntoForce: '2010-11-01' },
    { code: 'SLE', instrument: 'ratification', deposited: '2008-12-03', entryIntoForce: '2010-08-01' },
    { code: 'SVK', instrument: 'accession', deposited: '2015-07-24', entryIntoForce: '2016-01-01' },
    { code: 'SVN', instrument: 'ratification', deposited: '2009-08-19', entryIntoForce: '2010-08-01' },
    { code: 'SOM', instrument: 'ratification', deposited: '2015-09-30', entryIntoForce: '2016-03-01' },
    { code: 'ZAF', instrument: 'ratification', deposited: '2015-05-28', entryIntoForce: '2015-11-01' },
    { code: 'ESP', instrument: 'ratification', deposited: '2009-06-17', entryIntoForce: '2010-08-01' },
    { code: 'KNA', instrument: 'accession', deposited: '2013-09-13', entryIntoForce: '2014-03-01' },
    { code: 'VCT', instrument: 'ratification', deposited: '2010-10-29', entryIntoForce: '2011-04-01' },
    { code: 'PSE', instrument: 'accession', deposited: '2015-01-02', entryIntoForce: '2015-07-01' },
    { code: 'SWZ', instrument: 'accession', deposited: '2011-09-13', entryIntoForce: '2012-03-01' },
    { code: 'SWE', instrument: 'ratification', deposited: '2012-04-23', entryIntoForce: '2012-10-01' },
    { code: 'CHE', instrument: 'ratification', deposited: '2012-07-17', entryIntoForce: '2013-01-01' },
    { code: 'MKD', instrument: 'ratification', deposited: '2009-10-08', entryIntoForce: '2010-08-01' },
    { code: 'TGO', instrument: 'ratification', deposited: '2012-06-22', entryIntoForce: '2012-12-01' },
    { code: 'TTO', instrument: 'accession', deposited: '2011-09-21', entryIntoForce: '2012-03-01' },
    { code: 'TUN', instrument: 'ratification', deposited: '2010-09-28', entryIntoForce: '2011-03-01' },
    { code: 'GBR', instrument: 'ratification', deposited: '2010-05-04', entryIntoForce: '2010-11-01' },
    { code: 'URY', instrument: 'ratification', deposited: '2009-09-24', entryIntoForce: '2010-08-01' },
    { code: 'ZMB', instrument: 'ratification', deposited: '2009-08-12', entryIntoForce: '2010-08-01' },
    // Joined after the 2018 copy of the status file, numbered 103 to 112 as they joined.
    // 103: accession deposited 1 March 2018, in force 1 September 2018 (Sri Lanka's UN mission via Ada Derana; the Monitor).
    {
      code: 'LKA',
      instrument: 'accession',
      deposited: '2018-03-01',
      entryIntoForce: '2018-09-01',
      source: 'http://www.adaderana.lk/news/46216/sri-lanka-accedes-to-the-convention-on-cluster-munitions',
    },
    // 104: ratification deposited 31 August 2018, in force 1 February 2019 (the Monitor; ISU: "two days before the 8MSP").
    {
      code: 'NAM',
      instrument: 'ratification',
      deposited: '2018-08-31',
      entryIntoForce: '2019-02-01',
      source: 'http://www.the-monitor.org/en-gb/reports/2020/namibia/cluster-munition-ban-policy.aspx',
    },
    // 105: Cluster Munition Monitor 2022 ("Gambia 3 Dec 08; 11 Dec 18").
    { code: 'GMB', instrument: 'ratification', deposited: '2018-12-11', entryIntoForce: '2019-06-01', source: MONITOR_2022 },
    // 106: ratification deposited 3 January 2019, in force 1 July 2019 (the Monitor; Philippine DFA; the ISU).
    {
      code: 'PHL',
      instrument: 'ratification',
      deposited: '2019-01-03',
      entryIntoForce: '2019-07-01',
      source: 'http://www.the-monitor.org/en-gb/reports/2019/philippines/cluster-munition-ban-policy.aspx',
    },
    // 107: accession deposited 27 September 2019, in force 1 March 2020 (the Monitor). Maldives Independent (29 September)
    // says the instruments were handed over "on Sunday", i.e. 29 September: the Monitor's 27th chosen, as the Monitor
    // follows the depositary's record; Art. 17(2) gives 1 March 2020 for either date.
    {
      code: 'MDV',
      instrument: 'accession',
      deposited: '2019-09-27',
      entryIntoForce: '2020-03-01',
      source: 'http://www.the-monitor.org/en-gb/reports/2020/maldives/view-all.aspx',
    },
    // 108: ratification of 27 January 2020, in force 1 July 2020 (the Monitor).
    {
      code: 'STP',
      instrument: 'ratification',
      deposited: '2020-01-27',
      entryIntoForce: '2020-07-01',
      source:
        'https://archives2.the-monitor.org/en-gb/reports/2022/s%C3%A3o-tom%C3%A9-and-principe/cluster-munition-ban-policy.aspx',
    },
    // 109: accession deposited 6 August 2020, in force 1 February 2021 (the ISU; the Monitor).
    {
      code: 'NIU',
      instrument: 'accession',
      deposited: '2020-08-06',
      entryIntoForce: '2021-02-01',
      source: 'https://archives2.the-monitor.org/en-gb/reports/2022/niue/view-all.aspx',
    },
    // 110: accession deposited 15 September 2020, in force 1 March 2021 (the ISU; the CMC; the Monitor).
    {
      code: 'LCA',
      instrument: 'accession',
      deposited: '2020-09-15',
      entryIntoForce: '2021-03-01',
      source: 'https://archives2.the-monitor.org/en-gb/reports/2022/saint-lucia/view-all.aspx',
    },
    // 111: ratification of 28 February 2023, in force 1 August 2023 (the ISU; the Monitor).
    {
      code: 'NGA',
      instrument: 'ratification',
      deposited: '2023-02-28',
      entryIntoForce: '2023-08-01',
      source: 'https://www.clusterconvention.org/nigeria-is-state-party-no-111/',
    },
    // 112: accession of 3 August 2023, in force 1 February 2024 (the ISU).
    { code: 'SSD', instrument: 'accession', deposited: '2023-08-03', entryIntoForce: '2024-02-01', source: ISU_112 },
  ],
} as const satisfies PartyTable;
