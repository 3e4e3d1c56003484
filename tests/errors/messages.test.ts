/**
 * The message table: rules return a key and parameters; one formatter words
 * them, in English or from another language's table, without touching the rules.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageOverrides, message, messages } from '../../src/errors/messages.js';
import { initialSnapshot } from '../../src/index.js';
import { checks } from '../../src/machine/logic.js';

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
