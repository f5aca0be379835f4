/**
 * Mail from files: `.eml` files, folders of them (recursive) and mbox files
 * (mboxrd; `>From ` lines in bodies are unescaped). Everything is streamed:
 * an mbox is read in chunks and never held whole in memory, and no message
 * is held past {@link MAX_MESSAGE_BYTES}: a larger one is reported and
 * skipped, and reading goes on with the next.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One message read from an mbox: its bytes and its 0-based position in the
 * file, or why it was skipped (larger than the limit).
 */
export type MboxEntry = { raw: Buffer; index: number; error: null } | { raw: null; index: number; error: string };

/**
 * The largest message read: 50 MB. Mail servers refuse larger messages
 * (common limits are 25 to 50 MB), so anything bigger is not mail that was
 * delivered, and holding it would only fill memory (an endless pipe, a
 * file that is not mail).
 */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

function tooLarge(limit: number): string {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`;
  return `larger than ${size}, the limit for one message; skipped`;
}

/** One message from `readMailPaths`, or a path that could not be read (reported, never skipped silently). */
export type MailItem = { source: string; raw: Buffer; error: null } | { source: string; raw: null; error: string };

/** Read size for mbox streaming; a message may span many chunks. */
const CHUNK_BYTES = 1024 * 1024;

const FROM_LINE = Buffer.from('\nFrom ');

/**
 * Streams the messages of an mbox file. Messages are separated by lines that
 * start with `From ` (the From_ line is dropped); `>From `, `>>From `... lines
 * lose one `>` (mboxrd). The newline that ends each message before the next
 * From_ line is dropped, so a message reads as it was written. A message
 * longer than `limit` bytes is yielded with `error` set, without its bytes.
 * @throws (through the iterator) when the file cannot be opened or read.
 */
export async function* readMbox(path: string, limit = MAX_MESSAGE_BYTES): AsyncIterable<MboxEntry> {
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let started = false;
  // The current message passed the limit: its bytes are dropped until the next From_ line.
  let skipping = false;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    if (!started) {
      if (pending.length < 5) continue;
      started = true;
      pending = skipFirstFromLine(pending);
    }
    if (skipping) {
      const next = pending.indexOf(FROM_LINE);
      const lineEnd = next === -1 ? -1 : pending.indexOf(10, next + 1);
      if (lineEnd === -1) {
        pending = keepTail(pending);
        continue;
      }
      yield { raw: null, index: index++, error: tooLarge(limit) };
      skipping = false;
      pending = pending.subarray(lineEnd + 1);
    }
    let cut = pending.indexOf(FROM_LINE);
    let from = 0;
    while (cut !== -1) {
      const end = cut + 1;
      const lineEnd = pending.indexOf(10, end);
      if (lineEnd === -1) break;
      yield end - from > limit
        ? { raw: null, index: index++, error: tooLarge(limit) }
        : { raw: finish(pending.subarray(from, end)), index: index++, error: null };
      from = lineEnd + 1;
      cut = pending.indexOf(FROM_LINE, from - 1);
      if (cut < from - 1) cut = -1;
    }
    pending = from === 0 ? pending : Buffer.from(pending.subarray(from));
    if (pending.length > limit + FROM_LINE.length) {
      skipping = true;
      pending = keepTail(pending);
    }
  }
  if (skipping) {
    yield { raw: null, index: index++, error: tooLarge(limit) };
    return;
  }
  if (!started) pending = skipFirstFromLine(pending);
  if (pending.length > 0 && pending.toString('latin1').trim() !== '') {
    if (pending.length > limit) {
      yield { raw: null, index: index++, error: tooLarge(limit) };
      return;
    }
    // The last message keeps its final newline unless the writer added the separator blank line after it.
    const ends = pending.subarray(-4).toString('latin1');
    const separated = ends.endsWith('\n\n') || ends.endsWith('\r\n\r\n');
    yield {
      raw: separated ? finish(pending) : finish(Buffer.concat([pending, Buffer.from('\n')])),
      index: index++,
      error: null,
    };
  }
}

/** What of a skipped message must be kept to find the next From_ line: a started one, or a tail that may begin it. */
function keepTail(buf: Buffer): Buffer {
  const last = buf.lastIndexOf(FROM_LINE);
  return Buffer.from(buf.subarray(last >= 0 ? last : Math.max(0, buf.length - (FROM_LINE.length - 1))));
}

/** Drops a leading From_ line (and only that); a file without one is read as if it had it. */
function skipFirstFromLine(buf: Buffer): Buffer {
  if (buf.subarray(0, 5).toString('latin1') !== 'From ') return buf;
  const nl = buf.indexOf(10);
  return nl === -1 ? Buffer.alloc(0) : buf.subarray(nl + 1);
}

/** Removes the separator newline and unescapes mboxrd `>From ` lines. */
function finish(message: Buffer): Buffer {
  let end = message.length;
  if (end > 0 && message[end - 1] === 10) end--;
  if (end > 0 && message[end - 1] === 13) end--;
  const body = message.subarray(0, end);
  if (body.indexOf('>From ') === -1) return Buffer.from(body);
  const text = body.toString('latin1').replace(/^>(>*From )/gm, '$1');
  return Buffer.from(text, 'latin1');
}

/**
 * Reads every message under the given paths: `.eml` files (or any file that
 * does not start with `From `), folders (recursive, sorted, hidden entries
 * skipped) and mbox files (detected by their first line). Unreadable paths
 * are yielded with `error` set, so an import can report them.
 * `source` names the file, with `#N` for the N-th message of an mbox.
 */
export async function* readMailPaths(
  paths: readonly string[],
  limit: number = MAX_MESSAGE_BYTES,
): AsyncIterable<MailItem> {
  for (const path of paths) yield* readPath(path, limit);
}

async function* readPath(path: string, limit: number): AsyncIterable<MailItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    yield { source: path, raw: null, error: errorText(err) };
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
    } catch (err) {
      yield { source: path, raw: null, error: errorText(err) };
      return;
    }
    for (const e of entries) yield* readPath(join(path, e), limit);
    return;
  }
  if (info.isCharacterDevice() || info.isBlockDevice()) {
    yield { source: path, raw: null, error: 'not a file or folder (a device); skipped' };
    return;
  }
  try {
    if (info.isFile() && (await isMbox(path))) {
      for await (const entry of readMbox(path, limit)) {
        const source = `${path}#${entry.index}`;
        yield entry.raw === null ? { source, raw: null, error: entry.error } : { source, raw: entry.raw, error: null };
      }
      return;
    }
    const raw = await readAtMost(path, limit);
    yield raw === null ? { source: path, raw: null, error: tooLarge(limit) } : { source: path, raw, error: null };
  } catch (err) {
    yield { source: path, raw: null, error: errorText(err) };
  }
}

/**
 * The bytes `readMailPaths` will read under the given paths (the same files:
 * folders recursively, hidden entries skipped), for a progress bar. A path
 * that cannot be read counts 0; reading reports it.
 */
export async function mailBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isDirectory()) total += info.size;
      else {
        const entries = (await readdir(path)).filter((e) => !e.startsWith('.'));
        total += await mailBytes(entries.map((e) => join(path, e)));
      }
    } catch {
      // Reported when read.
    }
  }
  return total;
}

/** A file's bytes, or null when it has more than `limit` (reading stops there). */
async function readAtMost(path: string, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

async function isMbox(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return bytesRead === 5 && head.toString('latin1') === 'From ';
  } finally {
    await handle.close();
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
