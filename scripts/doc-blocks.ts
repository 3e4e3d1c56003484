/**
 * The generated parts of the docs: each is written between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` by
 * `npm run docs:generate`, and tests/docs.test.ts fails when one drifts from
 * what the code says now.
 */
import { describeEffectRule, machineDiagram, treaties } from '../src/index.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A URL safe inside a Markdown link: parentheses would end the link early. */
function url(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function treatiesTable(): string {
  const rows = treaties.map((t) => {
    const w = t.withdrawal;
    const extras = [
      w.laterDate ? `later date allowed (${w.laterDate.article})` : '',
      w.earliestNotice ? `notice only ${w.earliestNotice.yearsAfterEntryIntoForce} years after entry into force (${w.earliestNotice.article})` : '',
      w.armedConflictDeferral ? `deferred during armed conflict (${w.armedConflictDeferral.article})` : '',
      w.instrument.reasons !== 'not-required' ? `instrument must give ${w.instrument.reasons.replace('-', ' ')} (${w.instrument.article})` : '',
      w.basis === 'vclt-art-56' ? 'no withdrawal clause: VCLT Art. 56 default' : '',
      t.status !== 'in-force' ? `treaty ${t.status.replace(/-/g, ' ')}${t.terminatedOn ? ` since ${t.terminatedOn}` : ''}` : '',
    ].filter(Boolean);
    return `| \`${t.id}\` | [${escapeCell(t.shortName)}](${url(t.text)}) | ${escapeCell(t.depositary)} | ${escapeCell(describeEffectRule(w.effect))} | ${w.effect ? `[${escapeCell(w.effect.article)}](${url(w.effect.source)})` : '—'} | ${escapeCell(extras.join('; ') || '—')} | ${t.suspension.provided ? 'yes' : 'no'} |`;
  });
  return ['| id | treaty | depositary | effect | article | also | suspension clause |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Every generated block, by name. */
export const generatedBlocks: Record<string, () => string> = {
  'treaties-table': treatiesTable,
  'machine-diagram': () => ['```mermaid', machineDiagram({ notes: false }), '```'].join('\n'),
  'suspension-diagram': () =>
    ['```mermaid', machineDiagram({ notes: false, states: ['procedure', 'suspensionPending', 'suspensionContested', 'suspended', 'noticePeriod'] }), '```'].join('\n'),
};

const BLOCK = /<!-- generated:([\w-]+) -->([\s\S]*?)<!-- \/generated:\1 -->/g;

/** The text with every generated block brought up to date. */
export function regenerate(text: string): string {
  return text.replace(BLOCK, (whole, name: string) => {
    const make = generatedBlocks[name];
    return make ? `<!-- generated:${name} -->\n${make()}\n<!-- /generated:${name} -->` : whole;
  });
}

/** The generated blocks a text contains, as written. */
export function blocksIn(text: string): { name: string; body: string }[] {
  return [...text.matchAll(BLOCK)].map((m) => ({ name: m[1] as string, body: (m[2] as string).trim() }));
}
