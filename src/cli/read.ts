/**
 * Reading the CLI's input with a bound in bytes, checked before anything is read
 * (issue #19, item 4): a regular file's size comes from `fstat` first, at most
 * the limit plus one byte is ever read, and a FIFO, a device or a socket is
 * refused without waiting on it (it is opened non-blocking, so a FIFO with no
 * writer cannot hang the CLI). Standard input is read chunk by chunk and given
 * up as soon as it passes the limit.
 */
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Why a read was refused: a Node-style error with a `code` the CLI words. */
export class InputError extends Error {
  constructor(
    readonly code: 'ETOOBIG' | 'ENOTREG' | 'EISDIR',
    message: string,
    readonly bytes?: number,
  ) {
    super(message);
  }
}

function kindOf(stats: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads the regular file at `path`: at most `limit` bytes, or an `InputError`. */
export async function readFileBounded(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError('EISDIR', 'it is a directory');
    if (!stats.isFile()) throw new InputError('ENOTREG', kindOf(stats));
    if (stats.size > limit) throw new InputError('ETOOBIG', 'too large', stats.size);
    // The file may grow after fstat: read until the end, never past limit + 1 bytes.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (length > limit) throw new InputError('ETOOBIG', 'too large', length);
        const bigger = Buffer.allocUnsafe(Math.min(chunk.length * 2, limit + 1));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new InputError('ETOOBIG', 'too large', length);
    return chunk.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) up to `limit` bytes; stops reading as soon as it passes. */
export async function readStreamBounded(
  stream: AsyncIterable<Buffer | string> & { destroy?: () => void },
  limit: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    length += chunk.length;
    if (length > limit) {
      stream.destroy?.();
      throw new InputError('ETOOBIG', 'too large', length);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/** The files a path stands for: a directory's `.json` and `.ndjson` files, sorted; otherwise the path itself. */
export async function expandPath(path: string): Promise<string[]> {
  if (path === '-') return [path];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOTDIR') return [path];
    if ((error as { code?: string }).code === 'ENOENT') return [path]; // reported when read
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && /\.(nd)?json$/i.test(entry.name))
    .map((entry) => join(path, entry.name))
    .sort();
}

/** Text from bytes: UTF-8, without a leading byte order mark. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
