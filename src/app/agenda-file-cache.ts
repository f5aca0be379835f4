/**
 * The agenda kept on disk between runs of the command line, so `afterview
 * today` on a large pipeline answers without reloading and re-evaluating
 * everything when nothing changed. An entry is used only when the store's
 * revision (raised by every write, from any process), the minute of "now",
 * the seeker's templates and the program's version are all the same; then
 * only `asOf` is brought to the exact now. Any problem reading the cache is
 * a miss, never an error.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from '../store/make-dirs.js';
import type { AgendaJson } from './agenda.json.js';
import type { AppContext } from './context.js';
import { templatesDir } from './templates.js';

/** Bump when the agenda's shape or the rules change in a way old entries would hide. */
const CACHE_FORMAT = 1;

interface Entry {
  key: string;
  agenda: AgendaJson;
}

/** Changes whenever a template file is added, removed or edited (in place or not). */
function templatesStamp(home: string): string {
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

/** What an entry depends on besides the data: the program, the database, the seeker, the minute, the templates. */
export interface AgendaCacheScope {
  all: boolean;
  /** The program's version (a new build may word things differently). */
  version: string;
  /** The database, so two stores never share entries. */
  where: string;
  seekerId: string;
  /** Now, in epoch milliseconds. */
  nowMs: number;
  machineZone: string;
  home: string;
}

function keyOf(scope: AgendaCacheScope, revision: number): string {
  return JSON.stringify([
    CACHE_FORMAT,
    scope.version,
    scope.where,
    scope.seekerId,
    revision,
    scope.all,
    Math.floor(scope.nowMs / 60_000),
    scope.machineZone,
    templatesStamp(scope.home),
  ]);
}

function fileOf(scope: AgendaCacheScope): string {
  return join(scope.home, 'cache', `agenda-${scope.all ? 'all' : 'due'}.json`);
}

/**
 * The cached agenda for `revision`, or null: for a caller that learnt the
 * store's revision without opening the store (see `peekSqliteRevision`).
 */
export function readCachedAgenda(scope: AgendaCacheScope, revision: number): AgendaJson | null {
  const hit = read(fileOf(scope), keyOf(scope, revision));
  return hit ? { ...hit, asOf: asOfNow(scope.nowMs, hit.asOf) } : null;
}

/** The agenda for now, from the cache when valid, else computed and kept. */
export async function cachedAgenda(
  ctx: AppContext,
  input: { all: boolean; version: string; where: string },
): Promise<AgendaJson> {
  const scope: AgendaCacheScope = {
    ...input,
    seekerId: ctx.store.seekerId,
    nowMs: ctx.now.epochMilliseconds,
    machineZone: ctx.machineZone,
    home: ctx.home,
  };
  const revision = await ctx.store.revision();
  const hit = readCachedAgenda(scope, revision);
  if (hit) return hit;
  // Loaded only on a miss: a hit never pays for the engine, drafts and holidays.
  const { agendaInParts } = await import('./agenda-parts.js');
  const fresh = await agendaInParts(
    ctx,
    { all: input.all, scope: { version: input.version, where: input.where, templates: templatesStamp(ctx.home) } },
    write,
  );
  // Keep it only if nothing was written while it was computed.
  if ((await ctx.store.revision()) === revision) write(fileOf(scope), { key: keyOf(scope, revision), agenda: fresh });
  return fresh;
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

function read(file: string, key: string): AgendaJson | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    return entry.key === key ? entry.agenda : null;
  } catch {
    return null;
  }
}

function write(file: string, entry: unknown): void {
  try {
    // 0700, as the SQLite store makes the home: on PostgreSQL this may be what creates it.
    makeDirs(join(file, '..'), 0o700);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
