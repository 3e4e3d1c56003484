export { simulate, safeSimulate, simulateMany, parseScenario } from './simulate.js';
export type { SimulationResult, SafeSimulationResult, SurvivingObligation } from './simulate.js';
export { ScenarioSchema, MAX_EVENTS } from './scenario.js';
export type { Scenario, ParsedScenario } from './scenario.js';
export { monteCarlo, createRandom } from './monte-carlo.js';
export type { MonteCarloOptions, MonteCarloSummary, EffectiveDateDistribution, Random } from './monte-carlo.js';
