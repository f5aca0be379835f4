/**
 * Printing the agenda for a request (`today`, `today --json`, `agenda
 * --all`...): what was printed last time when nothing it depends on changed,
 * else computed in parts (src/app/agenda-parts.ts), printed and kept
 * (src/app/agenda-file-cache.ts). Used by the `today` and `agenda` commands,
 * and by ./agenda-alone.ts for the plainest requests, so that a run right
 * after a write does not load the rest of the program either.
 */
import type { AgendaJson } from '../app/agenda.json.js';
import type { AgendaContext } from '../app/agenda-parts.js';
import type { Config } from '../config.js';
import { buildVersion, printBytes } from './cached-output.js';
import { makeStyle, type Style } from './style.js';

const NEW_HERE =
  'New here? `afterview demo` loads a sample search to explore, or start with `afterview add "Company" --role "Role"`.';

/** The text a request prints for an agenda. */
async function render(request: string, agenda: AgendaJson, style: Style): Promise<string> {
  if (request.endsWith('--json')) return `${JSON.stringify(agenda, null, 2)}\n`;
  const { formatAgendaItems, formatToday } = await import('./format.js');
  if (!request.startsWith('today')) return `${formatAgendaItems(agenda, style)}\n`;
  const lines = [formatToday(agenda, style)];
  if (agenda.items.length === 0 && agenda.holds.length === 0 && agenda.pipeline.open === 0) lines.push('', NEW_HERE);
  return `${lines.join('\n')}\n`;
}

/**
 * Prints the agenda text for `request`: the kept one when still right, else
 * computed (and kept). `rt` is the program's runtime, or what
 * ./agenda-alone.ts opens without it.
 */
export async function printAgenda(rt: { config: Config; ctx: AgendaContext }, request: string): Promise<void> {
  const { cachedAgenda, keepOutput, readCachedOutput } = await import('../app/agenda-file-cache.js');
  const where = rt.config.databaseUrl ? rt.config.databaseUrl.replace(/:[^:@/]*@/, '@') : rt.config.sqlitePath;
  const scope = {
    request,
    color: rt.config.color,
    version: buildVersion(),
    where,
    seekerId: rt.ctx.store.seekerId,
    nowMs: rt.config.nowMs,
    machineZone: rt.config.machineZone,
    home: rt.config.home,
  };
  const kept = readCachedOutput(scope, await rt.ctx.store.revision());
  if (kept !== null) return printBytes(kept);
  // `today` shows the coming week too; `agenda` only with --all.
  const all = request.startsWith('today') ? !request.endsWith('--json') : request.includes('--all');
  const { agenda, revision } = await cachedAgenda(rt.ctx, { all, version: scope.version, where });
  const text = await render(request, agenda, makeStyle(rt.config.color));
  printBytes(Buffer.from(text));
  if (revision !== null) keepOutput(scope, revision, text, request.endsWith('--json') ? agenda.asOf : null);
}
