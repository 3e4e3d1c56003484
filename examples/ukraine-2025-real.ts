/**
 * What Ukraine actually did in 2025: its law of 15 July 2025 and the notice of
 * 18 July declared a *suspension* of the Mine Ban Treaty, invoking a fundamental
 * change of circumstances (VCLT Art. 62), not an Art. 20 withdrawal. A
 * suspension starts no withdrawal clock. States Parties objected within the
 * three-month window of VCLT Art. 65, the Convention has no suspension clause,
 * and on 5 December 2025 the Meeting of States Parties concluded that it does
 * not allow the suspension of its operation: Ukraine remains bound.
 *
 * Run: npx tsx examples/ukraine-2025-real.ts
 */
import { renderExplanation, renderTimeline, type Scenario, simulate, statusOn } from 'treaty-withdrawal';

const ukraineReal: Scenario = {
  treaty: 'ottawa',
  party: 'Ukraine',
  procedure: 'ukraine',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24' },
    { type: 'decree.signed', date: '2025-06-29', note: 'decree enacting the NSDC decision' },
    { type: 'parliament.approved', date: '2025-07-15', note: 'law No. 0329 "on suspension", 299 votes' },
    { type: 'law.signed', date: '2025-07-15' },
    {
      type: 'suspension.notified',
      date: '2025-07-18',
      ground: 'fundamental-change',
      reasons: 'Russia, not a party, uses anti-personnel mines massively; circumstances not foreseeable at ratification.',
      source: 'https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty',
    },
    {
      type: 'objection.raised',
      date: '2025-10-17',
      by: 'Switzerland',
      source: 'http://www.globalsecurity.org/wmd/library/news/ukraine/2025/10/ukraine-251017-ch01.htm',
    },
    { type: 'objection.raised', date: '2025-11-25', by: 'New Zealand' },
    {
      type: 'suspension.rejected',
      date: '2025-12-05',
      by: '22nd Meeting of States Parties',
      source:
        'https://www.npaid.org/mine-action-and-disarmament/news/states-parties-affirm-ukraines-suspension-not-allowed-under-the-anti-personnel-mine-ban-convention',
    },
  ],
};

const result = simulate(ukraineReal);
console.log('Ukraine 2025 as it happened: a suspension, not a withdrawal\n');
console.log(renderTimeline(result));
console.log(
  `\nOutcome: ${result.outcome}; effective date: ${result.effectiveOn ?? 'none'}; withdrawal notice period: ${result.noticeExpiresOn ?? 'none started'}`,
);
for (const date of ['2025-07-01', '2025-10-20', '2026-01-18', '2026-06-01'] as const) {
  const status = statusOn(result, date);
  console.log(`Bound on ${date}? ${status.bound ? 'yes' : 'no'} (${status.stage})`);
}
console.log(`\n${renderExplanation(result)}`);
