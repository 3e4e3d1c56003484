/**
 * The generated parts of the docs: each is written between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` by
 * `npm run docs:generate`, and tests/docs/docs.test.ts fails when one drifts from
 * what the code says now.
 */
import {
  describeEffectRule,
  machineDiagram,
  type PartyTable,
  parties,
  partyDataTreatyIds,
  type TreatyProfile,
  treaties,
} from '../src/index.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A URL safe inside a Markdown link: parentheses would end the link early. */
function url(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The clause forms a profile's withdrawal rule uses, in words, each with its article. */
function clauseForms(t: TreatyProfile): string[] {
  const w = t.withdrawal;
  const e = w.effect;
  const period = e?.kind === 'after-receipt' ? e.period : undefined;
  const zero = period !== undefined && (period.years ?? 0) + (period.months ?? 0) + (period.days ?? 0) === 0;
  return [
    w.basis === 'none' ? 'no right of withdrawal: only by consent of all parties (VCLT Art. 54(b))' : '',
    w.basis === 'vclt-art-56' ? 'no withdrawal clause: implied right under VCLT Art. 56, contested' : '',
    w.positions?.length ? `unsettled: ${w.positions.length} position${w.positions.length === 1 ? '' : 's'} cited` : '',
    zero ? `effect upon receipt (${e?.article})` : '',
    e?.kind === 'after-receipt' && e.rounding ? `rounded to the ${e.rounding.replace(/-/g, ' ')} (${e.article})` : '',
    e?.kind === 'after-receipt' && e.counting === 'next-day' ? `counted as one day more (${e.article})` : '',
    e?.kind === 'end-of-term' ? `renewing terms (${e.article})` : '',
    w.laterDate ? `later date allowed (${w.laterDate.article})` : '',
    w.earliestNotice
      ? `notice only ${w.earliestNotice.yearsAfterEntryIntoForce} years after entry into force ${w.earliestNotice.from === 'treaty' ? 'of the treaty' : 'for the party'} (${w.earliestNotice.article})`
      : '',
    w.noticeWindows ? `notice only in a window after each ${w.noticeWindows.every.years} years (${w.noticeWindows.article})` : '',
    w.armedConflictDeferral
      ? `deferred during armed conflict${w.armedConflictDeferral.until === 'peace-and-repatriation' ? ' until peace and repatriation' : ''} (${w.armedConflictDeferral.article})`
      : '',
    w.extension ? `period extendable by agreement (${w.extension.article})` : '',
    ...(w.conditions ?? []).map((c) => `effect subject to obligations fulfilled (${c.article})`),
    ...(w.survival ?? []).map((c) => `obligations survive ${describePeriod(c.period)} (${c.article})`),
    w.membership?.kind === 'constituent' ? `membership may be terminated (${w.membership.article})` : '',
    w.membership?.kind === 'linked'
      ? `party status follows membership of ${w.membership.organisation} (${w.membership.article})`
      : '',
    w.instrument.reasons !== 'not-required'
      ? `instrument must give ${w.instrument.reasons.replace('-', ' ')} (${w.instrument.article})`
      : '',
    t.status !== 'in-force' ? `treaty ${t.status.replace(/-/g, ' ')}${t.terminatedOn ? ` since ${t.terminatedOn}` : ''}` : '',
  ].filter(Boolean);
}

function describePeriod(period: { years?: number | undefined; months?: number | undefined; days?: number | undefined }): string {
  const parts: string[] = [];
  for (const unit of ['years', 'months', 'days'] as const) {
    const n = period[unit] ?? 0;
    if (n) parts.push(`${n} ${n === 1 ? unit.slice(0, -1) : unit}`);
  }
  return parts.join(' and ');
}

function treatiesTable(): string {
  const rows = treaties.map((t) => {
    const w = t.withdrawal;
    const inForce = t.entryIntoForce ? `[${t.entryIntoForce.date}](${url(t.entryIntoForce.source)})` : 'not in force';
    const article = w.effect ? `[${escapeCell(w.effect.article)}](${url(w.effect.source)})` : '—';
    return `| \`${t.id}\` | [${escapeCell(t.shortName)}](${url(t.text)}) | ${inForce} | ${escapeCell(t.depositary)} | ${escapeCell(describeEffectRule(w.effect))} | ${article} | ${escapeCell(clauseForms(t).join('; ') || '—')} | ${t.suspension.provided ? 'yes' : 'no'} |`;
  });
  return [
    '| id | treaty | in force since | depositary | effect | article | clause forms and conditions | suspension clause |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function partyDataTable(): string {
  const rows = partyDataTreatyIds.map((id) => {
    const table = parties(id) as PartyTable;
    const current = table.parties.filter((p) => p.withdrawal === undefined).length;
    const withdrawn = table.parties.length - current;
    const total = table.publishedTotal;
    return `| \`${id}\` | ${table.parties.length} (${withdrawn} withdrawn or withdrawing) | ${table.complete ? 'yes' : 'no'} | [status](${url(table.source)}) as of ${table.asOf} | [${total.count}](${url(total.source)}) (${total.basis}) as of ${total.asOf} | ${escapeCell(`${table.rule.article}`)} |`;
  });
  return [
    '| treaty | states in the data | complete | source | published total | entry into force for a later party |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Every generated block, by name. */
export const generatedBlocks: Record<string, () => string> = {
  'treaties-table': treatiesTable,
  'party-data': partyDataTable,
  'machine-diagram': () => ['```mermaid', machineDiagram({ notes: false }), '```'].join('\n'),
  'suspension-diagram': () =>
    [
      '```mermaid',
      machineDiagram({
        notes: false,
        states: ['procedure', 'suspensionPending', 'suspensionContested', 'suspended', 'noticePeriod'],
      }),
      '```',
    ].join('\n'),
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
