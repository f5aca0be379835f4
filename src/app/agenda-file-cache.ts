/**
 * What `afterview today` and `afterview agenda` printed, kept on disk
 * between runs of the command line, so the usual run (nothing written since
 * the last one) prints it again without loading the engine, the facts or
 * even the rest of the program (src/cli/cached-output.ts). An entry is used
 * only when the store's revision (raised by every write, from any process),
 * the minute of "now", the request (command and flags, colours), the
 * seeker, the database, the seeker's templates, the machine's zone and the
 * program's build are all the same; then only the JSON's `asOf` is brought
 * to the exact now. Any problem reading the cache is a miss, never an error.
 *
 * On a miss the agenda is computed in parts (./agenda-parts.ts), which keeps
 * each opportunity's share so a write recomputes only what it touched.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from '../store/make-dirs.js';
import type { AgendaJson } from './agenda.json.js';
import type { AgendaContext } from './agenda-parts.js';
import { templatesDir } from './templates.js';

/** Bump when the entries' shape changes. */
const CACHE_FORMAT = 2;

/** An entry's header line (its key and asOf) is shorter than this. */
const HEADER_MAX = 4096;

/** Changes whenever a template file is added, removed or edited (in place or not). */
export function templatesStamp(home: string): string {
  const dir = templatesDir(home);
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const file = statSync(join(dir, name));
        return `${name}:${file.mtimeMs}:${file.size}`;
      })
      .join('|');
  } catch {
    return 'none';
  }
}

/** What a printed agenda depends on besides the data: the request, the program, the database, the seeker, the minute, the templates. */
export interface OutputScope {
  /** The command and its flags as one word list, e.g. `agenda --all --json`. */
  request: string;
  color: boolean;
  /** The program's build (another build may word things differently). */
  version: string;
  /** The database, so two stores never share entries. */
  where: string;
  seekerId: string;
  /** Now, in epoch milliseconds. */
  nowMs: number;
  machineZone: string;
  home: string;
}

interface Header {
  key: string;
  /** The JSON output's `asOf`, to bring to the exact now; null for the human output (its minute is in the key). */
  asOf: string | null;
}

function keyOf(scope: OutputScope, revision: number): string {
  return JSON.stringify([
    CACHE_FORMAT,
    scope.version,
    scope.where,
    scope.seekerId,
    revision,
    scope.request,
    scope.color,
    Math.floor(scope.nowMs / 60_000),
    scope.machineZone,
    templatesStamp(scope.home),
  ]);
}

function fileOf(scope: OutputScope): string {
  const name = `${scope.seekerId}-${scope.request}`.replace(/[^A-Za-z0-9]+/g, '-');
  return join(scope.home, 'cache', `out-${name}.txt`);
}

/**
 * What was printed for this request at `revision`, or null: for a caller
 * that learnt the store's revision without opening the store (see
 * `peekSqliteRevision`) as well as one that opened it.
 */
export function readCachedOutput(scope: OutputScope, revision: number): Buffer | null {
  let fd: number | null = null;
  try {
    // The header first (a miss reads no more), then the bytes as kept: printed without decoding them.
    fd = openSync(fileOf(scope), 'r');
    const head = Buffer.alloc(HEADER_MAX);
    const got = readSync(fd, head, 0, HEADER_MAX, 0);
    const end = head.subarray(0, got).indexOf(10);
    if (end < 0) return null;
    const header = JSON.parse(head.toString('utf8', 0, end)) as Header;
    if (header.key !== keyOf(scope, revision)) return null;
    const size = fstatSync(fd).size;
    const text = Buffer.alloc(size - end - 1);
    for (let at = 0; at < text.length; ) {
      const n = readSync(fd, text, at, text.length - at, end + 1 + at);
      if (n === 0) return null;
      at += n;
    }
    if (header.asOf === null) return text;
    // The JSON's first member, `{\n  "asOf": "...",`: brought to the exact now.
    const from = Buffer.from(`{\n  "asOf": "${header.asOf}"`);
    if (!text.subarray(0, from.length).equals(from)) return null;
    return Buffer.concat([
      Buffer.from(`{\n  "asOf": "${asOfNow(scope.nowMs, header.asOf)}"`),
      text.subarray(from.length),
    ]);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Keeps what was printed for this request at `revision` (the JSON output's `asOf` given). */
export function keepOutput(scope: OutputScope, revision: number, text: string, asOf: string | null): void {
  write(fileOf(scope), `${JSON.stringify({ key: keyOf(scope, revision), asOf } satisfies Header)}\n${text}`);
}

/**
 * The agenda for now, computed in parts, with the revision it is right for:
 * null when something was written while it was computed (then nothing is
 * kept, and the caller should not keep what it prints either).
 */
export async function cachedAgenda(
  ctx: AgendaContext,
  input: { all: boolean; version: string; where: string },
): Promise<{ agenda: AgendaJson; revision: number | null }> {
  const revision = await ctx.store.revision();
  // Loaded only on a miss: a hit never pays for the engine, drafts and holidays.
  const { agendaInParts } = await import('./agenda-parts.js');
  const agenda = await agendaInParts(
    ctx,
    { all: input.all, scope: { version: input.version, where: input.where, templates: templatesStamp(ctx.home) } },
    write,
  );
  return { agenda, revision: (await ctx.store.revision()) === revision ? revision : null };
}

/**
 * `asOf` brought to the exact now. An entry serves one minute, within which
 * the seeker's UTC offset cannot change, so the offset the entry was written
 * with is reused: no time-zone lookup on the fast path.
 */
function asOfNow(nowMs: number, cachedAsOf: string): string {
  const offset = cachedAsOf.slice(19);
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMs = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const local = new Date(Math.floor(nowMs / 1000) * 1000 + offsetMs).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

/** Writes a cache file whole (a reader sees the old one or the new one). */
function write(file: string, data: unknown): void {
  try {
    // 0700, as the SQLite store makes the home: on PostgreSQL this may be what creates it.
    makeDirs(join(file, '..'), 0o700);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, typeof data === 'string' ? data : JSON.stringify(data), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
