/**
 * src/simulate/simulate.ts: safeSimulate keeps its promise never to throw when a
 * failure is not a WithdrawalError. No input reaches that path (every failure the
 * library foresees throws a WithdrawalError), so a fault is injected: the
 * executor's `runOut` throws the value the test sets.
 */
import { describe, expect, it, vi } from 'vitest';

const fault = vi.hoisted(() => ({ thrown: undefined as unknown }));

vi.mock('../../src/machine/executor.js', async (original) => {
  const actual = await original<typeof import('../../src/machine/executor.js')>();
  return {
    ...actual,
    runOut: (...args: Parameters<typeof actual.runOut>) => {
      if (fault.thrown !== undefined) throw fault.thrown;
      return actual.runOut(...args);
    },
  };
});

const { isWithdrawalError, safeSimulate, simulate, simulateMany } = await import('../../src/index.js');
type Scenario = import('../../src/index.js').Scenario;

const scenario: Scenario = { treaty: 'ottawa', events: [] };

describe('a failure that is not a WithdrawalError', () => {
  it('is thrown as it is by simulate', () => {
    fault.thrown = new RangeError('fault injected');
    expect(() => simulate(scenario)).toThrow(RangeError);
  });

  it('becomes INVALID_INPUT in safeSimulate and simulateMany, naming what happened', () => {
    fault.thrown = new RangeError('fault injected');
    const result = safeSimulate(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isWithdrawalError(result.error)).toBe(true);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toBe('the scenario could not be simulated: fault injected');
    const [batch] = simulateMany([scenario]);
    expect(batch?.success === false && batch.error.message).toBe('the scenario could not be simulated: fault injected');
  });

  it('is worded from its value when it is not an Error', () => {
    fault.thrown = 42;
    const result = safeSimulate(scenario);
    expect(result.success === false && result.error.message).toBe('the scenario could not be simulated: 42');
  });

  it('leaves a run without the fault as it was', () => {
    fault.thrown = undefined;
    expect(safeSimulate(scenario)).toMatchObject({ success: true, data: { outcome: 'in-procedure' } });
  });
});
