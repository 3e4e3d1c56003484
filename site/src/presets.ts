import type { Scenario } from 'treaty-withdrawal';
import realCases from '../../tests/fixtures/real-cases.json' with { type: 'json' };

/** A real case to load, with where its facts come from. */
export interface Preset {
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly scenario: Scenario;
  readonly sources: readonly string[];
}

interface RealCase {
  id: string;
  sources: string[];
  scenario: Scenario;
}

const cases = new Map((realCases as unknown as RealCase[]).map((c) => [c.id, c]));

function preset(id: string, group: string, label: string): Preset {
  const found = cases.get(id);
  if (!found) throw new Error(`no real case ${id}`);
  return { id, group, label, scenario: found.scenario, sources: found.sources };
}

/** The presets, in the order the menu shows them. */
export const presets: readonly Preset[] = [
  preset('apmbt-ukr-2025', 'Ukraine and the Mine Ban Treaty', 'Ukraine 2025, read as an Art. 20 withdrawal'),
  preset('apmbt-ukr-2025-suspension', 'Ukraine and the Mine Ban Treaty', 'Ukraine 2025 as it happened: a suspension'),
  preset('apmbt-ltu-2025', 'The 2025 Mine Ban Treaty wave', 'Lithuania 2025'),
  preset('apmbt-lva-2025', 'The 2025 Mine Ban Treaty wave', 'Latvia 2025'),
  preset('apmbt-est-2025', 'The 2025 Mine Ban Treaty wave', 'Estonia 2025'),
  preset('apmbt-fin-2025', 'The 2025 Mine Ban Treaty wave', 'Finland 2025'),
  preset('apmbt-pol-2025', 'The 2025 Mine Ban Treaty wave', 'Poland 2025'),
  preset('rome-phl-2018', 'Other treaties', 'Philippines and the Rome Statute (2018)'),
  preset('paris-usa-2019', 'Other treaties', 'United States and the Paris Agreement (2019)'),
  preset('paris-usa-2025', 'Other treaties', 'United States and the Paris Agreement (2025)'),
  preset('rome-gmb-2016', 'Other treaties', 'The Gambia and the Rome Statute: revoked (2016–17)'),
  preset('who-usa-2020', 'Other treaties', 'United States and the WHO: revoked (2020–21)'),
];
