/**
 * `treaty-withdrawal/parties`: each shipped party table under its own name, so an
 * app on `treaty-withdrawal/core` registers the ones it uses
 * (`registerParties(ottawaParties)`) and its bundle carries no other. The package
 * root registers all of them itself (shipped.ts).
 *
 * @module treaty-withdrawal/parties
 */

export { ccmParties } from './ccm.js';
export { ottawaParties } from './ottawa.js';
export { romeStatuteParties } from './rome-statute.js';
