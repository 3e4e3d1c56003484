/**
 * The part of the message table that the tools around the machine word:
 * persisted snapshots (`toPersisted`, `fromPersisted`), `explanationOf` and the
 * Monte-Carlo helpers. Its keys are keys of the one `MessageTable` (a table of
 * another language gives them beside the others); it is a module of its own so
 * that a bundle of the machine or of `simulate` does not carry it.
 */

type Kind = 'treaty' | 'procedure';

export const toolMessages = {
  // Snapshots (src/machine/persist.ts).
  'snapshot.profileMismatch': (p: { kind: Kind; id: string; version: number; ownId: string; ownVersion: number }) =>
    `${p.kind} ${p.id} v${p.version} in the envelope does not match the context's ${p.ownId} v${p.ownVersion}`,
  'snapshot.profileGone': (p: { kind: Kind; id: string }) =>
    `the snapshot uses the shipped ${p.kind} '${p.id}', which this version of the library no longer has`,
  'snapshot.profileVersion': (p: { kind: Kind; id: string; version: number; current: number }) =>
    `the snapshot was made with ${p.kind} '${p.id}' version ${p.version}; this library has version ${p.current}. ` +
    'Replay the events from the start to move it to the new rules',
  'snapshot.profileDiffers': (p: { kind: Kind; id: string }) =>
    `the ${p.kind} '${p.id}' in the snapshot differs from the shipped profile of the same version`,
  'snapshot.stateNotTimeline': (p: { state: string; stage: string | undefined }) =>
    `state ${p.state} does not match the timeline's last stage (${p.stage ?? 'none'})`,
  'snapshot.stateNeeds': (p: { state: string; key: string }) => `state ${p.state} needs context.${p.key}`,
  'snapshot.logRefused': () => 'the machine refuses an event of the log: the log was not made by this machine',
  'snapshot.logMismatch': () => 'the state and context are not what the log of events produces',
  'snapshot.notJson': () => 'snapshot: not valid JSON',
  'snapshot.notObject': (p: { got: string }) => `snapshot: expected a persisted withdrawal object, got ${p.got}`,
  'snapshot.notFormat': (p: { got: string }) => `not a treaty-withdrawal snapshot (${p.got})`,
  'snapshot.newerSchema': (p: { version: number; reads: number }) =>
    `snapshot schema version ${p.version} is newer than this library reads (${p.reads}); upgrade treaty-withdrawal`,
  'snapshot.schemaWithoutLog': () =>
    'snapshot schema version 1 (treaty-withdrawal 0.1) holds no log of the events applied, which this version needs; ' +
    'replay the events from the start with applyEvent or simulate',
  'snapshot.logTooLong': (p: { count: number; max: number }) =>
    `the log holds ${p.count} events, more than the limit of ${p.max} (MAX_EVENTS)`,
  'snapshot.checksum': () => 'the snapshot does not match it: it was changed or corrupted after it was made',

  // explanationOf (src/machine/explain.ts).
  'explain.notSnapshot': (p: { got: string }) =>
    `explanationOf: expected a snapshot of withdrawalMachine or its context, got ${p.got}`,
  'explain.notSegment': (p: { index: number; got: string }) =>
    `explanationOf: context.log[${p.index}]: expected a segment of events (an array), got ${p.got}`,
  'explain.notMachineContext': (p: { why: string }) => `explanationOf: the context is not one the machine made (${p.why})`,
  'explain.logRefused': () =>
    'explanationOf: the machine refuses an event of the context’s log, so the context was not made by the machine',

  // The Monte-Carlo helpers (src/simulate/monte-carlo.ts).
  'random.seed': (p: { got: string }) => `seed: expected a whole number, got ${p.got}`,
  'random.int': (p: { min: string; max: string }) => `int(${p.min}, ${p.max}): expected whole numbers with min <= max`,
  'random.pickEmpty': () => 'pick: no items to pick from',
  'monteCarlo.runs': (p: { got: string }) => `runs: expected a whole number from 1 to 1000000, got ${p.got}`,
  'monteCarlo.scenario': () => 'scenario: expected a function (random, run) => Scenario',
} as const;

/** The tools' part of the English table. */
export type ToolMessages = typeof toolMessages;
