import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

// Each test loads the entries afresh: the registry of ids is module state, and
// what is at stake is what `treaty-withdrawal/core` does when the root entry
// was never loaded.
async function fresh() {
  vi.resetModules();
  const core = await import('../../src/core.js');
  const profiles = await import('../../src/treaties/profiles/index.js');
  return { core, profiles };
}
const deposit = [{ type: 'instrument.deposited' as const, date: '2025-06-27' as const }];
const CATALOG_ONLY = ['getTreaty', 'isTreatyId', 'treaties', 'treatyIds'];

describe('treaty-withdrawal/core without the catalog', () => {
  it('runs a profile object from treaty-withdrawal/treaties', async () => {
    const { core, profiles } = await fresh();
    const result = core.simulate({ treaty: profiles.ottawa, events: deposit });
    expect(result.effectiveOn).toBe('2025-12-27');
    expect(core.statusOn(result, '2025-12-26').bound).toBe(true);
    expect(core.statusOn(result, '2025-12-27').bound).toBe(false);
  });

  it('refuses a shipped id that nothing registered, saying how to pass the profile', async () => {
    const { core } = await fresh();
    const outcome = core.safeSimulate({ treaty: 'ottawa', events: deposit });
    expect(outcome.success).toBe(false);
    expect(!outcome.success && outcome.error.code).toBe('UNKNOWN_TREATY');
    expect(!outcome.success && outcome.error.message).toContain('treaty-withdrawal/treaties');
    expect(() => core.initialSnapshot({ treaty: 'ottawa' })).toThrow(/none is registered/);
  });

  it('resolves an id once its profile is registered, and only that one', async () => {
    const { core, profiles } = await fresh();
    core.registerTreaties(profiles.ottawa);
    expect(core.simulate({ treaty: 'ottawa', events: deposit }).effectiveOn).toBe('2025-12-27');
    expect(core.safeSimulate({ treaty: 'ccm', events: deposit }).success).toBe(false);
  });

  it('knows the procedure none by default and the others once registered', async () => {
    const { core, profiles } = await fresh();
    expect(core.simulate({ treaty: profiles.ottawa, procedure: 'none', events: deposit }).outcome).toBe('effective');
    expect(core.safeSimulate({ treaty: profiles.ottawa, procedure: 'ukraine', events: deposit }).success).toBe(false);
    core.registerProcedures(core.getProcedure('ukraine'));
    expect(core.simulate({ treaty: profiles.ottawa, procedure: 'ukraine', events: [] }).outcome).toBe('in-procedure');
  });

  it('starts the machine with a profile object', async () => {
    const { core, profiles } = await fresh();
    const { createActor } = await import('xstate');
    const actor = createActor(core.withdrawalMachine, { input: { treaty: profiles.ottawa } }).start();
    actor.send({ type: 'instrument.deposited', date: '2025-06-27' });
    actor.send({ type: 'clock.advanced', date: '2025-12-27' });
    expect(actor.getSnapshot().value).toBe('effective');
  });
});

describe('party data in treaty-withdrawal/core', () => {
  it('has none until registered, then reads the tables registered and only those', async () => {
    const { core, profiles } = await fresh();
    const data = await import('../../src/parties/data/index.js');
    expect(core.parties('ottawa')).toBeUndefined();
    expect(core.partyDataTreatyIds).toEqual([]);
    // Without data, simulate takes the scenario as given: no party record, no warning.
    const before = core.simulate({ treaty: profiles.ottawa, party: 'POL', events: deposit });
    expect(before.membership).toBeNull();
    core.registerParties(data.ottawaParties);
    expect(core.partyDataTreatyIds).toEqual(['ottawa']);
    expect(core.partyRecord('ottawa', 'POL')?.entryIntoForce).toBe('2013-06-01');
    expect(core.parties('ccm')).toBeUndefined();
    const after = core.simulate({ treaty: profiles.ottawa, party: 'POL', events: deposit });
    expect(after.membership).toMatchObject({ code: 'POL', name: 'Poland', entryIntoForce: '2013-06-01' });
    expect(core.isBoundOn({ treaty: profiles.ottawa, party: 'POL', events: [] }, '2013-05-31')).toBe(false);
  });

  it('reads a table as it is registered: registering a changed copy replaces what every lookup finds', async () => {
    const { core, profiles } = await fresh();
    const data = await import('../../src/parties/data/index.js');
    core.registerParties(data.ottawaParties);
    // Every record is found by its code, in any case.
    for (const record of data.ottawaParties.parties) {
      expect(core.partyRecord('ottawa', record.code.toLowerCase())).toBe(record);
    }
    const without = data.ottawaParties.parties.filter((r) => r.code !== 'POL');
    const fin = without.find((r) => r.code === 'FIN') as (typeof without)[number];
    const changed = { ...fin, entryIntoForce: '2012-08-01' as const };
    core.registerParties({ ...data.ottawaParties, parties: without.map((r) => (r === fin ? changed : r)) });
    expect(core.partyRecord('ottawa', 'POL')).toBeUndefined();
    expect(core.partyRecord('ottawa', 'FIN')).toBe(changed);
    const finland = core.simulate({ treaty: profiles.ottawa, party: 'FIN', events: deposit });
    expect(finland.membership).toMatchObject({ code: 'FIN', status: 'party', entryIntoForce: '2012-08-01' });
    const poland = core.simulate({ treaty: profiles.ottawa, party: 'POL', events: deposit });
    // The changed table is complete, so a state not in it is a known non-party.
    expect(poland.membership).toMatchObject({ code: 'POL', status: 'non-party' });
    core.registerParties(data.ottawaParties);
    expect(core.partyRecord('ottawa', 'POL')?.entryIntoForce).toBe('2013-06-01');
  });

  it('refuses a table that does not match PartyTableSchema, naming the field', async () => {
    const { core } = await fresh();
    const data = await import('../../src/parties/data/index.js');
    const error = (() => {
      try {
        core.registerParties({ ...data.ccmParties, asOf: '2025-02-30' } as never);
      } catch (e) {
        return e as { code: string; path: string };
      }
    })();
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'asOf' });
    expect(core.parties('ccm')).toBeUndefined();
  });
});

describe('the root entry', () => {
  it('resolves every shipped id through the exports that take one', async () => {
    vi.resetModules();
    const root = await import('../../src/index.js');
    expect(root.simulate({ treaty: 'ottawa', events: deposit }).effectiveOn).toBe('2025-12-27');
    expect(root.isBoundOn({ treaty: 'ccm', events: deposit }, '2025-12-01')).toBe(true);
    expect(root.initialSnapshot({ treaty: 'rome-statute', procedure: 'ukraine' }).value).toBe('procedure');
  });

  it('exports what core exports, the same values, plus the catalog', async () => {
    vi.resetModules();
    const root = await import('../../src/index.js');
    const core = await import('../../src/core.js');
    expect(
      Object.keys(root)
        .filter((name) => !CATALOG_ONLY.includes(name))
        .sort(),
    ).toEqual(Object.keys(core).sort());
    for (const name of Object.keys(core)) expect(root[name as keyof typeof root], name).toBe(core[name as keyof typeof core]);
  });
});

describe('treaty-withdrawal/treaties', () => {
  it('exports every profile of the catalog, under the name the catalog imports it by', async () => {
    const { profiles } = await fresh();
    const { treaties } = await import('../../src/treaties/catalog.js');
    const catalogSource = readFileSync(new URL('../../src/treaties/catalog.ts', import.meta.url), 'utf8');
    const imported = [...catalogSource.matchAll(/^import \{ (\w+) \} from '\.\/profiles\/[\w-]+\.js';$/gm)]
      .map((m) => m[1])
      .sort();
    expect(Object.keys(profiles).sort()).toEqual(imported);
    expect(
      Object.values(profiles)
        .map((p) => p.id)
        .sort(),
    ).toEqual(treaties.map((t) => t.id).sort());
  });
});

describe('the CommonJS build (dist/, built by tsup: npm test builds it first)', () => {
  it('shares one registry between require("treaty-withdrawal") and require("treaty-withdrawal/core")', () => {
    const require = createRequire(import.meta.url);
    const root = require('../../dist/index.cjs') as typeof import('../../src/index.js');
    const core = require('../../dist/core.cjs') as typeof import('../../src/core.js');
    expect(core.simulate).toBe(root.simulate);
    expect(core.WithdrawalError).toBe(root.WithdrawalError);
    // A profile registered through one entry resolves through the other.
    root.registerTreaties(root.defineTreaty({ ...root.getTreaty('ottawa'), id: 'cjs-shared' }));
    expect(core.simulate({ treaty: 'cjs-shared' as never, events: deposit }).effectiveOn).toBe('2025-12-27');
    // So do the shipped ids and party data the root entry registers.
    expect(core.simulate({ treaty: 'ottawa', events: deposit }).effectiveOn).toBe('2025-12-27');
    expect(core.partyRecord('ottawa', 'POL')?.entryIntoForce).toBe('2013-06-01');
  });
});

describe('the API reference (typedoc)', () => {
  it('documents every entry of the package, each under its import path', () => {
    const json = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    const exported = Object.entries(json('package.json').exports as Record<string, unknown>)
      .filter(([path]) => !path.endsWith('.json'))
      .map(([path]) => path.replace(/^\./, 'treaty-withdrawal'))
      .sort();
    const entryPoints = json('typedoc.json').entryPoints as string[];
    const documented = entryPoints
      .map((file) => /@module (\S+)/.exec(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))?.[1])
      .sort();
    expect(documented).toEqual(exported);
  });
});
