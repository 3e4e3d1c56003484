/** The shipped treaty profiles and look-up by id. No zod here: the CLI lists them without loading it. */
import { wordedError } from '../errors/worded-error.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { procedures } from '../procedures/catalog.js';
import { addProcedures } from '../procedures/lookup.js';
import { addTreaties } from './lookup.js';
// Research batch A (#17): Council of Europe, ECT, TEU, ILO, inter-American, organisations.
import { achr } from './profiles/achr.js';
import { andeanCommunity } from './profiles/andean-community.js';
import { att } from './profiles/att.js';
// research-b (#17): UN human rights, genocide, humanitarian law, arms control, NATO, WTO, UN Charter.
import { bwc } from './profiles/bwc.js';
import { cat } from './profiles/cat.js';
import { ccm } from './profiles/ccm.js';
import { cedaw } from './profiles/cedaw.js';
import { cfe } from './profiles/cfe.js';
import { chicagoConvention } from './profiles/chicago-convention.js';
import { coeStatute } from './profiles/coe-statute.js';
import { crc } from './profiles/crc.js';
import { ctbt } from './profiles/ctbt.js';
import { cwc } from './profiles/cwc.js';
import { echr } from './profiles/echr.js';
import { ecowasTreaty } from './profiles/ecowas-treaty.js';
import { energyCharterTreaty } from './profiles/energy-charter-treaty.js';
import { faoConstitution } from './profiles/fao-constitution.js';
import { genevaConventions } from './profiles/geneva-conventions.js';
import { genocideConvention } from './profiles/genocide-convention.js';
import { iaeaStatute } from './profiles/iaea-statute.js';
import { iccpr } from './profiles/iccpr.js';
import { icescr } from './profiles/icescr.js';
import { icrw } from './profiles/icrw.js';
import { icsid } from './profiles/icsid.js';
import { iloC158 } from './profiles/ilo-c158.js';
import { iloConstitution } from './profiles/ilo-constitution.js';
import { inf } from './profiles/inf.js';
import { istanbulConvention } from './profiles/istanbul-convention.js';
import { kyotoProtocol } from './profiles/kyoto-protocol.js';
import { northAtlanticTreaty } from './profiles/north-atlantic-treaty.js';
import { npt } from './profiles/npt.js';
import { oasCharter } from './profiles/oas-charter.js';
import { op1Iccpr } from './profiles/op1-iccpr.js';
import { openSkies } from './profiles/open-skies.js';
import { ottawa } from './profiles/ottawa.js';
import { parisAgreement } from './profiles/paris-agreement.js';
import { refugeeConvention } from './profiles/refugee-convention.js';
import { romeStatute } from './profiles/rome-statute.js';
import { singleConvention1961 } from './profiles/single-convention-1961.js';
import { teu } from './profiles/teu.js';
import { unCharter } from './profiles/un-charter.js';
import { unescoConstitution } from './profiles/unesco-constitution.js';
import { unfccc } from './profiles/unfccc.js';
import { unidoConstitution } from './profiles/unido-constitution.js';
import { upuConstitution } from './profiles/upu-constitution.js';
import { whoConstitution } from './profiles/who-constitution.js';
import { wtoAgreement } from './profiles/wto-agreement.js';
import { unknownTreatySaid } from './registry.js';
import type { TreatyProfile } from './schema.js';

const shipped = [
  ottawa,
  ccm,
  romeStatute,
  parisAgreement,
  kyotoProtocol,
  unfccc,
  npt,
  openSkies,
  inf,
  ctbt,
  att,
  unescoConstitution,
  singleConvention1961,
  icrw,
  icsid,
  whoConstitution,
  // research-b (#17)
  iccpr,
  op1Iccpr,
  icescr,
  cedaw,
  cat,
  crc,
  refugeeConvention,
  genocideConvention,
  genevaConventions,
  cfe,
  cwc,
  bwc,
  northAtlanticTreaty,
  wtoAgreement,
  unCharter,
  istanbulConvention,
  echr,
  coeStatute,
  energyCharterTreaty,
  teu,
  iloConstitution,
  iloC158,
  oasCharter,
  achr,
  iaeaStatute,
  upuConstitution,
  faoConstitution,
  unidoConstitution,
  chicagoConvention,
  andeanCommunity,
  ecowasTreaty,
] as const;

/** The id of a treaty profile shipped with the library. */
export type TreatyId = (typeof shipped)[number]['id'];

// The shipped profiles are checked against the schema by the test suite, not at
// load time: parsing every profile on every import would slow every cold start.
// They are written with every default spelled out, so input and output types agree.
/**
 * Every treaty profile shipped with the library, frozen, in the order of the
 * domain reference.
 *
 * @example
 * treaties.map((t) => t.id).slice(0, 3);
 * //=> ['ottawa', 'ccm', 'rome-statute']
 */
export const treaties: readonly TreatyProfile[] = deepFreeze([...shipped] as TreatyProfile[]);

/**
 * The ids of the shipped treaty profiles.
 *
 * @example
 * treatyIds.includes('ottawa');
 * //=> true
 * treatyIds.length;
 * //=> 47
 */
export const treatyIds: readonly TreatyId[] = deepFreeze(shipped.map((t) => t.id));

const byId = new Map<string, TreatyProfile>(treaties.map((t) => [t.id, t]));

let registered = false;

/**
 * Registers every shipped treaty and procedure profile (once) so that ids resolve, then returns
 * `value` itself. The root entry passes each export that takes a treaty id
 * through this, marked pure, so a bundle keeps the catalog exactly when it
 * keeps one of those exports (with-catalog.ts).
 *
 * @internal
 */
export function withCatalog<T>(value: T): T {
  if (!registered) {
    addTreaties(treaties);
    addProcedures(procedures);
    registered = true;
  }
  return value;
}

/**
 * True when `id` names a shipped treaty profile.
 *
 * @example
 * isTreatyId('ottawa');
 * //=> true
 * isTreatyId('otawa');
 * //=> false
 */
export function isTreatyId(id: unknown): id is TreatyId {
  return typeof id === 'string' && byId.has(id);
}

/**
 * The shipped profile with this id.
 *
 * @throws {WithdrawalError} `UNKNOWN_TREATY`, with the closest known id.
 * @example
 * getTreaty('ottawa').withdrawal.effect?.article;
 * //=> 'Art. 20(3)'
 * getTreaty('ottawa').withdrawal.armedConflictDeferral?.article;
 * //=> 'Art. 20(3)'
 */
export function getTreaty(id: TreatyId | (string & {})): TreatyProfile {
  const profile = typeof id === 'string' ? byId.get(id) : undefined;
  if (!profile) {
    throw wordedError('UNKNOWN_TREATY', unknownTreatySaid(id, treatyIds), { path: 'treaty' });
  }
  return profile;
}
