/**
 * The researched real cases, as the fixture files hold them (one file per
 * research batch of #17), loaded once for the suites that check them: dates
 * reproduced (reproduced.test.ts), the party bound or not on the days that
 * matter (bound-on-the-day.test.ts), refusals (refused.test.ts), and sources
 * (sources.test.ts).
 */
import type { CalendarDate, Scenario } from '../../src/index.js';
import a from '../fixtures/real-cases-research-a.json' with { type: 'json' };
import aPending from '../fixtures/real-cases-research-a-pending.json' with { type: 'json' };
import b from '../fixtures/real-cases-research-b.json' with { type: 'json' };
import c from '../fixtures/real-cases-research-c.json' with { type: 'json' };
import d from '../fixtures/real-cases-research-d.json' with { type: 'json' };
import bRefusals from '../fixtures/real-refusals-research-b.json' with { type: 'json' };
import type { RealCase } from './reproduce.js';

/** A real attempt to withdraw that the treaty does not admit, with the error it gets. */
export interface RealRefusal {
  id: string;
  sources: string[];
  scenario: Scenario;
  expectedError: { code: string; path: string };
}

/** A case whose deposit is dated by its sources to a window, not a day. */
export interface WindowedCase extends RealCase {
  depositWindow: { from: CalendarDate; to: CalendarDate };
}

export const casesA = a as unknown as RealCase[];
/** Cases of the first file whose dates cannot be computed yet. */
export const pendingA = aPending as unknown as RealCase[];
export const casesB = b as unknown as RealCase[];
export const refusalsB = bRefusals as unknown as RealRefusal[];
export const casesC = c as unknown as RealCase[];
export const completedC = casesC.filter((x) => x.expected.outcome !== 'revoked');
export const revokedC = casesC.filter((x) => x.expected.outcome === 'revoked');
export const casesD = d as unknown as WindowedCase[];
