/**
 * The message table: rules return a key and parameters; one formatter words
 * them, in English or from another language's table, without touching the rules.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { addPeriod } from '../../src/dates/arithmetic.js';
import { describeDateProblem, parseDate } from '../../src/dates/calendar-date.js';
import { CalendarDateSchema } from '../../src/dates/schema.js';
import { fieldMessages } from '../../src/errors/field-messages.js';
import { formatMessage } from '../../src/errors/format.js';
import { inputMessages } from '../../src/errors/input-messages.js';
import { isMessage, type Message, type MessageOverrides, message, messages, wordMessage } from '../../src/errors/messages.js';
import { unreadable } from '../../src/errors/reading.js';
import { schemaMessages } from '../../src/errors/schema-messages.js';
import { initialSnapshot, safeSimulate } from '../../src/index.js';
import { acceptedEvents } from '../../src/machine/apply.js';
import { contextFromInput } from '../../src/machine/input.js';
import { checks } from '../../src/machine/logic.js';
import { Alpha3Schema } from '../../src/parties/schema.js';
import { getProcedure } from '../../src/procedures/catalog.js';
import { resolveProcedure } from '../../src/procedures/registry.js';
import { ProcedureProfileSchema } from '../../src/procedures/schema.js';
import { factsArgument } from '../../src/treaties/arguments.js';
import { getTreaty } from '../../src/treaties/catalog.js';
import { resolveTreaty, unknownTreatyMessage, unknownTreatySaid } from '../../src/treaties/registry.js';
import { MonthDaySchema, NoticePeriodSchema, TreatyProfileSchema } from '../../src/treaties/schema.js';
import { SourceUrlSchema } from '../../src/treaties/source-url.js';
import { errorOf } from '../helpers.js';

/** A tiny fake table (French, two keys) standing for a whole language. */
const fr: MessageOverrides = {
  outOfOrder: (p) => `${p.type} du ${p.date} est antérieur au dernier événement appliqué (${p.last})`,
  notConfigured: () => 'la machine a démarré sans données',
};

describe('formatMessage', () => {
  it('words a message from the English table', () => {
    expect(formatMessage(message('alreadyObjected', { by: 'France' }))).toBe('France has already objected to the suspension');
    expect(formatMessage(message('nothingToRevoke'))).toBe(
      'no instrument of withdrawal was deposited, so there is no notice to revoke (VCLT Art. 68)',
    );
  });

  it('words a refusal of the rules from another table, and falls back to English for the keys it lacks', () => {
    const context = { ...initialSnapshot({ treaty: 'ottawa', party: 'FIN' }).context, date: '2025-06-27' as const };
    const refusal = checks.inOrder(context, { type: 'instrument.deposited', date: '2025-01-01' });
    expect(refusal?.code).toBe('EVENT_OUT_OF_ORDER');
    expect(refusal?.message).toEqual({
      key: 'outOfOrder',
      params: { type: 'instrument.deposited', date: '2025-01-01', last: '2025-06-27' },
    });
    if (!refusal) throw new Error('expected a refusal');
    expect(formatMessage(refusal.message, fr)).toBe(
      'instrument.deposited du 2025-01-01 est antérieur au dernier événement appliqué (2025-06-27)',
    );
    expect(formatMessage(refusal.message)).toBe(
      'instrument.deposited on 2025-01-01 is earlier than the last event applied (2025-06-27); events must be applied in date order',
    );
    expect(formatMessage(message('notConfigured'), fr)).toBe('la machine a démarré sans données');
    expect(formatMessage(message('noSuspensionInForce'), fr)).toBe('no suspension is in force, so none can end');
  });

  it('has a function for every key', () => {
    for (const word of Object.values(messages)) expect(typeof word).toBe('function');
  });
});

describe('the party', () => {
  it('is named by the table: a state’s code with its English name, a name as given, `the party` when none', () => {
    const revoked = (party: string | null) => formatMessage(message('revocation', { party, date: '1993-06-11' }));
    expect(revoked('PRK')).toBe(
      'North Korea (PRK) revoked the notice on 1993-06-11, before it took effect: the withdrawal will not happen and the treaty still binds North Korea (PRK).',
    );
    expect(revoked('Ruritania')).toMatch(/^Ruritania revoked .* still binds Ruritania\.$/);
    expect(revoked(null)).toMatch(/^The party revoked .* still binds the party\.$/);
  });
});

describe('a refusal keeps its message', () => {
  it('on the error, so that another table can word it (the notice rules included)', () => {
    const early = safeSimulate({
      treaty: 'paris-agreement',
      entryIntoForce: '2016-11-04',
      events: [{ type: 'instrument.deposited', date: '2019-11-03' }],
    });
    if (early.success) throw new Error('expected a refusal');
    expect(early.error.code).toBe('NOTICE_TOO_EARLY');
    const said = early.error.wording?.message;
    expect(said?.key).toBe('noticeTooEarly');
    if (!said) throw new Error('expected the message');
    // The English text is the message, after the path the batch adds.
    expect(early.error.message).toBe(`events[0] (instrument.deposited on 2019-11-03): ${formatMessage(said)}`);
    expect(
      formatMessage(said, {
        noticeTooEarly: (p) => `notification reçue le ${p.receivedOn} trop tôt : possible à partir du ${p.earliest}`,
      }),
    ).toBe('notification reçue le 2019-11-03 trop tôt : possible à partir du 2019-11-04');
    // toJSON stays as it was: code, message, path, event and the rest, no wording.
    expect(Object.keys(early.error.toJSON())).not.toContain('wording');
  });

  it('for a refusal of the machine too', () => {
    const nothing = safeSimulate({ treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] });
    if (nothing.success) throw new Error('expected a refusal');
    expect(nothing.error.wording?.message.key).toBe('eventNotAllowed');
    const said = nothing.error.wording?.message;
    if (said?.key !== 'eventNotAllowed') throw new Error('expected eventNotAllowed');
    expect(said.params.nothingDeposited).toBe(true);
    // The batch puts the path where the message named the event.
    expect(nothing.error.message).toBe(
      `events[0] (notification.revoked on 2025-01-01): ${formatMessage(said).slice('notification.revoked on 2025-01-01: '.length)}`,
    );
  });
});

describe('nested messages', () => {
  it('word the messages inside a message from the same table', () => {
    const reasons = message('both', {
      parts: [message('deferredByConflict', { party: 'X', since: '2024-01-01', peace: false })],
    });
    const deferral = message('deferral', { expiry: '2025-07-10', reasons, party: 'X' });
    expect(formatMessage(deferral)).toBe(
      'When the period expired on 2025-07-10, X was engaged in an armed conflict (since 2024-01-01): the withdrawal does not take effect before the end of the armed conflict, and the treaty still binds X.',
    );
    expect(formatMessage(deferral, { deferredByConflict: (p) => `${p.party} était en guerre` })).toBe(
      'When the period expired on 2025-07-10, X était en guerre, and the treaty still binds X.',
    );
  });

  it('refuses a key the table does not have', () => {
    expect(() => formatMessage({ key: 'toString' } as never)).toThrow('no message has the key "toString"');
  });
});

describe('the look-up and argument errors keep their message (issue #15 item 2)', () => {
  it('words them as before, from the table, and another table rewords them', () => {
    const notReference = errorOf(() => resolveTreaty(42));
    expect(notReference.code).toBe('INVALID_PROFILE');
    expect(notReference.message).toMatch(
      /^treaty: expected a treaty id \([\w-]+, [\w-]+, [\w-]+, …\) or a profile object, got 42$/,
    );
    const said = notReference.wording?.message;
    if (said?.key !== 'profileNotReference') throw new Error('expected profileNotReference');
    expect(formatMessage(said)).toBe(notReference.message);
    expect(formatMessage(said, { profileNotReference: (p) => `${p.path} : un identifiant ou un profil, pas ${p.got}` })).toBe(
      'treaty : un identifiant ou un profil, pas 42',
    );

    const procedure = errorOf(() => resolveProcedure('presidential'));
    expect(procedure.code).toBe('UNKNOWN_PROCEDURE');
    expect(procedure.wording?.message.key).toBe('unknownProcedure');
    expect(errorOf(() => getProcedure('presidential')).message).toBe(procedure.message);
    expect(errorOf(() => resolveProcedure(7)).message).toBe(
      'procedure: expected a procedure id (none, executive, parliamentary, ukraine, poland) or a profile object, got 7',
    );
    expect(errorOf(() => resolveTreaty('ottowa')).wording?.message.key).toBe('unknownProfile');
    expect(errorOf(() => getTreaty('ottowa')).wording?.message.key).toBe('unknownProfile');

    expect(errorOf(() => factsArgument(null)).message).toBe(
      "facts: expected an object such as { receivedOn: '2025-08-20' }, got null",
    );
    expect(errorOf(() => factsArgument({ receivedOn: '2025-08-20', reasons: 3 })).wording?.message).toEqual({
      key: 'factsReasonsNotString',
      params: { got: '3' },
    });
    const state = errorOf(() => acceptedEvents(3 as never));
    expect(state.message).toBe("state: expected a state name such as 'notice', got 3");
    expect(formatMessage(state.wording?.message as Message, { stateNotString: (p) => `état : ${p.got}` })).toBe('état : 3');
  });

  it('says that no treaty is registered, from the table', () => {
    expect(unknownTreatyMessage('ottawa', [])).toBe(
      'unknown treaty "ottawa": none is registered; pass a profile object (from treaty-withdrawal/treaties) or registerTreaties() it',
    );
    expect(unknownTreatySaid('ottawa', [])).toEqual({ key: 'noTreatyRegistered', params: { got: '"ottawa"' } });
  });

  it('words a value that threw while it was read from the small modules’ part, which the rules’ part holds too', () => {
    const error = unreadable('facts', new TypeError('boom'));
    expect(error.message).toBe(
      'facts: could not be read (TypeError: boom); pass plain data: objects and arrays without throwing getters or revoked proxies',
    );
    expect(error.path).toBe('facts');
    const said = error.wording?.message;
    if (said?.key !== 'input.unreadable') throw new Error('expected input.unreadable');
    expect(wordMessage(said)).toBe(error.message);
    expect(formatMessage(said, { 'input.unreadable': (p) => `${p.what} : illisible` })).toBe('facts : illisible');
    expect(Object.keys(inputMessages).every((key) => Object.hasOwn(messages, key))).toBe(true);
    // What cannot even be described is "an exception".
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(unreadable('facts', revoked.proxy).message).toMatch(/^facts: could not be read \(.+\); pass plain data/);
  });

  it('names the placeholder profile of a machine started without input from the table', () => {
    const { treaty } = contextFromInput(undefined);
    expect([treaty.name, treaty.shortName]).toEqual([
      formatMessage(message('unconfigured.name')),
      formatMessage(message('unconfigured.shortName')),
    ]);
  });
});

describe('the schemas’ own words come from the table (issue #15 item 2)', () => {
  /** The message of the first issue of a failed parse. */
  function firstIssue(schema: z.ZodType, value: unknown): string | undefined {
    const parsed = schema.safeParse(value);
    return parsed.success ? undefined : parsed.error.issues[0]?.message;
  }

  it('words each refusal as before, from an entry of the table', () => {
    const ottawa = getTreaty('ottawa');
    expect(firstIssue(MonthDaySchema, '2-29')).toBe('must be written MM-DD');
    expect(firstIssue(MonthDaySchema, '02-29')).toBe(formatMessage(message('schema.monthDayNotEveryYear', { got: '02-29' })));
    expect(firstIssue(MonthDaySchema, '02-29')).toBe('02-29 is not a day that every year has');
    expect(firstIssue(NoticePeriodSchema, {})).toBe(formatMessage(message('schema.periodZero')));
    expect(firstIssue(TreatyProfileSchema, { ...ottawa, id: 'My Treaty' })).toBe(formatMessage(message('schema.treatyId')));
    expect(firstIssue(TreatyProfileSchema, { ...ottawa, status: 'not-in-force' })).toBe(
      'must be absent for a treaty that is not in force',
    );
    const ukraine = getProcedure('ukraine');
    expect(firstIssue(ProcedureProfileSchema, { ...ukraine, steps: [ukraine.steps[0], ukraine.steps[0]] })).toBe(
      formatMessage(message('schema.stepsRepeated')),
    );
    expect(firstIssue(Alpha3Schema, 'pl')).toBe(formatMessage(message('schema.alpha3')));
    expect(firstIssue(SourceUrlSchema, 'ftp://example.org')).toBe(formatMessage(message('schema.sourceUrl')));
    expect(firstIssue(CalendarDateSchema, undefined)).toBe(formatMessage(message('required')));
  });

  it('gives each key to another language’s table like any other', () => {
    expect(
      formatMessage(message('schema.monthDayNotEveryYear', { got: '02-29' }), {
        'schema.monthDayNotEveryYear': (p) => `le ${p.got} n’existe pas chaque année`,
      }),
    ).toBe('le 02-29 n’existe pas chaque année');
    for (const key of [...Object.keys(schemaMessages), ...Object.keys(inputMessages), ...Object.keys(fieldMessages)]) {
      expect(Object.hasOwn(messages, key)).toBe(true);
      expect(isMessage({ key })).toBe(true);
    }
  });

  it('takes as a message only a string key of the table: not a key the table inherits, nor one that only reads as a key', () => {
    expect(isMessage({ key: 'alreadyObjected', params: { by: 'France' } })).toBe(true);
    for (const key of ['toString', ['alreadyObjected'], { toString: () => 'alreadyObjected' }, 5, undefined])
      expect(isMessage({ key })).toBe(false);
    for (const value of [null, 'alreadyObjected', undefined]) expect(isMessage(value)).toBe(false);
  });
});

describe('the date functions’ errors keep their message (issue #15 item 2)', () => {
  it('words each part of a period in the calendar error, a period of no time at all as 0 days', () => {
    const outOfRange = inputMessages['date.outOfRange'];
    const range = 'falls outside 0001-01-01 … 9999-12-31';
    expect(outOfRange({ date: '9999-12-01', years: 1, months: 1, days: 1 })).toBe(
      `9999-12-01 plus 1 year 1 month 1 day ${range}`,
    );
    expect(outOfRange({ date: null, years: 0, months: 2, days: -3 })).toBe(`the date plus 2 months -3 days ${range}`);
    expect(outOfRange({ date: null, years: 0, months: 0, days: 0 })).toBe(`the date plus 0 days ${range}`);
  });

  it('words them as before, from the small modules’ part, and another table rewords them', () => {
    const ambiguous = errorOf(() => addPeriod('2025-08-31', { months: 6 }, { overflow: 'reject' }));
    expect(ambiguous.message).toBe(
      "2025-08-31 plus 6 months would be day 31 of a month with 28 days; use overflow 'constrain' to take the last day of the month",
    );
    const said = ambiguous.wording?.message;
    if (said?.key !== 'date.ambiguous') throw new Error('expected date.ambiguous');
    expect(formatMessage(said)).toBe(ambiguous.message);
    expect(formatMessage(said, { 'date.ambiguous': (p) => `${p.date} + ${p.months} mois : pas de jour ${p.day}` })).toBe(
      '2025-08-31 + 6 mois : pas de jour 31',
    );

    // A problem nested in another message is reworded inside it.
    const atPath = errorOf(() => parseDate('2025-02-30', 'receivedOn'));
    expect(atPath.message).toBe('receivedOn: 2025-02-30 is not a calendar date');
    expect(formatMessage(atPath.wording?.message as Message, { 'date.notCalendar': (p) => `${p.date} n’existe pas` })).toBe(
      'receivedOn: 2025-02-30 n’existe pas',
    );
    const unit = errorOf(() => addPeriod('2025-01-01', { weeks: 2 } as never));
    expect(unit.message).toBe('period {"weeks":2}: unknown unit "weeks" (use years, months, days)');
    expect(formatMessage(unit.wording?.message as Message, { 'period.unknownUnit': (p) => `unité inconnue ${p.got}` })).toBe(
      'period {"weeks":2}: unité inconnue "weeks"',
    );
    expect(errorOf(() => addPeriod('9999-01-01', { years: 1, months: 2 })).message).toBe(
      '9999-01-01 plus 1 year 2 months falls outside 0001-01-01 … 9999-12-31',
    );
    expect(errorOf(() => addPeriod('2025-01-01', { days: 1e9 })).message).toBe(
      'the date plus 1000000000 days falls outside 0001-01-01 … 9999-12-31',
    );
    expect(describeDateProblem(5)).toBe('5 is not a date string (expected YYYY-MM-DD)');
    expect(describeDateProblem('0000-01-01')).toBe('0000-01-01 is before 0001-01-01');
  });

  it('keeps the date function’s message in a refusal of the rules', () => {
    const refused = safeSimulate({
      treaty: 'ottawa',
      overflow: 'reject',
      events: [{ type: 'instrument.deposited', date: '2025-08-31' }],
    });
    if (refused.success) throw new Error('expected a refusal');
    expect(refused.error.code).toBe('AMBIGUOUS_DATE');
    expect(refused.error.wording?.message.key).toBe('date.ambiguous');
    expect(refused.error.message).toMatch(/would be day 31 of a month with 28 days/);
  });
});
