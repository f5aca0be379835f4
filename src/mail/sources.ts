/**
 * Mail from files: `.eml` files, folders of them (recursive) and mbox files
 * (mboxrd; `>From ` lines in bodies are unescaped). Everything is streamed:
 * an mbox is read in chunks and never held whole in memory.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One message read from an mbox: its bytes and its 0-based position in the file. */
export interface MboxEntry {
  raw: Buffer;
  index: number;
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
 * From_ line is dropped, so a message reads as it was written.
 * @throws (through the iterator) when the file cannot be opened or read.
 */
export async function* readMbox(path: string): AsyncIterable<MboxEntry> {
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let started = false;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    if (!started) {
      if (pending.length < 5) continue;
      started = true;
      pending = skipFirstFromLine(pending);
    }
    let cut = pending.indexOf(FROM_LINE);
    let from = 0;
    while (cut !== -1) {
      const end = cut + 1;
      const lineEnd = pending.indexOf(10, end);
      if (lineEnd === -1) break;
      yield { raw: finish(pending.subarray(from, end)), index: index++ };
      from = lineEnd + 1;
      cut = pending.indexOf(FROM_LINE, from - 1);
      if (cut < from - 1) cut = -1;
    }
    pending = from === 0 ? pending : Buffer.from(pending.subarray(from));
  }
  if (!started) pending = skipFirstFromLine(pending);
  if (pending.length > 0 && pending.toString('latin1').trim() !== '') {
    // The last message keeps its final newline unless the writer added the separator blank line after it.
    const ends = pending.subarray(-4).toString('latin1');
    const separated = ends.endsWith('\n\n') || ends.endsWith('\r\n\r\n');
    yield { raw: separated ? finish(pending) : finish(Buffer.concat([pending, Buffer.from('\n')])), index: index++ };
  }
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
export async function* readMailPaths(paths: readonly string[]): AsyncIterable<MailItem> {
  for (const path of paths) yield* readPath(path);
}

async function* readPath(path: string): AsyncIterable<MailItem> {
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
    for (const e of entries) yield* readPath(join(path, e));
    return;
  }
  try {
    if (await isMbox(path)) {
      for await (const { raw, index } of readMbox(path)) yield { source: `${path}#${index}`, raw, error: null };
      return;
    }
    const handle = await open(path, 'r');
    try {
      yield { source: path, raw: await handle.readFile(), error: null };
    } finally {
      await handle.close();
    }
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
