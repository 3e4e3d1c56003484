// `treaty-withdrawal/treaties`: each shipped treaty profile under its own name, so
// an app imports the ones it uses (`import { ottawa } from 'treaty-withdrawal/treaties'`)
// and its bundle carries no other. Pass one as `treaty` to simulate, the machine or
// isBoundOn from `treaty-withdrawal/core`. One line per profile of the catalog
// (catalog.ts); tests/package/entries.test.ts holds the two lists together.

export { att } from './att.js';
export { ccm } from './ccm.js';
export { ctbt } from './ctbt.js';
export { icrw } from './icrw.js';
export { icsid } from './icsid.js';
export { inf } from './inf.js';
export { kyotoProtocol } from './kyoto-protocol.js';
export { npt } from './npt.js';
export { openSkies } from './open-skies.js';
export { ottawa } from './ottawa.js';
export { parisAgreement } from './paris-agreement.js';
export { romeStatute } from './rome-statute.js';
export { singleConvention1961 } from './single-convention-1961.js';
export { unescoConstitution } from './unesco-constitution.js';
export { unfccc } from './unfccc.js';
export { whoConstitution } from './who-constitution.js';
