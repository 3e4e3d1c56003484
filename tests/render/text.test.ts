/**
 * The text renderers word what they add themselves (titles, the table's heads,
 * marks) from the message table, and from another language's table when given.
 */
import { describe, expect, it } from 'vitest';
import { type MessageOverrides, renderExplanation, renderTimeline, simulate } from '../../src/index.js';

const lithuania = simulate({ treaty: 'ccm', party: 'LTU', events: [{ type: 'instrument.deposited', date: '2024-09-06' }] });

const fr: MessageOverrides = {
  'text.timelineTitle': (p) => `${p.party ?? 'Partie sans nom'} · ${p.treaty} · procédure : ${p.procedure}`,
  'text.columns': () => 'ÉTAPE\tDU\tAU\tRÈGLE',
  'text.explanationTitle': (p) => `${p.party ?? 'Partie sans nom'} · ${p.treaty}`,
  headline: (p) => `${p.outcome} le ${p.effectiveOn}`,
};

describe('renderTimeline and renderExplanation', () => {
  it('name a state given by its code as `Lithuania (LTU)` in English', () => {
    expect(renderTimeline(lithuania).split('\n')[0]).toBe(
      'Lithuania (LTU) · Convention on Cluster Munitions (ccm) · procedure: none',
    );
    expect(renderTimeline(lithuania).split('\n')[3]).toMatch(/^ {2}STAGE +FROM +TO +RULE$/);
  });

  it('word their own words from the table given, and the rest as the result holds them', () => {
    const lines = renderTimeline(lithuania, { messages: fr }).split('\n');
    expect(lines.slice(0, 2)).toEqual(['LTU · Convention on Cluster Munitions · procédure : none', 'effective le 2025-03-06']);
    expect(lines[3]).toMatch(/^ {2}ÉTAPE +DU +AU +RÈGLE$/);
    const explanation = renderExplanation(lithuania, { messages: fr }).split('\n');
    expect(explanation[0]).toBe('LTU · Convention on Cluster Munitions');
    expect(explanation[3]).toBe(renderExplanation(lithuania).split('\n')[3]);
  });

  it('find the required domestic step by its message, in a localized result too', () => {
    const ukraine = simulate({
      treaty: 'ottawa',
      party: 'Ukraine',
      procedure: 'ukraine',
      events: [{ type: 'decree.signed', date: '2025-06-29' }],
    });
    const reworded = { ...ukraine, explanation: ukraine.explanation.map((s) => ({ ...s, rule: 'étape requise' })) };
    expect(renderTimeline(reworded).split('\n')[4]).toContain('étape requise');
  });

  it('show the required domestic step, not an earlier optional one, with or without the steps’ wording', () => {
    // The executive procedure requires the decree only; a legislature's approval before it is an optional step.
    const result = simulate({
      treaty: 'ottawa',
      party: 'UKR',
      procedure: 'executive',
      events: [
        { type: 'parliament.approved', date: '2025-05-01' },
        { type: 'decree.signed', date: '2025-06-01' },
      ],
    });
    expect(result.explanation.map((s) => s.rule)).toEqual(['domestic step (not required)', 'required domestic step']);
    const bare = { ...result, explanation: result.explanation.map(({ wording: _, ...s }) => s) };
    for (const shown of [result, bare]) {
      const row = renderTimeline(shown).split('\n')[4];
      expect(row).toMatch(
        /^ {2}in-procedure +2025-05-01 +… +the party’s constitution \(executive power over treaties\) · required domestic step$/,
      );
    }
    // Reworded rules (another language's table): the step is still found by its message's key.
    const reworded = {
      ...result,
      explanation: result.explanation.map((s, i) => ({ ...s, rule: i === 0 ? 'étape facultative' : 'étape requise' })),
    };
    expect(renderTimeline(reworded).split('\n')[4]).toMatch(/· étape requise$/);
    // Without a required step, the first domestic step stands for the stage.
    const optionalOnly = { ...bare, explanation: bare.explanation.slice(0, 1) };
    expect(renderTimeline(optionalOnly).split('\n')[4]).toContain('· domestic step (not required)');
  });

  it('leave the rule of a stage blank when its steps are missing, rather than show another stage’s', () => {
    const result = simulate({
      treaty: 'ottawa',
      party: 'UKR',
      procedure: 'executive',
      asOf: '2025-07-01',
      events: [
        { type: 'decree.signed', date: '2025-06-01' },
        { type: 'instrument.deposited', date: '2025-06-02' },
      ],
    });
    expect(result.timeline.map((s) => s.stage)).toEqual(['in-procedure', 'notice-period']);
    const rows = (r: typeof result) => renderTimeline(r).split('\n').slice(4);
    expect(rows(result)[1]).toMatch(/^ {2}notice-period +2025-06-02 +… +Art\. 20\(3\) · 6 months after receipt$/);
    const trimmed = { ...result, explanation: result.explanation.filter((s) => s.fact === 'domestic-step') };
    expect(rows(trimmed)[0]).toBe(rows(result)[0]);
    expect(rows(trimmed)[1]).toMatch(/^ {2}notice-period +2025-06-02 +… *$/);
  });

  it('give each armed conflict the rule of its own step, found by fact and date, not a step of the same day', () => {
    const events = [
      { type: 'armedConflict.started', date: '2025-03-01' },
      { type: 'armedConflict.ended', date: '2025-04-01' },
      { type: 'instrument.deposited', date: '2025-06-27' },
      { type: 'armedConflict.started', date: '2025-06-27' },
    ] as const;
    const conflictRows = (result: ReturnType<typeof simulate>) =>
      renderTimeline(result, { color: false })
        .split('\n')
        .filter((row) => row.startsWith('  armed conflict'));
    // The second conflict begins on the day of receipt: its row cites the conflict clause, not the receipt's article.
    expect(conflictRows(simulate({ treaty: 'ottawa', party: 'UKR', events }))).toEqual([
      '  armed conflict  2025-03-01  2025-04-01  Art. 20(3) · defers effect if ongoing at expiry',
      '  armed conflict  2025-06-27  …           Art. 20(3) · defers effect if ongoing at expiry',
    ]);
    // A treaty with no conflict clause: no conflict has a step, and none borrows the receipt's.
    const rome = conflictRows(simulate({ treaty: 'rome-statute', party: 'HUN', events }));
    expect(rome).toHaveLength(2);
    for (const row of rome) expect(row).toMatch(/ {2}no effect on this treaty$/);
    // A conflict whose own step is missing says so, and does not take another conflict's.
    const ukraine = simulate({ treaty: 'ottawa', party: 'UKR', events });
    const firstOnly = {
      ...ukraine,
      explanation: ukraine.explanation.filter((step) => step.fact !== 'armed-conflict' || step.date === '2025-03-01'),
    };
    expect(conflictRows(firstOnly)[1]).toMatch(/^ {2}armed conflict {2}2025-06-27 {2}… {11}no effect on this treaty$/);
  });
});
