import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { acceptedEvents } from '../../src/machine/apply.js';
import { compiledStates } from '../../src/machine/executor.js';
import { guards } from '../../src/machine/logic.js';
import { withdrawalMachine } from '../../src/machine/machine.js';
import { structureOf } from '../../src/machine/structure.js';

describe('structureOf', () => {
  const structure = structureOf(withdrawalMachine);

  it('reads the states, the initial state and the root catch-all', () => {
    expect(Object.keys(structure.states)).toEqual([
      'procedure',
      'suspensionPending',
      'suspensionContested',
      'suspended',
      'noticePeriod',
      'deferred',
      'effective',
      'revoked',
      'abandoned',
    ]);
    expect(structure.initial).toBe('procedure');
    expect(Object.keys(structure.root.on)).toEqual(['*']);
    expect(structure.root.on['*']?.[0]?.actions).toEqual(['refuse']);
    expect(structure.states.effective.type).toBe('final');
    expect(structure.states.noticePeriod.type).toBe('atomic');
    expect(structure.states.noticePeriod.tags).toEqual(['clock']);
    expect(structure.states.noticePeriod.meta?.outcome).toBe('notice-period');
    expect(structure.states.noticePeriod.meta?.deadline).toBeDefined();
    expect(structure.states.deferred.meta?.deadline).toBeUndefined();
  });

  it('agrees with the executor’s tables on every guard, target and event order', () => {
    for (const [name, compiled] of Object.entries(compiledStates)) {
      const state = structure.states[name as keyof typeof compiledStates];
      expect(Object.keys(state.on)).toEqual([...compiled.on.keys()]);
      expect(acceptedEvents(compiled.name)).toEqual([...compiled.on.keys()]);
      for (const [event, transitions] of compiled.on) {
        const read = state.on[event as keyof typeof state.on] ?? [];
        expect(read.map((t) => [t.guard === undefined ? undefined : guards[t.guard as keyof typeof guards], t.target])).toEqual(
          transitions.map((t) => [t.guard, t.target?.name]),
        );
        for (const t of read) {
          expect([t.unnamedGuard, t.reenter, t.actions.length, t.targets.siblings]).toEqual([false, false, 1, true]);
        }
      }
    }
  });

  it('the deposit carries its description and meta, and a transition with no target stays', () => {
    const [deposit] = structure.states.procedure.on['instrument.deposited'] ?? [];
    expect(deposit?.target).toBe('noticePeriod');
    expect(deposit?.description).toBe('Depositary receives the instrument: the period runs from receipt');
    expect(deposit?.meta?.provision).toBe('instrument');
    const [tick] = structure.states.noticePeriod.on['clock.advanced'] ?? [];
    expect(tick?.targets.count).toBeGreaterThanOrEqual(0);
    const [step] = structure.states.procedure.on['decree.signed'] ?? [];
    expect([step?.target, step?.targets.count, step?.guard]).toEqual([undefined, 0, 'stepInSequence']);
  });

  it('reports what a flat machine lacks: children, always, after, entry, inline guards, deep targets', () => {
    const machine = setup({}).createMachine({
      initial: 'a',
      states: {
        a: {
          entry: () => undefined,
          always: [{ guard: () => false, target: 'b' }],
          after: { 1000: 'b' },
          on: { go: { guard: () => true, target: '#deep' } },
        },
        b: { initial: 'inner', states: { inner: { id: 'deep' } } },
      },
    });
    // A machine of other states and events: read it as plain records.
    type Shape = ReturnType<typeof structureOf>['states']['procedure'];
    const read = structureOf(machine) as unknown as { states: { a: Shape & { on: { go?: Shape['on']['*'] } }; b: Shape } };
    // XState adds the `after` timer's own entry (schedule) and exit (cancel) actions.
    expect(read.states.a.features).toEqual({
      children: 0,
      always: 1,
      alwaysDeclared: true,
      after: 1,
      entry: 2,
      exit: 1,
      invoke: 0,
    });
    expect(read.states.b.features.alwaysDeclared).toBe(false);
    expect(read.states.b.features.children).toBe(1);
    expect(read.states.b.type).toBe('compound');
    const [go] = read.states.a.on.go ?? [];
    expect([go?.unnamedGuard, go?.guard, go?.target, go?.targets]).toEqual([
      true,
      undefined,
      undefined,
      { count: 1, siblings: false },
    ]);
    expect(structureOf(machine)).toBe(read);
  });
});
