/**
 * `treaty-withdrawal/treaties`: each shipped treaty profile under its own name, so
 * an app imports the ones it uses (`import { ottawa } from 'treaty-withdrawal/treaties'`)
 * and its bundle carries no other. Pass one as `treaty` to simulate, the machine or
 * isBoundOn from `treaty-withdrawal/core`. One line per profile of the catalog
 * (catalog.ts); tests/package/entries.test.ts holds the two lists together.
 *
 * @module treaty-withdrawal/treaties
 */

export { achr } from './achr.js';
export { andeanCommunity } from './andean-community.js';
export { att } from './att.js';
export { bwc } from './bwc.js';
export { cat } from './cat.js';
export { ccm } from './ccm.js';
export { cedaw } from './cedaw.js';
export { cfe } from './cfe.js';
export { chicagoConvention } from './chicago-convention.js';
export { coeStatute } from './coe-statute.js';
export { crc } from './crc.js';
export { ctbt } from './ctbt.js';
export { cwc } from './cwc.js';
export { echr } from './echr.js';
export { ecowasTreaty } from './ecowas-treaty.js';
export { energyCharterTreaty } from './energy-charter-treaty.js';
export { faoConstitution } from './fao-constitution.js';
export { genevaConventions } from './geneva-conventions.js';
export { genocideConvention } from './genocide-convention.js';
export { iaeaStatute } from './iaea-statute.js';
export { iccpr } from './iccpr.js';
export { icescr } from './icescr.js';
export { icrw } from './icrw.js';
export { icsid } from './icsid.js';
export { iloC158 } from './ilo-c158.js';
export { iloConstitution } from './ilo-constitution.js';
export { inf } from './inf.js';
export { istanbulConvention } from './istanbul-convention.js';
export { kyotoProtocol } from './kyoto-protocol.js';
export { northAtlanticTreaty } from './north-atlantic-treaty.js';
export { npt } from './npt.js';
export { oasCharter } from './oas-charter.js';
export { op1Iccpr } from './op1-iccpr.js';
export { openSkies } from './open-skies.js';
export { ottawa } from './ottawa.js';
export { parisAgreement } from './paris-agreement.js';
export { refugeeConvention } from './refugee-convention.js';
export { romeStatute } from './rome-statute.js';
export { singleConvention1961 } from './single-convention-1961.js';
export { teu } from './teu.js';
export { unCharter } from './un-charter.js';
export { unescoConstitution } from './unesco-constitution.js';
export { unfccc } from './unfccc.js';
export { unidoConstitution } from './unido-constitution.js';
export { upuConstitution } from './upu-constitution.js';
export { whoConstitution } from './who-constitution.js';
export { wtoAgreement } from './wto-agreement.js';
