/**
 * The public formatter: it words a message of any part of the table (the rules'
 * words and the renderers'), where the library's own modules each word only
 * the part they need.
 */
import { type Message, type MessageOverrides, wordFrom } from './messages.js';
import { renderMessages } from './render-messages.js';
import { toolMessages } from './tool-messages.js';

/** The parts of the table besides the rules' own, in one object. */
const parts = { ...renderMessages, ...toolMessages };

/**
 * Words a message of any part of the table: from `locale` when it gives the
 * key, else from the English table; a message nested in the parameters is
 * worded the same way.
 *
 * @example
 * formatMessage({ key: 'alreadyObjected', params: { by: 'France' } })
 * //=> 'France has already objected to the suspension'
 * formatMessage({ key: 'alreadyObjected', params: { by: 'France' } }, { alreadyObjected: (p) => `${p.by} a déjà fait objection` })
 * //=> 'France a déjà fait objection'
 */
export function formatMessage(msg: Message, locale?: MessageOverrides): string {
  return wordFrom(parts, msg, locale);
}
