/**
 * The agenda commands (`today`, `agenda`): answered from what was printed
 * last time when nothing was written since (src/app/agenda-file-cache.ts;
 * src/cli/entry.ts answers the plainest requests before loading this),
 * else computed with the store open, in parts (src/cli/agenda-print.ts).
 */
import type { Command } from 'commander';
import { cachedOutput, printBytes, requestOf } from '../cached-output.js';
import { examples, type GlobalOptions, run } from '../program-helpers.js';

/** An agenda command: answered from what was printed last time when it can be, without opening the store. */
function agendaAction<O extends { all?: boolean; json?: boolean }>(
  program: Command,
  command: 'today' | 'agenda',
): (opts: O) => Promise<void> {
  return async (opts: O) => {
    const request = requestOf(command, opts);
    const kept = cachedOutput(request, program.opts<GlobalOptions>());
    if (kept !== null) return printBytes(kept);
    const { printAgenda } = await import('../agenda-print.js');
    await run(program, (rt) => printAgenda(rt, request))();
  };
}

/** `afterview today`: what to do now, or the agenda JSON. */
function registerToday(program: Command): void {
  program
    .command('today', { isDefault: true })
    .description('what to do now, what is on hold and why, and how the pipeline looks')
    .option('--json', 'print the agenda JSON (same as `agenda --json`)')
    .addHelpText('after', examples('afterview today', 'afterview --now 2026-12-01T09:00 today'))
    .action(agendaAction(program, 'today'));
}

/** `afterview agenda`: the items (all of them with --all), holds and pipeline. */
function registerAgenda(program: Command): void {
  program
    .command('agenda')
    .description('the agenda: due and overdue items (most urgent first), holds and pipeline health')
    .option('--all', 'include upcoming items')
    .option('--json', 'print JSON (CONTRACT.md "The agenda")')
    .addHelpText('after', examples('afterview agenda --json', 'afterview agenda --all'))
    .action(agendaAction(program, 'agenda'));
}

/** Adds `today` and `agenda` to the program. */
export function register(program: Command): void {
  registerToday(program);
  registerAgenda(program);
}
