/**
 * The agenda commands (`today`, `agenda`): answered from what was printed
 * last time when nothing was written since (src/app/agenda-file-cache.ts;
 * src/cli/entry.ts answers the plainest requests before loading this),
 * else computed with the store open, in parts (src/app/agenda-parts.ts).
 */
import type { Command } from 'commander';
import type { AgendaJson } from '../../app/agenda.json.js';
import type { Runtime } from '../../main.js';
import { buildVersion, cachedOutput, requestOf } from '../cached-output.js';
import { examples, type GlobalOptions, run } from '../program-helpers.js';
import { makeStyle, type Style } from '../style.js';

/** Prints the agenda text for `request`: the cached one when still right, else computed (and kept). */
async function printAgenda(
  rt: Runtime,
  request: string,
  all: boolean,
  render: (agenda: AgendaJson, style: Style) => Promise<string>,
): Promise<void> {
  const { cachedAgenda, keepOutput, readCachedOutput } = await import('../../app/agenda-file-cache.js');
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
  if (kept !== null) {
    process.stdout.write(kept);
    return;
  }
  const { agenda, revision } = await cachedAgenda(rt.ctx, { all, version: scope.version, where });
  const text = await render(agenda, makeStyle(rt.config.color));
  process.stdout.write(text);
  if (revision !== null) keepOutput(scope, revision, text, request.endsWith('--json') ? agenda.asOf : null);
}

/** An agenda command: answered from what was printed last time when it can be, without opening the store. */
function agendaAction<O extends { all?: boolean; json?: boolean }>(
  program: Command,
  command: 'today' | 'agenda',
  allOf: (opts: O) => boolean,
  render: (agenda: AgendaJson, style: Style, opts: O) => Promise<string>,
): (opts: O) => Promise<void> {
  return async (opts: O) => {
    const request = requestOf(command, opts);
    const kept = cachedOutput(request, program.opts<GlobalOptions>());
    if (kept !== null) {
      process.stdout.write(kept);
      return;
    }
    await run(program, (rt) => printAgenda(rt, request, allOf(opts), (agenda, style) => render(agenda, style, opts)))();
  };
}

const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `afterview today`: what to do now, or the agenda JSON. */
function registerToday(program: Command): void {
  program
    .command('today', { isDefault: true })
    .description('what to do now, what is on hold and why, and how the pipeline looks')
    .option('--json', 'print the agenda JSON (same as `agenda --json`)')
    .addHelpText('after', examples('afterview today', 'afterview --now 2026-12-01T09:00 today'))
    .action(
      agendaAction(
        program,
        'today',
        (opts: { json?: boolean }) => !opts.json,
        async (result, style, opts) => {
          if (opts.json) return jsonText(result);
          const { formatToday } = await import('../format.js');
          const lines = [formatToday(result, style)];
          if (result.items.length === 0 && result.holds.length === 0 && result.pipeline.open === 0) {
            lines.push(
              '',
              'New here? `afterview demo` loads a sample search to explore, or start with `afterview add "Company" --role "Role"`.',
            );
          }
          return `${lines.join('\n')}\n`;
        },
      ),
    );
}

/** `afterview agenda`: the items (all of them with --all), holds and pipeline. */
function registerAgenda(program: Command): void {
  program
    .command('agenda')
    .description('the agenda: due and overdue items (most urgent first), holds and pipeline health')
    .option('--all', 'include upcoming items')
    .option('--json', 'print JSON (CONTRACT.md "The agenda")')
    .addHelpText('after', examples('afterview agenda --json', 'afterview agenda --all'))
    .action(
      agendaAction(
        program,
        'agenda',
        (opts: { all?: boolean; json?: boolean }) => opts.all ?? false,
        async (result, style, opts) => {
          if (opts.json) return jsonText(result);
          const { formatAgendaItems } = await import('../format.js');
          return `${formatAgendaItems(result, style)}\n`;
        },
      ),
    );
}

/** Adds `today` and `agenda` to the program. */
export function register(program: Command): void {
  registerToday(program);
  registerAgenda(program);
}
