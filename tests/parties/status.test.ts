import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isBoundOn, simulate, statusOn } from '../../src/index.js';
import { MembershipSchema } from '../../src/parties/index.js';

describe('statusOn with the shipped party data', () => {
  it('knows when the Mine Ban Treaty entered into force for Poland (1 June 2013)', () => {
    expect(isBoundOn({ treaty: 'ottawa', party: 'POL', events: [] }, '2013-05-31')).toBe(false);
    expect(isBoundOn({ treaty: 'ottawa', party: 'POL', events: [] }, '2013-06-01')).toBe(true);
    expect(isBoundOn({ treaty: 'ottawa', party: 'POL', events: [] }, '2010-01-01')).toBe(false);
    const poland = simulate({ treaty: 'ottawa', party: 'POL', events: [] });
    expect(poland.entryIntoForce).toBe('2013-06-01');
    expect(poland.membership).toMatchObject({
      code: 'POL',
      name: 'Poland',
      status: 'party',
      entryIntoForce: '2013-06-01',
      leftOn: '2026-02-20',
    });
    expect(poland.warnings).toEqual([]);
    const before = statusOn(poland, '2013-05-31');
    expect(before).toMatchObject({ bound: false, stage: 'not-a-party', article: 'VCLT Art. 24' });
    expect(before.reason).toBe(
      'Poland (POL) was not yet a party on 2013-05-31: the Mine Ban Treaty entered into force for Poland (POL) on 2013-06-01, and did not bind it before.',
    );
  });

  it('takes an English name as well as a code, and the scenario’s own date over the data', () => {
    expect(simulate({ treaty: 'ottawa', party: 'Poland', events: [] }).entryIntoForce).toBe('2013-06-01');
    expect(simulate({ treaty: 'ottawa', party: 'pol', events: [] }).membership?.code).toBe('POL');
    const own = simulate({ treaty: 'ottawa', party: 'POL', entryIntoForce: '2013-07-01', events: [] });
    expect(own.entryIntoForce).toBe('2013-07-01');
    expect(statusOn(own, '2013-06-15').bound).toBe(false);
  });

  it('answers from a withdrawal in the data when the scenario has no deposit of its own', () => {
    const lithuania = simulate({ treaty: 'ottawa', party: 'LTU', events: [] });
    expect(statusOn(lithuania, '2025-12-26')).toMatchObject({ bound: true, stage: 'not-started' });
    expect(statusOn(lithuania, '2025-12-27')).toMatchObject({
      bound: false,
      stage: 'effective',
      article: 'VCLT Art. 70',
      reason:
        "The depositary records that Lithuania (LTU)'s withdrawal took effect on 2025-12-27: from that day the Mine Ban Treaty no longer binds Lithuania (LTU).",
    });
    // With a deposit of its own, the scenario's dates decide.
    const modelled = simulate({
      treaty: 'ottawa',
      party: 'LTU',
      events: [{ type: 'instrument.deposited', date: '2025-06-27', reasons: 'r' }],
    });
    expect(statusOn(modelled, '2025-12-27')).toMatchObject({ bound: false, stage: 'effective', article: 'Art. 20(3)' });
    expect(isBoundOn({ treaty: 'rome-statute', party: 'BDI', events: [] }, '2017-10-27')).toBe(false);
    expect(isBoundOn({ treaty: 'rome-statute', party: 'BDI', events: [] }, '2017-10-26')).toBe(true);
  });

  it('knows the CCM’s later joiners and Lithuania’s withdrawal', () => {
    expect(isBoundOn({ treaty: 'ccm', party: 'SSD', events: [] }, '2024-01-31')).toBe(false);
    expect(isBoundOn({ treaty: 'ccm', party: 'SSD', events: [] }, '2024-02-01')).toBe(true);
    expect(isBoundOn({ treaty: 'ccm', party: 'LTU', events: [] }, '2025-03-05')).toBe(true);
    expect(isBoundOn({ treaty: 'ccm', party: 'LTU', events: [] }, '2025-03-06')).toBe(false);
    expect(simulate({ treaty: 'ccm', party: 'USA', events: [] }).warnings.map((w) => w.code)).toEqual(['NOT_A_PARTY']);
  });

  it('keeps Ukraine a party of the Mine Ban Treaty (its withdrawal is deferred by the armed conflict)', () => {
    expect(isBoundOn({ treaty: 'ottawa', party: 'UKR', events: [] }, '2026-06-01')).toBe(true);
    expect(isBoundOn({ treaty: 'ottawa', party: 'UKR', events: [] }, '2006-05-31')).toBe(false);
  });

  it('says a known non-party is not bound, with a warning', () => {
    const usa = simulate({ treaty: 'ottawa', party: 'USA', events: [] });
    expect(usa.warnings.map((w) => w.code)).toEqual(['NOT_A_PARTY']);
    expect(usa.warnings[0]?.message).toContain('United States (USA) is not a party');
    expect(usa.membership).toMatchObject({ status: 'non-party', entryIntoForce: null });
    expect(statusOn(usa, '2020-01-01')).toMatchObject({ bound: false, stage: 'not-a-party', article: 'VCLT Art. 2(1)(g)' });
  });

  it('gives memberships that MembershipSchema describes, for a party and a known non-party alike', () => {
    for (const [party, status] of [
      ['POL', 'party'],
      ['USA', 'non-party'],
    ] as const) {
      const { membership } = simulate({ treaty: 'ottawa', party, events: [] });
      expect(MembershipSchema.parse(membership)).toEqual(membership);
      expect(membership?.status).toBe(status);
    }
    expect(
      MembershipSchema.safeParse({ ...simulate({ treaty: 'ottawa', party: 'POL', events: [] }).membership, status: 'member' })
        .success,
    ).toBe(false);
  });

  it('warns, and does not refuse, a party code the data does not know', () => {
    const hypothetical = simulate({ treaty: 'ottawa', party: 'XYZ', events: [] });
    expect(hypothetical.warnings.map((w) => w.code)).toEqual(['PARTY_NOT_IN_DATA']);
    expect(hypothetical.membership).toBeNull();
    expect(statusOn(hypothetical, '2020-01-01')).toMatchObject({ bound: true, stage: 'not-started' });
    // Every shipped table is complete: a known state missing from one is not a party.
    expect(simulate({ treaty: 'rome-statute', party: 'USA', events: [] }).warnings.map((w) => w.code)).toEqual(['NOT_A_PARTY']);
    const malawi = simulate({ treaty: 'rome-statute', party: 'MWI', events: [] });
    expect(malawi.warnings).toEqual([]);
    expect(statusOn(malawi, '2002-11-30')).toMatchObject({ bound: false, stage: 'not-a-party' });
    expect(statusOn(malawi, '2002-12-01').bound).toBe(true);
    // A label of the user's own is not a code: no warning.
    expect(simulate({ treaty: 'ottawa', party: 'Ruritania', events: [] }).warnings).toEqual([]);
    // No party data for the treaty: nothing to say.
    expect(simulate({ treaty: 'paris-agreement', party: 'USA', events: [] })).toMatchObject({ membership: null, warnings: [] });
  });
});

describe('bundles stay lean', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

  /** Every module reachable from `entry` through relative imports. */
  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
        visit(resolve(dirname(file), (spec as string).replace(/\.js$/, '.ts')));
      }
    };
    visit(entry);
    return seen;
  }

  it('keeps the party data out of the machine and the date functions (the names of states only, for its messages)', () => {
    // The message table names a state by its code as `Lithuania (LTU)`: src/parties/names.ts and
    // its code table, which hold no data of who is a party to what.
    const names = ['src/parties/names.ts', 'src/parties/alpha3.ts'];
    for (const entry of ['src/machine/index.ts', 'src/dates/index.ts', 'src/treaties/index.ts']) {
      const modules = [...reachable(join(root, entry))].map((f) => f.slice(root.length + 1));
      expect(
        modules.filter((m) => m.startsWith('src/parties/') && !names.includes(m)),
        entry,
      ).toEqual([]);
    }
  });

  it('reaches the party tables from the package root and treaty-withdrawal/parties only, never from core', () => {
    const modulesOf = (entry: string) => [...reachable(join(root, entry))].map((f) => f.slice(root.length + 1));
    const tables = ['src/parties/data/ottawa.ts', 'src/parties/data/ccm.ts', 'src/parties/data/rome-statute.ts'];
    for (const entry of ['src/index.ts', 'src/parties/data/index.ts'])
      expect(modulesOf(entry)).toEqual(expect.arrayContaining(tables));
    for (const entry of ['src/core.ts', 'src/simulate/simulate.ts', 'src/parties/index.ts', 'src/render/index.ts'])
      expect(
        modulesOf(entry).filter((m) => m.startsWith('src/parties/data/')),
        entry,
      ).toEqual([]);
    expect(readdirSync(join(root, 'src/parties/data')).sort()).toEqual(['ccm.ts', 'index.ts', 'ottawa.ts', 'rome-statute.ts']);
  });
});
