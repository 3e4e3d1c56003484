/**
 * The root entry's exports that take a treaty id. Each is the very function (or
 * machine, or schema) of `treaty-withdrawal/core`, passed through `withCatalog`,
 * which registers every shipped profile the first time it runs. The call is
 * marked pure: a bundle keeps it, and with it the catalog, only when it keeps
 * the export, so `import { addPeriod } from 'treaty-withdrawal'` carries no
 * treaty, while `simulate({ treaty: 'ottawa', … })` from the root entry always
 * finds it. Those that simulate or read party data also register the shipped
 * party tables (`withShippedParties`, imported here as `withPartyData`).
 */
import { initialSnapshot as initialSnapshotCore } from './machine/apply.js';
import { withdrawalMachine as withdrawalMachineCore } from './machine/machine.js';
import { fromPersisted as fromPersistedCore, toPersisted as toPersistedCore } from './machine/persist.js';
import {
  parties as partiesCore,
  partiesOn as partiesOnCore,
  partyDataTreatyIds as partyDataTreatyIdsCore,
  partyRecord as partyRecordCore,
} from './parties/index.js';
import { withShippedParties as withPartyData } from './parties/shipped.js';
import { monteCarlo as monteCarloCore } from './simulate/monte-carlo.js';
import { ScenarioSchema as ScenarioSchemaCore } from './simulate/scenario.js';
import {
  parseScenario as parseScenarioCore,
  safeSimulate as safeSimulateCore,
  simulate as simulateCore,
  simulateMany as simulateManyCore,
} from './simulate/simulate.js';
import { isBoundOn as isBoundOnCore } from './status/status-on.js';
import { withCatalog } from './treaties/catalog.js';

/**
 * Runs a scenario through the withdrawal machine: validates it, applies its
 * events in date order (events on the same date in the order given), and says
 * where the withdrawal stands, when it takes effect, and why.
 *
 * Without `asOf` the scenario runs to its end as if nothing else happened: a
 * running notice period expires; an armed conflict with no end stays ongoing.
 *
 * @throws {WithdrawalError} on bad input (`INVALID_INPUT`, `INVALID_EVENT`,
 * `UNKNOWN_TREATY`, …) or a refused event (`PROCEDURE_INCOMPLETE`,
 * `NOTICE_TOO_EARLY`, `ALREADY_EFFECTIVE`, …), naming the event's path.
 * @example
 * const result = simulate({
 *   treaty: 'ottawa',
 *   party: 'POL',
 *   events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
 * });
 * result.outcome;
 * //=> 'effective'
 * result.effectiveOn;
 * //=> '2026-02-20'
 */
export const simulate = /* @__PURE__ */ withCatalog(/* @__PURE__ */ withPartyData(simulateCore));

/**
 * `simulate` without throwing, whatever it is given: `{ success: true, data }`
 * or `{ success: false, error }`, as zod's `safeParse`.
 *
 * @example
 * const r = safeSimulate({ treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] });
 * r.success;
 * //=> false
 * !r.success && r.error.code;
 * //=> 'EVENT_NOT_ALLOWED'
 */
export const safeSimulate = /* @__PURE__ */ withCatalog(/* @__PURE__ */ withPartyData(safeSimulateCore));

/**
 * Simulates many scenarios; one bad scenario does not stop the batch.
 *
 * @throws {WithdrawalError} `INVALID_INPUT` (path `scenarios`) when `scenarios`
 * cannot be iterated.
 * @example
 * simulateMany([{ treaty: 'ottawa', events: [] }, { treaty: 'nope', events: [] }]).map((r) => r.success);
 * //=> [true, false]
 */
export const simulateMany = /* @__PURE__ */ withCatalog(/* @__PURE__ */ withPartyData(simulateManyCore));

/**
 * Validates a scenario and resolves its profiles.
 *
 * @throws {WithdrawalError} `INVALID_INPUT`, `INVALID_EVENT`, `UNKNOWN_TREATY`,
 * `UNKNOWN_PROCEDURE` or `INVALID_PROFILE`, naming the path of the first problem
 * (`issues` lists them all).
 * @example
 * parseScenario({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-02-30' }] });
 * // throws WithdrawalError: events[0].date: 2025-02-30 is not a calendar date
 */
export const parseScenario = /* @__PURE__ */ withCatalog(parseScenarioCore);

/**
 * zod schema of a scenario. It validates everything, resolves `treaty` and
 * `procedure` to profiles, and names the path of each problem
 * (`events[3].date: 2025-02-30 is not a calendar date`).
 *
 * @example
 * ScenarioSchema.safeParse({ treaty: 'ottawa', events: [] }).success;
 * //=> true
 * ScenarioSchema.safeParse({ treaty: 'ottawa', events: [{ type: 'law.signed', date: '2025-02-30' }] }).success;
 * //=> false
 */
export const ScenarioSchema = /* @__PURE__ */ withCatalog(ScenarioSchemaCore);

/**
 * Runs a scenario many times with random inputs drawn from a seeded generator and
 * summarises outcomes and effective dates. The same seed gives the same answer.
 *
 * @example
 * const study = monteCarlo({
 *   runs: 100,
 *   seed: 7,
 *   scenario: (random) => ({
 *     treaty: 'ottawa',
 *     events: [{ type: 'instrument.deposited', date: random.date('2025-01-01', '2025-12-31') }],
 *   }),
 * });
 * study.outcomes.effective;
 * //=> 100
 */
export const monteCarlo = /* @__PURE__ */ withCatalog(/* @__PURE__ */ withPartyData(monteCarloCore));

/**
 * Shortcut: simulates the scenario and says whether the party was bound on `date`.
 *
 * @throws {WithdrawalError} as `simulate` and `statusOn` do.
 * @example
 * isBoundOn({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }, '2026-02-01');
 * //=> true
 */
export const isBoundOn = /* @__PURE__ */ withCatalog(/* @__PURE__ */ withPartyData(isBoundOnCore));

/**
 * The life of a withdrawal, from the first domestic step to effect, as one
 * XState v5 machine parameterised by its input (treaty profile or shipped id,
 * procedure, party, entry into force). Time is an input: it moves only with
 * dated events, never with timers.
 *
 * @example
 * const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa', party: 'FIN' } }).start();
 * actor.send({ type: 'instrument.deposited', date: '2025-07-10' });
 * actor.send({ type: 'clock.advanced', date: '2026-01-10' });
 * actor.getSnapshot().value;
 * //=> 'effective'
 */
export const withdrawalMachine = /* @__PURE__ */ withCatalog(withdrawalMachineCore);

/**
 * The first snapshot of a withdrawal: validates the input, resolves the profiles
 * and returns the machine in its initial state, without starting an actor.
 *
 * @throws {WithdrawalError} `INVALID_INPUT`, `UNKNOWN_TREATY`, `UNKNOWN_PROCEDURE`
 * or `INVALID_PROFILE`.
 * @example
 * initialSnapshot({ treaty: 'ottawa', party: 'POL', procedure: 'poland' }).value;
 * //=> 'procedure'
 */
export const initialSnapshot = /* @__PURE__ */ withCatalog(initialSnapshotCore);

/**
 * Turns a snapshot into a JSON-safe, versioned envelope to store; a shipped
 * profile is recorded by id and version.
 *
 * @example
 * toPersisted(initialSnapshot({ treaty: 'ottawa' })).treaty;
 * //=> { id: 'ottawa', version: 1, shipped: true }
 */
export const toPersisted = /* @__PURE__ */ withCatalog(toPersistedCore);

/**
 * Restores a snapshot from an envelope made by `toPersisted` (as an object or
 * a JSON string), validating everything, the shipped profiles by id included.
 *
 * @throws {WithdrawalError} `INVALID_SNAPSHOT` naming what is wrong.
 * @example
 * fromPersisted(JSON.stringify(toPersisted(initialSnapshot({ treaty: 'ottawa' })))).value;
 * //=> 'procedure'
 */
export const fromPersisted = /* @__PURE__ */ withCatalog(fromPersistedCore);

/**
 * The party table of a treaty (every shipped table is registered here): every
 * state party with its instrument, deposit and entry-into-force dates and any
 * withdrawal, the source and "as of" date, the published total and the
 * treaty's rule for entry into force. `undefined` for a treaty without party data.
 *
 * @example
 * parties('ottawa')?.parties.length;
 * //=> 166
 * parties('paris-agreement');
 * //=> undefined
 */
export const parties = /* @__PURE__ */ withPartyData(partiesCore);

/**
 * One state's record in a treaty's party table, by ISO 3166-1 alpha-3 code
 * (any case); `undefined` when the treaty has no data or the state is not in it.
 *
 * @example
 * partyRecord('ottawa', 'POL')?.entryIntoForce;
 * //=> '2013-06-01'
 * partyRecord('ottawa', 'USA');
 * //=> undefined
 */
export const partyRecord = /* @__PURE__ */ withPartyData(partyRecordCore);

/**
 * The states that were parties to a treaty on `date` (in force for them, no
 * withdrawal in effect); `undefined` for a treaty without party data.
 *
 * @throws {WithdrawalError} `INVALID_DATE` when `date` is not a calendar date.
 * @example
 * partiesOn('ottawa', '2018-06-01')?.length;
 * //=> 164
 */
export const partiesOn = /* @__PURE__ */ withPartyData(partiesOnCore);

/**
 * The ids of the treaties that have party data (every shipped table here).
 *
 * @example
 * partyDataTreatyIds;
 * //=> ['ottawa', 'ccm', 'rome-statute']
 */
export const partyDataTreatyIds = /* @__PURE__ */ withPartyData(partyDataTreatyIdsCore);
