export { localize } from './localize.js';
export type { EffectiveDateDistribution, MonteCarloOptions, MonteCarloSummary, Random } from './monte-carlo.js';
export { createRandom, monteCarlo } from './monte-carlo.js';
export type { ParsedScenario, Scenario } from './scenario.js';
export { MAX_EVENTS, ScenarioSchema } from './scenario.js';
export type { SafeSimulationResult, SimulationResult, SurvivingObligation } from './simulate.js';
export { parseScenario, safeSimulate, simulate, simulateMany } from './simulate.js';
