import { describe, expect, it } from 'vitest';
import { renderExplanation, renderTimeline, simulate } from '../../src/index.js';
import { codeOf, partyLabel, partyName } from '../../src/parties/names.js';
import { ganttTimeline } from '../../src/render/mermaid.js';

describe('partyLabel', () => {
  it('names a state given by its code, in any case, and keeps anything else as given', () => {
    expect(partyLabel('LTU')).toBe('Lithuania (LTU)');
    expect(partyLabel('ltu')).toBe('Lithuania (LTU)');
    expect(partyLabel('Lithuania')).toBe('Lithuania');
    expect(partyLabel('XYZ')).toBe('XYZ');
    expect(partyLabel(null)).toBeUndefined();
  });

  it('gives the same label and name on every call, whatever spelling of a code came first', () => {
    // Both are kept by the code as given once looked up: a second call reads them back.
    for (const code of ['Pse', 'PSE', 'pse', 'Pse']) {
      expect(partyLabel(code)).toBe('State of Palestine (PSE)');
      expect(partyName(code)).toBe('State of Palestine');
    }
    for (const code of ['nOR', 'NOR', 'nOR']) {
      expect(partyName(code)).toBe('Norway');
      expect(partyLabel(code)).toBe('Norway (NOR)');
    }
    // Anything else is never kept: asked again, it is still what it was.
    for (let i = 0; i < 2; i++) {
      expect(partyLabel('Ruritania')).toBe('Ruritania');
      expect(partyName('XYZ')).toBeUndefined();
      expect(partyName(7 as never)).toBeUndefined();
    }
  });
});

describe('render titles', () => {
  it('show the name of a party given by its code, under a treaty without party data too', () => {
    const result = simulate({ treaty: 'paris-agreement', party: 'USA', entryIntoForce: '2016-11-04', events: [] });
    expect(renderTimeline(result).split('\n')[0]).toBe(
      'United States (USA) · Paris Agreement (paris-agreement) · procedure: none',
    );
    expect(renderExplanation(result).split('\n')[0]).toBe('United States (USA) · Paris Agreement');
    expect(ganttTimeline(result)).toContain('title United States (USA) · Paris Agreement · in-procedure');
  });
});

describe('codeOf', () => {
  it('finds the code of a party given by its code or its English name, case and surrounding spaces aside', () => {
    expect(codeOf('pol')).toBe('POL');
    expect(codeOf('Poland')).toBe('POL');
    expect(codeOf('  poland ')).toBe('POL');
    expect(codeOf('Polska')).toBeUndefined();
  });
});
