import {
  type CalendarDate,
  formatMessage,
  headline,
  isCalendarDate,
  machineDiagram,
  parties,
  partyName,
  procedures,
  type Scenario,
  type SimulationResult,
  safeSimulate,
  statusOn,
  treaties,
  type WithdrawalError,
  withdrawalEventTypes,
} from 'treaty-withdrawal';
import { presets } from './presets.js';
import { drawTimeline } from './timeline.js';
import './style.css';

// ---------------------------------------------------------------------------
// State: the scenario being edited, as plain JSON
// ---------------------------------------------------------------------------

/** An event as the form holds it: its known fields as strings and flags, and anything else kept as given. */
type EditableEvent = Record<string, unknown> & { type: string; date: string };

/** The scenario as the form holds it. Nothing a loaded scenario had is dropped. */
interface Editable {
  /** A shipped id, or CUSTOM when the scenario carries a profile of its own. */
  treaty: string;
  party: string;
  procedure: string;
  entryIntoForce: string;
  events: EditableEvent[];
  /** Inline profiles and other fields (asOf, title, sources…), passed through. */
  customTreaty?: unknown;
  customProcedure?: unknown;
  rest: Record<string, unknown>;
}

const CUSTOM = '__custom__';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The fields each event type has, beyond its date and note. */
const EXTRA_FIELDS: Record<
  string,
  { name: string; label: string; kind: 'text' | 'date' | 'select' | 'checkbox'; options?: string[] }[]
> = {
  'instrument.deposited': [
    { name: 'laterDate', label: 'Later date named (optional)', kind: 'date' },
    { name: 'reasons', label: 'Reasons given (optional)', kind: 'text' },
  ],
  'suspension.notified': [
    {
      name: 'ground',
      label: 'Ground invoked',
      kind: 'select',
      options: ['fundamental-change', 'material-breach', 'supervening-impossibility', 'treaty-provision'],
    },
    { name: 'urgent', label: 'Claims special urgency', kind: 'checkbox' },
    { name: 'objectionPeriodEndsOn', label: 'Objections until (optional)', kind: 'date' },
  ],
  'objection.raised': [{ name: 'by', label: 'Objecting party', kind: 'text' }],
  'objection.withdrawn': [{ name: 'by', label: 'Party withdrawing its objection', kind: 'text' }],
  'suspension.rejected': [{ name: 'by', label: 'Found by', kind: 'text' }],
  'dispute.settled': [
    { name: 'outcome', label: 'Outcome', kind: 'select', options: ['suspension-upheld', 'suspension-abandoned'] },
    { name: 'by', label: 'How (optional)', kind: 'text' },
  ],
  'period.extended': [
    { name: 'until', label: 'Bound through (last day)', kind: 'date' },
    { name: 'by', label: 'Agreed by (optional)', kind: 'text' },
  ],
  'withdrawal.agreed': [
    { name: 'effectiveOn', label: 'Agreed date of effect', kind: 'date' },
    { name: 'by', label: 'Agreed by (optional)', kind: 'text' },
  ],
  'membership.terminated': [{ name: 'by', label: 'Ended by (optional)', kind: 'text' }],
};

let state: Editable = fromScenario({ treaty: 'ottawa', events: [] });

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}

function fromScenario(scenario: Scenario): Editable {
  const { treaty, party, procedure, entryIntoForce, events, ...rest } = scenario as unknown as Record<string, unknown>;
  return {
    treaty: typeof treaty === 'string' ? treaty : CUSTOM,
    party: asText(party),
    procedure: procedure === undefined ? 'none' : typeof procedure === 'string' ? procedure : CUSTOM,
    entryIntoForce: asText(entryIntoForce),
    events: (Array.isArray(events) ? events : []).map((event) => {
      const record = (event && typeof event === 'object' ? event : { type: String(event) }) as Record<string, unknown>;
      return { ...record, type: asText(record.type), date: asText(record.date) };
    }),
    ...(typeof treaty !== 'string' && { customTreaty: treaty }),
    ...(procedure !== undefined && typeof procedure !== 'string' && { customProcedure: procedure }),
    rest,
  };
}

/** The scenario the library reads: empty optional fields left out, everything else kept. */
function toScenario(editable: Editable): Scenario {
  const scenario: Record<string, unknown> = {
    ...editable.rest,
    treaty: editable.treaty === CUSTOM ? editable.customTreaty : editable.treaty,
  };
  if (editable.party.trim()) scenario.party = editable.party.trim();
  if (editable.procedure === CUSTOM) scenario.procedure = editable.customProcedure;
  else if (editable.procedure !== 'none') scenario.procedure = editable.procedure;
  if (editable.entryIntoForce.trim()) scenario.entryIntoForce = editable.entryIntoForce.trim();
  scenario.events = editable.events.map((event) => {
    const formFields = new Set([
      'note',
      ...Object.values(EXTRA_FIELDS)
        .flat()
        .map((f) => f.name),
    ]);
    const ownFields = new Set(['note', ...(EXTRA_FIELDS[event.type] ?? []).map((f) => f.name)]);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(event)) {
      // Fields of another event type linger after the type changed: drop those.
      if (formFields.has(key) && !ownFields.has(key)) continue;
      if (value === '' || value === false) continue;
      out[key] = typeof value === 'string' ? value.trim() : value;
    }
    out.type = event.type;
    out.date = event.date.trim();
    return out;
  });
  return scenario as unknown as Scenario;
}

// ---------------------------------------------------------------------------
// The URL holds the scenario, so a view can be shared
// ---------------------------------------------------------------------------

function encode(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(text: string): unknown {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

function readHash(): { scenario?: Scenario; on?: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  const result: { scenario?: Scenario; on?: string } = {};
  const encoded = params.get('scenario');
  if (encoded) {
    try {
      const value = decode(encoded);
      if (value && typeof value === 'object' && Array.isArray((value as Scenario).events)) result.scenario = value as Scenario;
    } catch {
      // An unreadable link falls back to the first preset; the page says so.
      setStatus('The link’s scenario could not be read; showing the first real case instead.');
    }
  }
  const on = params.get('on');
  if (on && isCalendarDate(on)) result.on = on;
  return result;
}

function shareableUrl(): string {
  const params = new URLSearchParams({ scenario: encode(toScenario(state)), on: $<HTMLInputElement>('bound-date').value });
  return `${location.href.split('#')[0]}#${params.toString()}`;
}

// ---------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------

function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

function fillSelects(): void {
  const presetSelect = $<HTMLSelectElement>('preset');
  presetSelect.append(option('', 'Choose a real case…'));
  for (const group of [...new Set(presets.map((p) => p.group))]) {
    const optgroup = document.createElement('optgroup');
    optgroup.label = group;
    for (const p of presets.filter((x) => x.group === group)) optgroup.append(option(p.id, p.label));
    presetSelect.append(optgroup);
  }
  for (const t of treaties) $<HTMLSelectElement>('treaty').append(option(t.id, `${t.shortName} (${t.id})`));
  for (const p of procedures) $<HTMLSelectElement>('procedure').append(option(p.id, p.name));
}

function fieldInput(i: number, name: string, label: string, kind: string, value: unknown, options?: string[]): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = kind === 'checkbox' ? 'field checkbox' : 'field';
  const id = `event-${i}-${name}`;
  const labelNode = document.createElement('label');
  labelNode.htmlFor = id;
  labelNode.textContent = label;
  let input: HTMLInputElement | HTMLSelectElement;
  if (kind === 'select') {
    input = document.createElement('select');
    const known = options ?? [];
    // A value the menu does not offer (from an imported file) stays, so the library can say what is wrong with it.
    for (const o of typeof value === 'string' && value && !known.includes(value) ? [value, ...known] : known)
      input.append(option(o, o));
    input.value = typeof value === 'string' && value ? value : (known[0] ?? '');
    if (!value) state.events[i]![name] = input.value;
  } else {
    input = document.createElement('input');
    input.type = kind === 'checkbox' ? 'checkbox' : 'text';
    if (kind === 'checkbox') input.checked = value === true;
    else input.value = asText(value);
    if (kind === 'date') {
      input.placeholder = 'YYYY-MM-DD';
      input.inputMode = 'numeric';
    }
    input.autocomplete = 'off';
  }
  input.id = id;
  input.dataset.event = String(i);
  input.dataset.field = name;
  const message = document.createElement('p');
  message.className = 'message';
  message.id = `${id}-message`;
  message.setAttribute('role', 'alert');
  input.setAttribute('aria-describedby', message.id);
  if (kind === 'checkbox') wrapper.append(input, labelNode, message);
  else wrapper.append(labelNode, input, message);
  return wrapper;
}

function renderEvents(): void {
  const list = $<HTMLOListElement>('events');
  list.replaceChildren();
  state.events.forEach((event, i) => {
    const item = document.createElement('li');
    item.className = 'event';
    item.id = `event-${i}`;
    const head = document.createElement('div');
    head.className = 'grid';
    const typeField = fieldInput(i, 'type', `Event ${i + 1}`, 'select', event.type, [...withdrawalEventTypes]);
    head.append(typeField, fieldInput(i, 'date', 'Date (YYYY-MM-DD)', 'date', event.date));
    for (const extra of EXTRA_FIELDS[event.type] ?? [])
      head.append(fieldInput(i, extra.name, extra.label, extra.kind, event[extra.name], extra.options));
    head.append(fieldInput(i, 'note', 'Note (optional)', 'text', event.note));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = `Remove event ${i + 1}`;
    remove.addEventListener('click', () => {
      state.events.splice(i, 1);
      renderEvents();
      update();
      $<HTMLButtonElement>('add-event').focus();
    });
    const rowMessage = document.createElement('p');
    rowMessage.className = 'message';
    rowMessage.id = `event-${i}-message`;
    rowMessage.setAttribute('role', 'alert');
    item.append(head, remove, rowMessage);
    list.append(item);
  });
}

function customOption(id: 'treaty' | 'procedure', profile: unknown): void {
  const select = $<HTMLSelectElement>(id);
  select.querySelector(`option[value="${CUSTOM}"]`)?.remove();
  if (profile === undefined) return;
  const name =
    profile && typeof profile === 'object'
      ? ((profile as { shortName?: unknown; name?: unknown }).shortName ?? (profile as { name?: unknown }).name)
      : undefined;
  select.append(option(CUSTOM, `Custom profile from the file${typeof name === 'string' ? `: ${name}` : ''}`));
}

/**
 * The party field's suggestions: for a treaty with shipped party data, every state
 * in it (its ISO code, shown with the English name); none for other treaties.
 */
function fillPartyList(): void {
  const list = $<HTMLDataListElement>('party-list');
  const table = state.treaty === CUSTOM ? undefined : parties(state.treaty);
  const options = (table?.parties ?? []).map((record) => option(record.code, partyName(record.code) ?? record.code));
  list.replaceChildren(...options);
  list.dataset.treaty = table ? state.treaty : '';
}

function renderForm(): void {
  fillPartyList();
  customOption('treaty', state.customTreaty);
  customOption('procedure', state.customProcedure);
  $<HTMLSelectElement>('treaty').value = state.treaty;
  $<HTMLInputElement>('party').value = state.party;
  $<HTMLSelectElement>('procedure').value = state.procedure;
  $<HTMLInputElement>('entryIntoForce').value = state.entryIntoForce;
  renderEvents();
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function clearMessages(): void {
  for (const node of document.querySelectorAll<HTMLElement>('.message')) node.textContent = '';
  for (const node of document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
}

/** Puts a message next to the field a path names (`events[2].date` → event 3's date). */
function showMessage(path: string | undefined, message: string): void {
  const event = /^events\[(\d+)\](?:\.(\w+))?/.exec(path ?? '');
  let target: HTMLElement | null = null;
  let input: HTMLElement | null = null;
  if (event) {
    const [, index, field] = event;
    input = field ? document.getElementById(`event-${index}-${field}`) : null;
    target = document.getElementById(field && input ? `event-${index}-${field}-message` : `event-${index}-message`);
  } else if (path === 'party' || path === 'entryIntoForce') {
    input = document.getElementById(path);
    target = document.getElementById(`${path}-message`);
  } else if (path?.startsWith('treaty') || path?.startsWith('procedure')) {
    target = document.getElementById('treaty-message');
  }
  target ??= $('events-message');
  if (!target.textContent) target.textContent = message;
  input?.setAttribute('aria-invalid', 'true');
}

function whyNoDate(result: SimulationResult): string {
  switch (result.outcome) {
    case 'deferred':
      return 'No effective date: the withdrawal is deferred until the armed conflict ends.';
    case 'notice-period':
      return 'No effective date yet: an armed conflict is ongoing and would defer the withdrawal.';
    case 'revoked':
      return 'No effective date: the notice was revoked before it took effect (VCLT Art. 68).';
    case 'abandoned':
      return 'No effective date: the domestic procedure failed, nothing was deposited.';
    case 'in-procedure':
      return 'No effective date: no instrument of withdrawal has been deposited.';
    default:
      return 'No effective date: a suspension is not a withdrawal and never takes effect as one.';
  }
}

function renderOutcome(result: SimulationResult): void {
  const box = $('outcome');
  box.replaceChildren();
  box.className = `outcome outcome-${result.outcome}`;
  const title = document.createElement('p');
  title.className = 'headline';
  const who = formatMessage({ key: 'text.explanationTitle', params: { party: result.party, treaty: result.treaty.shortName } });
  title.textContent = `${who}: ${headline(result)}`;
  const facts = document.createElement('dl');
  const fact = (term: string, value: string, field: string) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = field;
    facts.append(dt, dd);
  };
  fact('Outcome', result.outcome, 'outcome');
  fact(
    'Takes effect',
    result.effectiveOn ? `${result.effectiveOn}${result.effectiveOnProjected ? ' (if nothing changes)' : ''}` : whyNoDate(result),
    'effectiveOn',
  );
  fact('Notice period ends', result.noticeExpiresOn ?? 'no notice period has started', 'noticeExpiresOn');
  box.append(title, facts);
  for (const warning of result.warnings) {
    const p = document.createElement('p');
    p.className = 'warning';
    p.append(`Note: ${warning.message} `, link(warning.source, warning.article));
    box.append(p);
  }
}

function renderError(error: WithdrawalError): void {
  const box = $('outcome');
  box.className = 'outcome outcome-error';
  box.replaceChildren();
  const title = document.createElement('p');
  title.className = 'headline';
  title.textContent = 'This scenario cannot be simulated yet.';
  const detail = document.createElement('p');
  detail.dataset.field = 'error';
  detail.textContent = `${error.code}: ${error.message}`;
  box.append(title, detail);
  for (const issue of error.issues ?? [{ path: error.path ?? '', message: error.message }])
    showMessage(issue.path, issue.message);
  $('bound').replaceChildren();
  $('timeline').replaceChildren();
  $('explanation').replaceChildren();
}

function renderBound(result: SimulationResult): void {
  const date = $<HTMLInputElement>('bound-date').value;
  const box = $('bound');
  box.replaceChildren();
  if (!isCalendarDate(date)) {
    box.textContent = 'Pick a date to ask about.';
    return;
  }
  const status = statusOn(result, date);
  const answer = document.createElement('p');
  answer.className = status.bound ? 'bound yes' : 'bound no';
  answer.dataset.field = 'bound';
  answer.textContent = `On ${date}: ${status.bound ? 'bound' : 'not bound'} (${status.stage}).`;
  const reason = document.createElement('p');
  reason.append(`${status.reason} `, link(status.source, status.article));
  box.append(answer, reason);
}

function renderExplanation(result: SimulationResult): void {
  const list = $('explanation');
  list.replaceChildren();
  for (const step of result.explanation) {
    const item = document.createElement('li');
    const date = document.createElement('time');
    date.dateTime = step.date;
    date.textContent = step.date;
    item.append(date, ` ${step.statement} `, link(step.source, step.article));
    if (step.clamped) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'clamped to month end';
      item.append(' ', badge);
    }
    list.append(item);
  }
}

let diagramRun = 0;
let mermaidReady: Promise<typeof import('mermaid').default> | undefined;

async function renderDiagram(result: SimulationResult): Promise<void> {
  const run = ++diagramRun;
  mermaidReady ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
    return mermaid;
  });
  const mermaid = await mermaidReady;
  // The diagram cites the treaty's own articles where it has the provision (a shipped profile; an inline one is shown with the general law).
  const treaty = treaties.find((profile) => profile.id === result.treaty.id);
  const { svg } = await mermaid.render(
    `machine-${run}`,
    machineDiagram({ notes: false, highlight: result.state, ...(treaty && { treaty }) }),
  );
  if (run !== diagramRun) return; // a newer scenario has been drawn meanwhile
  const box = $('diagram');
  box.innerHTML = svg;
  box.dataset.state = result.state;
}

function todayLocal(): CalendarDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}` as CalendarDate;
}

let timer: number | undefined;

/** Re-simulates and redraws the results; called after every change. */
function update(): void {
  clearMessages();
  const scenario = toScenario(state);
  history.replaceState(null, '', shareableUrl());
  const outcome = safeSimulate(scenario);
  if (!outcome.success) {
    renderError(outcome.error);
    return;
  }
  const result = outcome.data;
  renderOutcome(result);
  renderBound(result);
  const chosen = $<HTMLInputElement>('bound-date').value;
  $('timeline').replaceChildren(
    drawTimeline(result, result.events, todayLocal(), isCalendarDate(chosen) ? chosen : todayLocal()),
  );
  renderExplanation(result);
  void renderDiagram(result);
}

function scheduleUpdate(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(update, 150);
}

function setStatus(text: string): void {
  $('action-status').textContent = text;
}

function load(scenario: Scenario): void {
  state = fromScenario(scenario);
  renderForm();
  update();
}

// ---------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------

function wire(): void {
  $<HTMLSelectElement>('preset').addEventListener('change', (event) => {
    const chosen = presets.find((p) => p.id === (event.target as HTMLSelectElement).value);
    if (chosen) {
      load(chosen.scenario);
      setStatus(`Loaded: ${chosen.label}.`);
    }
  });
  for (const id of ['treaty', 'procedure'] as const) {
    $<HTMLSelectElement>(id).addEventListener('change', (event) => {
      state[id] = (event.target as HTMLSelectElement).value;
      if (id === 'treaty') fillPartyList();
      update();
    });
  }
  for (const id of ['party', 'entryIntoForce'] as const) {
    $<HTMLInputElement>(id).addEventListener('input', (event) => {
      state[id] = (event.target as HTMLInputElement).value;
      scheduleUpdate();
    });
  }
  const events = $('events');
  events.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const index = Number(input.dataset.event);
    const field = input.dataset.field;
    const target = state.events[index];
    if (!target || !field) return;
    target[field] = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    if (field === 'type') {
      // A new type has other fields: redraw the row, keep the focus on its type.
      renderEvents();
      document.getElementById(`event-${index}-type`)?.focus();
      update();
    } else {
      scheduleUpdate();
    }
  });
  $('add-event').addEventListener('click', () => {
    const last = state.events[state.events.length - 1];
    state.events.push({ type: 'clock.advanced', date: last?.date ?? todayLocal() });
    renderEvents();
    update();
    document.getElementById(`event-${state.events.length - 1}-type`)?.focus();
  });
  $('bound-date').addEventListener('input', () => scheduleUpdate());
  $('export').addEventListener('click', () => {
    const blob = new Blob([`${JSON.stringify(toScenario(state), null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'scenario.json';
    a.click();
    URL.revokeObjectURL(a.href);
    setStatus('Exported scenario.json: the CLI reads it (treaty-withdrawal simulate scenario.json).');
  });
  $<HTMLInputElement>('import').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const value = JSON.parse(await file.text()) as Scenario;
      if (!value || typeof value !== 'object' || !Array.isArray(value.events))
        throw new Error('not a scenario: it needs "treaty" and "events"');
      load(value);
      setStatus(`Imported ${file.name}.`);
    } catch (error) {
      setStatus(`Could not import ${file.name}: ${(error as Error).message}`);
    }
  });
  $('copy-link').addEventListener('click', async () => {
    const url = shareableUrl();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  });
  window.addEventListener('hashchange', () => {
    const { scenario, on } = readHash();
    if (on) $<HTMLInputElement>('bound-date').value = on;
    if (scenario) load(scenario);
  });
}

fillSelects();
wire();
const initial = readHash();
$<HTMLInputElement>('bound-date').value = initial.on ?? todayLocal();
load(initial.scenario ?? (presets[0]?.scenario as Scenario));
