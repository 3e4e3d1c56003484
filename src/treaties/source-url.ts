import * as z from 'zod';
import { fieldMessages } from '../errors/field-messages.js';

/**
 * An `http(s)` URL of an official or otherwise checkable text, at most 2048
 * characters. In a module of its own so that the event schemas, which take a
 * `source`, do not bring the treaty profile schema into a bundle.
 */
export const SourceUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: () => fieldMessages['schema.sourceUrl'](),
  })
  .max(2048);
