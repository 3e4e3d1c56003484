/** src/render/mermaid.ts: labels and partial diagrams (the full diagrams' words are in tests/wording). */
import { describe, expect, it } from 'vitest';
import { machineDiagram } from '../../src/index.js';
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
});
