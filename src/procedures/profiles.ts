import type { ProcedureProfileInput } from './schema.js';

const VCLT = 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf';
const SOUTH_AFRICA_2017 = 'https://www.saflii.org/za/cases/ZAGPPHC/2017/53.html';
const UKRAINE_CONSTITUTION = 'https://zakon.rada.gov.ua/laws/show/254%D0%BA/96-%D0%B2%D1%80';
const UKRAINE_TREATIES_LAW = 'https://zakon.rada.gov.ua/laws/show/1906-15';
const POLAND_CONSTITUTION = 'https://www.sejm.gov.pl/prawo/konst/angielski/kon1.htm';

/** No domestic step is modelled: the instrument may be deposited at once. */
export const none = {
  id: 'none',
  version: 1,
  name: 'No domestic step',
  summary:
    'No domestic step is required before deposit. International law still requires the instrument to be signed by the head of state, head of government or foreign minister, or by a representative with full powers.',
  steps: [],
  ordered: false,
  resubmission: false,
  article: 'VCLT Art. 67(2)',
  source: VCLT,
} as const satisfies ProcedureProfileInput;

/** The executive decides alone, as the United States does. */
export const executive = {
  id: 'executive',
  version: 1,
  name: 'Executive decision',
  summary:
    'A decision of the executive (presidential decree, executive order or cabinet decision) is enough; the legislature has no say. The executive signs the instrument (VCLT Art. 67(2)).',
  steps: [
    {
      event: 'decree.signed',
      label: 'The executive decides to withdraw',
      article: 'the party’s constitution (executive power over treaties)',
      source: VCLT,
    },
  ],
  ordered: true,
  resubmission: false,
  article: 'the party’s constitution; VCLT Art. 67(2) (who signs the instrument)',
  source: VCLT,
} as const satisfies ProcedureProfileInput;

/**
 * The legislature must approve first, then the law is promulgated. South
 * Africa's High Court held in 2017 that a notice deposited without prior
 * parliamentary approval was unconstitutional and invalid.
 */
export const parliamentary = {
  id: 'parliamentary',
  version: 1,
  name: 'Prior parliamentary approval',
  summary:
    'The legislature approves the withdrawal, then the head of state promulgates the law; only then may the instrument be deposited. Democratic Alliance v Minister of International Relations and Cooperation (High Court, Pretoria, 22 Feb 2017) held a notice deposited without prior approval unconstitutional and invalid.',
  steps: [
    {
      event: 'parliament.approved',
      label: 'The legislature approves the withdrawal',
      article: 'the party’s constitution (prior approval by the legislature)',
      source: SOUTH_AFRICA_2017,
    },
    {
      event: 'law.signed',
      label: 'The head of state promulgates the law',
      article: 'the party’s constitution (promulgation)',
      source: SOUTH_AFRICA_2017,
    },
  ],
  ordered: true,
  resubmission: false,
  article: 'the party’s constitution; e.g. DA v Minister of International Relations and Cooperation [2017] ZAGPPHC 53',
  source: SOUTH_AFRICA_2017,
} as const satisfies ProcedureProfileInput;

/**
 * Ukraine: a presidential decree (enacting a National Security and Defence
 * Council decision), a law of the Verkhovna Rada, and the President's signature.
 */
export const ukraine = {
  id: 'ukraine',
  version: 1,
  name: 'Ukraine: decree, law of the Verkhovna Rada, signature',
  summary:
    'The President decides by decree (29 June 2025, enacting the NSDC decision); the Verkhovna Rada adopts a law on the treaty it ratified (15 July 2025); the President signs the law. Then the instrument goes to the depositary.',
  steps: [
    {
      event: 'decree.signed',
      label: 'Presidential decree enacting the NSDC decision',
      article: 'Constitution of Ukraine Arts. 106, 107',
      source: UKRAINE_CONSTITUTION,
    },
    {
      event: 'parliament.approved',
      label: 'Verkhovna Rada adopts the law',
      article: 'Constitution of Ukraine Art. 85(1)(32); Law on International Treaties Art. 24',
      source: UKRAINE_TREATIES_LAW,
    },
    {
      event: 'law.signed',
      label: 'The President signs the law',
      article: 'Constitution of Ukraine Art. 94',
      source: UKRAINE_CONSTITUTION,
    },
  ],
  ordered: true,
  resubmission: false,
  article: 'Law of Ukraine "On International Treaties of Ukraine" (2004), Art. 24',
  source: UKRAINE_TREATIES_LAW,
} as const satisfies ProcedureProfileInput;

/**
 * Poland: an Act of the Sejm and Senate consenting to the denunciation, then
 * the President's act of denunciation.
 */
export const poland = {
  id: 'poland',
  version: 1,
  name: 'Poland: consent by statute, then the President denounces',
  summary:
    'Denouncing a treaty ratified with statutory consent itself requires consent granted by statute (Act of 25 June 2025); the President then denounces it (5 August 2025) and the instrument goes to the depositary.',
  steps: [
    {
      event: 'parliament.approved',
      label: 'Sejm and Senate pass the Act consenting to denunciation',
      article: 'Constitution of Poland Art. 89(1)',
      source: POLAND_CONSTITUTION,
    },
    {
      event: 'decree.signed',
      label: 'The President denounces the treaty',
      article: 'Constitution of Poland Art. 133(1)(1)',
      source: POLAND_CONSTITUTION,
    },
  ],
  ordered: true,
  resubmission: false,
  article: 'Constitution of Poland Arts. 89(1), 133(1)(1)',
  source: POLAND_CONSTITUTION,
} as const satisfies ProcedureProfileInput;
