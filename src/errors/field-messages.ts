/**
 * The part of the message table that the schemas of every entry share: a
 * missing field and a source URL, which the event schemas take. Its entries are
 * entries of the rules' part too (`messages` spreads them); it is a module of
 * its own so that the event schemas bundle without the profile schemas' words,
 * and the date functions without these.
 */
export const fieldMessages = {
  required: () => 'is required',
  /** The URL of a source (src/treaties/source-url.ts). */
  'schema.sourceUrl': () => 'must be an http(s) URL of the text that states the rule',
} as const;

/** The shared fields' part of the English table. */
export type FieldMessages = typeof fieldMessages;
