/**
 * ISO 3166-1 alpha-3 → alpha-2 codes of the 193 UN member states and of the Cook
 * Islands, the Holy See, Niue and the State of Palestine: every state that can
 * become a party to a treaty open to "all States". Alpha-2 is what
 * `Intl.DisplayNames` takes; a test checks that it names every one in English.
 */

// Written compactly because the message table (and so the machine's bundle)
// carries it to name a party `Lithuania (LTU)`: each state is its alpha-3 code,
// followed by its alpha-2 code where that is not the alpha-3's first two letters
// (`AFG` is AF, `AGOAO` is AO). About 0.4 KiB less gzipped than an object literal.
const CODES =
  'AFG AGOAO ALB ANDAD AREAE ARG ARMAM ATGAG AUS AUTAT AZE BDIBI BEL BENBJ BFA BGDBD BGR BHR BHSBS ' +
  'BIHBA BLRBY BLZBZ BOL BRA BRBBB BRNBN BTN BWA CAFCF CAN CHE CHLCL CHNCN CIV CMR CODCD COGCG COKCK ' +
  'COL COMKM CPVCV CRI CUB CYP CZE DEU DJI DMA DNKDK DOM DZA ECU EGY ERI ESP ESTEE ETH FIN FJI FRA ' +
  'FSMFM GAB GBR GEO GHA GINGN GMB GNBGW GNQGQ GRC GRDGD GTM GUYGY HND HRV HTI HUN IDN IND IRLIE IRN ' +
  'IRQIQ ISL ISRIL ITA JAMJM JOR JPN KAZKZ KEN KGZ KHM KIR KNA KORKR KWT LAO LBN LBRLR LBYLY LCA LIE ' +
  'LKA LSO LTU LUX LVA MAR MCO MDA MDGMG MDVMV MEXMX MHL MKD MLI MLTMT MMR MNEME MNG MOZMZ MRT MUS MWI ' +
  'MYS NAM NER NGA NIC NIUNU NLD NOR NPL NRU NZL OMN PAKPK PAN PER PHL PLWPW PNGPG POLPL PRKKP PRTPT ' +
  'PRYPY PSE QAT ROU RUS RWA SAU SDN SENSN SGP SLBSB SLE SLVSV SMR SOM SRBRS SSD STP SURSR SVKSK SVNSI ' +
  'SWESE SWZSZ SYCSC SYR TCDTD TGO THA TJK TKMTM TLS TON TTO TUNTN TURTR TUVTV TZA UGA UKRUA URYUY USA ' +
  'UZB VAT VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE';

export const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = Object.fromEntries(
  CODES.split(' ').map((entry) => [entry.slice(0, 3), entry.slice(3) || entry.slice(0, 2)]),
);
