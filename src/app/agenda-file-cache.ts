/**
 * The agenda kept on disk between runs of the command line, so `afterview
 * today` on a large pipeline answers without reloading and re-evaluating
 * everything when nothing changed. An entry is used only when the store's
 * revision (raised by every write, from any process), the minute of "now",
 * the seeker's templates and the program's version are all the same; then
 * only `asOf` is brought to the exact now. Any problem reading the cache is
 * a miss, never an error.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import { type AgendaJson, zonedString } from './agenda.json.js';
import type { AppContext } from './context.js';
import { templatesDir } from './templates.js';

/** Bump when the agenda's shape or the rules change in a way old entries would hide. */
const CACHE_FORMAT = 1;

interface Entry {
  key: string;
  agenda: AgendaJson;
}

function templatesStamp(home: string): string {
  try {
    const dir = statSync(templatesDir(home));
    return `${dir.mtimeMs}`;
  } catch {
    return 'none';
  }
}

/**
 * The agenda for now, from the cache when valid. `version` is the program's
 * version (a new build may word things differently); `where` names the
 * database so two stores never share entries.
 */
export async function cachedAgenda(
  ctx: AppContext,
  input: { all: boolean; version: string; where: string },
): Promise<AgendaJson> {
  const revision = await ctx.store.revision();
  const key = JSON.stringify([
    CACHE_FORMAT,
    input.version,
    input.where,
    ctx.store.seekerId,
    revision,
    input.all,
    Math.floor(ctx.now.epochMilliseconds / 60_000),
    ctx.machineZone,
    templatesStamp(ctx.home),
  ]);
  const file = join(ctx.home, 'cache', `agenda-${input.all ? 'all' : 'due'}.json`);
  const hit = read(file, key);
  if (hit) return { ...hit, asOf: asOfNow(ctx.now, hit.timezone) };
  // Loaded only on a miss: a hit never pays for the engine, drafts and holidays.
  const { agenda } = await import('./commands/items.js');
  const fresh = await agenda(ctx, { all: input.all });
  // Keep it only if nothing was written while it was computed.
  if ((await ctx.store.revision()) === revision) write(file, { key, agenda: fresh });
  return fresh;
}

function asOfNow(now: Temporal.Instant, timeZone: string): string {
  return zonedString(now.toZonedDateTimeISO(timeZone));
}

function read(file: string, key: string): AgendaJson | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    return entry.key === key ? entry.agenda : null;
  } catch {
    return null;
  }
}

function write(file: string, entry: Entry): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
