/** src/render/mermaid.ts: labels and partial diagrams (the full diagrams' words are in tests/wording). */
import { describe, expect, it } from 'vitest';
import { defineTreaty, ganttTimeline, getTreaty, machineDiagram, simulate, type TreatyProfileInput } from '../../src/index.js';
import { label } from '../../src/render/mermaid.js';

describe('diagrams', () => {
  it('turn Mermaid syntax in labels into plain words', () => {
    expect(label('Art. 20: notice; "six" months #2\n   later ')).toBe("Art. 20 – notice, 'six' months No. 2 later");
  });

  it('draw only the states asked for, and highlight only one of them', () => {
    const part = machineDiagram({ notes: false, states: ['deferred', 'effective'], highlight: 'procedure' });
    expect(part).not.toContain('[*] --> procedure');
    expect(part).not.toContain('classDef current');
    expect(part).toContain('deferred --> effective');
    expect(machineDiagram({ notes: false, states: ['procedure'] })).toContain('[*] --> procedure');
  });

  it('word each state’s note from its key in the table, English unless another table gives it', () => {
    const english = machineDiagram({ states: ['revoked'] });
    expect(english).toContain('Revoked – the notice was withdrawn before it took effect, the party stays bound.');
    const french = machineDiagram({
      states: ['revoked', 'effective'],
      messages: { 'state.revoked': () => 'Révoqué : la notification a été retirée avant de prendre effet.' },
    });
    expect(french).toContain('Révoqué – la notification a été retirée avant de prendre effet.');
    expect(french).toContain('Effective – the party is no longer bound');
  });

  it('word the general law of a state or transition from the table, and show a treaty’s own article instead', () => {
    const english = machineDiagram({ notes: false, states: ['procedure', 'noticePeriod', 'abandoned'] });
    expect(english).toContain(
      'state "procedure · in-procedure · domestic law (procedure profile), VCLT Art. 67(2)" as procedure',
    );
    expect(english).toContain('state "abandoned · abandoned · domestic law (procedure profile)" as abandoned');
    expect(english).toContain('procedure --> noticePeriod : instrument.deposited (VCLT Art. 67, the treaty’s withdrawal clause)');
    const french = machineDiagram({
      notes: false,
      states: ['procedure', 'noticePeriod', 'abandoned'],
      messages: {
        'law.domesticProcedure': (p) => `droit interne${p.vclt === null ? '' : ` ; ${p.vclt}`}`,
        'law.underWithdrawalClause': (p) => `${p.vclt} ; la clause de retrait du traité`,
      },
    });
    expect(french).toContain('state "procedure · in-procedure · droit interne , VCLT Art. 67(2)" as procedure');
    expect(french).toContain('state "abandoned · abandoned · droit interne" as abandoned');
    expect(french).toContain('procedure --> noticePeriod : instrument.deposited (VCLT Art. 67 , la clause de retrait du traité)');
    const ottawa = machineDiagram({
      notes: false,
      states: ['procedure', 'noticePeriod'],
      treaty: getTreaty('ottawa'),
      messages: {},
    });
    expect(ottawa).toContain('procedure --> noticePeriod : instrument.deposited (Art. 20(2))');
  });

  it('cite a treaty’s own article on every state and transition its provisions govern, never the general words', () => {
    // A profile with each provision the machine can cite: the ECHR's effect and membership
    // rule, the Mine Ban Treaty's deferral clause, the ILO Constitution's conditions on effect.
    const echr = getTreaty('echr');
    const all = defineTreaty({
      ...(echr as TreatyProfileInput),
      id: 'every-provision-test',
      withdrawal: {
        ...echr.withdrawal,
        armedConflictDeferral: getTreaty('ottawa').withdrawal.armedConflictDeferral,
        conditions: getTreaty('ilo-constitution').withdrawal.conditions,
      } as TreatyProfileInput['withdrawal'],
    });
    const diagram = machineDiagram({ notes: false, treaty: all });
    const general = diagram.split('\n').filter((line) => line.includes('the treaty’s'));
    expect(general).toEqual([]);
    expect(diagram).toContain('noticePeriod --> effective : clock.advanced (Art. 58(1))');
    expect(diagram).toContain('noticePeriod --> effective : membership.terminated (Art. 58(3) with Art. 58(1))');
    expect(diagram).toContain('deferred --> effective : armedConflict.ended (Art. 20(3))');
  });
});

describe('ganttTimeline', () => {
  const bar = (chart: string) => chart.split('\n').find((line) => /[ :]s0, /.test(line));

  it('gives a stage that opens on the as-of date one day, not none', () => {
    const finland = simulate({
      treaty: 'ottawa',
      party: 'FIN',
      events: [{ type: 'instrument.deposited', date: '2025-06-27' }],
      asOf: '2025-06-27',
    });
    expect(bar(ganttTimeline(finland))).toBe('  notice-period (ongoing) :active, s0, 2025-06-27, 2025-06-28');
  });

  it('stops a bar at the last day of the calendar', () => {
    const last = simulate({
      treaty: 'ottawa',
      party: 'FIN',
      procedure: 'executive',
      events: [{ type: 'decree.signed', date: '9999-12-31' }],
      asOf: '9999-12-31',
    });
    expect(bar(ganttTimeline(last))).toBe('  in-procedure (ongoing) :s0, 9999-12-31, 9999-12-31');
  });
});
