/**
 * Another language for a result: its steps and warnings are worded again from a
 * table that gives some of the keys, without running the rules again.
 */
import { describe, expect, it } from 'vitest';
import {
  headline,
  localize,
  type MessageOverrides,
  renderExplanation,
  type Scenario,
  simulate,
  statusOn,
} from '../../src/index.js';

/** A small fake table (French, three keys) standing for a whole language. */
const fr: MessageOverrides = {
  'rule.receipt': () => 'le délai court à compter de la réception par le dépositaire',
  receipt: (p) => `L’instrument de retrait a été reçu le ${p.receivedOn} (dépositaire : ${p.depositary}).`,
  reasonsMissing: (p) => `${p.treaty} ${p.article} exige que l’instrument en donne les raisons ; il n’en donne aucune`,
};

const poland = simulate({
  treaty: 'ottawa',
  party: 'Poland',
  events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
});

/** Ukraine's deposit during the armed conflict: a deferral whose reasons are a nested message. */
const deferredUkraine: Scenario = {
  treaty: 'ottawa',
  party: 'Ukraine',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24' },
    { type: 'instrument.deposited', date: '2025-07-18', reasons: 'r' },
  ],
};

describe('localize', () => {
  it('words a real result’s steps and warnings from another table, and the keys it lacks in English', () => {
    const french = localize(poland, fr);
    expect(french.explanation.map((s) => s.rule)).toEqual([
      'le délai court à compter de la réception par le dépositaire',
      '6 months after receipt',
      'effect 6 months after receipt',
    ]);
    expect(french.explanation[0]?.statement).toBe(
      'L’instrument de retrait a été reçu le 2025-08-20 (dépositaire : UN Secretary-General).',
    );
    expect(french.explanation[1]?.statement).toBe(poland.explanation[1]?.statement);
    expect(french.warnings.map((w) => [w.code, w.message])).toEqual([
      ['REASONS_MISSING', 'Mine Ban Treaty Art. 20(2) exige que l’instrument en donne les raisons ; il n’en donne aucune'],
    ]);
  });

  it('changes words only: dates, codes, articles and sources stay, and the result itself is untouched', () => {
    const english = JSON.stringify(poland);
    const french = localize(poland, fr);
    expect(JSON.stringify(poland)).toBe(english);
    expect(french.effectiveOn).toBe('2026-02-20');
    expect(french.explanation.map((s) => [s.fact, s.date, s.article, s.source, s.clamped])).toEqual(
      poland.explanation.map((s) => [s.fact, s.date, s.article, s.source, s.clamped]),
    );
    expect(french.warnings.map((w) => [w.code, w.article, w.source])).toEqual(
      poland.warnings.map((w) => [w.code, w.article, w.source]),
    );
  });

  it('gives back the English words with an empty table, and after a trip through JSON', () => {
    expect(localize(poland, {})).toEqual(poland);
    const revived = JSON.parse(JSON.stringify(poland)) as typeof poland;
    expect(localize(revived, fr).explanation[0]?.rule).toBe('le délai court à compter de la réception par le dépositaire');
  });

  it('keeps the words of a step or warning it cannot word again', () => {
    const step = poland.explanation[0];
    const warning = poland.warnings[0];
    if (!step || !warning) throw new Error('expected a step and a warning');
    const { wording: _s, ...bare } = step;
    const { wording: _w, ...plain } = warning;
    const odd = {
      ...poland,
      explanation: [bare, { ...step, wording: { rule: { key: 'nope' }, statement: step.wording?.statement } }],
      warnings: [plain],
    };
    const french = localize(odd as typeof poland, fr);
    expect(french.explanation.map((s) => s.rule)).toEqual([step.rule, step.rule]);
    expect(french.warnings[0]?.message).toBe(warning.message);
  });

  it('words a message nested in another (the deferral’s reasons) from the same table', () => {
    const ukraine = simulate(deferredUkraine);
    const french = localize(ukraine, {
      deferral: (p, say) => `À l’expiration du délai, le ${p.expiry}, ${say(p.reasons)}.`,
      deferredByConflict: (p) => `${p.party} était engagée dans un conflit armé (depuis le ${p.since})`,
    });
    const deferral = french.explanation.find((s) => s.fact === 'deferral');
    expect(deferral?.statement).toBe(
      'À l’expiration du délai, le 2026-01-18, Ukraine était engagée dans un conflit armé (depuis le 2022-02-24).',
    );
    // renderExplanation words nothing itself: it shows the localized statements.
    expect(renderExplanation(french)).toContain('Ukraine était engagée dans un conflit armé');
  });

  it('leaves statusOn’s answer alone: the deferral is read from its code, not its words', () => {
    const ukraine = simulate(deferredUkraine);
    const reworded = localize(ukraine, { 'rule.deferral': () => 'pas d’effet avant la fin du conflit armé' });
    expect(reworded.explanation.find((s) => s.fact === 'deferral')?.rule).toBe('pas d’effet avant la fin du conflit armé');
    const english = statusOn(ukraine, '2026-06-01');
    const status = statusOn(reworded, '2026-06-01');
    expect(status.stage).toBe('deferred');
    expect(status.bound).toBe(true);
    expect(status.reason).toBe(english.reason);
    expect(status.reason).toBe(
      'The notice period ended on 2026-01-18 while Ukraine was engaged in an armed conflict: the withdrawal does not take effect before the conflict ends, so the Mine Ban Treaty still binds Ukraine.',
    );
  });

  it('words a status on a date again: its reason from the French key, the answer unchanged', () => {
    const english = statusOn(poland, '2025-12-01');
    const french = localize(english, {
      'status.noticePeriod': (p) =>
        `Notification reçue le ${p.receivedOn} ; le retrait prend effet le ${p.effectiveOn}. Jusque-là, le ${p.treaty} lie ${p.party}.`,
    });
    expect(french.reason).toBe(
      'Notification reçue le 2025-08-20 ; le retrait prend effet le 2026-02-20. Jusque-là, le Mine Ban Treaty lie Poland.',
    );
    expect({ ...french, reason: english.reason }).toEqual(english);
    expect(localize(english, {})).toEqual(english);
    const { wording: _, ...bare } = english;
    expect(localize(bare, fr)).toEqual(bare);
  });

  it('words a deferral’s status from the deferral step’s own message', () => {
    const obligations = simulate({
      treaty: 'ilo-constitution',
      party: 'Ruritania',
      events: [
        { type: 'instrument.deposited', date: '2020-01-01' },
        { type: 'obligations.outstanding', date: '2020-06-01' },
      ],
    });
    const status = statusOn(obligations, '2022-06-01');
    expect(status.stage).toBe('deferred');
    const french = localize(status, { deferral: (p) => `Le délai a expiré le ${p.expiry}.` });
    expect(french.reason).toBe('Le délai a expiré le 2022-01-01.');
  });

  it('words the headline from a table too', () => {
    expect(headline(poland)).toBe('effective on 2026-02-20');
    expect(headline(poland, { headline: (p) => `effectif le ${p.effectiveOn}` })).toBe('effectif le 2026-02-20');
    expect(renderExplanation(poland, { messages: { headline: () => 'en vigueur' } }).split('\n')[1]).toBe('en vigueur');
  });
});
