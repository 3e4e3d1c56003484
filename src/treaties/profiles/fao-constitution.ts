import type { TreatyProfileInput } from '../schema.js';

/** Basic Texts of the Food and Agriculture Organization of the United Nations. */
const TEXT = 'https://www.fao.org/legal-services/basic-texts/en';
/** Constitution, Art. XIX and XXI (coded text, International Environmental Agreements Database). */
const IEA_TEXT =
  'https://iea.uoregon.edu/coded-agreement-with-a-code-filter?title=2617&field_code_attach_value=0&field_code_amnd_value=&field_code_conc_value=&field_code_cons_value=&field_code_defn_value=&field_code_depo_value=&field_code_descr_value=&field_code_disp_value=&field_code_eif_value=&field_code_finad_value=&field_code_finpr_value=&field_code_goal_value=&field_code_hobf_value=&field_code_hobs_value=&field_code_impl_value=&field_code_info_value=&field_code_memb_value=&field_code_natbf_value=&field_code_natbs_value=&field_code_rela_value=&field_code_resv_value=&field_code_revw_value=&field_code_sbf_value=&field_code_sbs_value=&field_code_scir_value=&field_code_scop_value=&field_code_secf_value=&field_code_secs_value=&field_code_sovr_value=&field_code_src_value=&field_code_subs_value=&field_code_text_value=&field_code_titl_value=&search_terms=ATTACH';

/** Constitution of the Food and Agriculture Organization of the United Nations (Quebec, 1945), Art. XIX. */
export const faoConstitution = {
  id: 'fao-constitution',
  version: 1,
  name: 'Constitution of the Food and Agriculture Organization of the United Nations',
  shortName: 'FAO Constitution',
  adopted: '1945-10-16',
  depositary: 'Director-General of FAO',
  status: 'in-force',
  entryIntoForce: { date: '1945-10-16', article: 'Art. XXI(3)', source: IEA_TEXT },
  text: TEXT,
  withdrawal: {
    basis: 'treaty-clause',
    summary:
      'Notice of withdrawal at any time after four years from the Member’s acceptance of the Constitution; effect one year after its communication to the Director-General. The Member’s financial obligation covers the whole calendar year in which the notice takes effect.',
    effect: {
      kind: 'after-receipt',
      period: { years: 1 },
      counting: 'same-day',
      article: 'Art. XIX',
      source: TEXT,
    },
    earliestNotice: { yearsAfterEntryIntoForce: 4, from: 'party', article: 'Art. XIX', source: TEXT },
    instrument: {
      notify: ['the Director-General of FAO'],
      reasons: 'not-required',
      article: 'Art. XIX',
      source: TEXT,
    },
    consequences: [
      {
        text: 'The withdrawing Member’s financial obligation includes the entire calendar year in which the notice takes effect.',
        article: 'Art. XIX',
        source: TEXT,
      },
    ],
  },
  suspension: {
    provided: false,
    note: 'The Constitution has no clause letting a Member suspend its own obligations (arrears cost the vote in the Conference, Art. III(4)).',
    article: 'Art. III(4)',
    source: TEXT,
  },
  notes:
    'The present Art. XIX attaches no condition to the effect: it extends the financial obligation to the calendar year of effect instead (the lead that effect is “subject to” paid contributions does not match the current text). Earliest notice counts from the Member’s acceptance, which the library takes as the scenario’s entryIntoForce. The Constitution came into force on signature at Quebec on 16 October 1945. No withdrawal was reproduced for this profile.',
} as const satisfies TreatyProfileInput;
