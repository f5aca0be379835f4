/**
 * The agenda commands (`today`, `agenda`): answered from the on-disk agenda
 * cache without opening the store when nothing was written since, else with
 * the store open (src/app/agenda-file-cache.ts).
 */
import type { Command } from 'commander';
import type { Runtime } from '../../main.js';
import { examples, type GlobalOptions, Output, run } from '../program-helpers.js';
import { makeStyle } from '../style.js';

/**
 * The build's own modification time stands for the program's version, so a
 * new build never reads an older one's cache. Bundled, this module is part of
 * dist/cli.js (scripts/build.mjs), so that is the file whose time it reads.
 */
function buildVersion(statSync: (path: string) => { mtimeMs: number }, fileURLToPath: (url: string) => string): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    // Not a file (bundled elsewhere): entries still carry the revision and the minute.
    return 'dev';
  }
}

/** The agenda through the on-disk cache (src/app/agenda-file-cache.ts), with the store open. */
async function agendaOf(rt: Runtime, all: boolean) {
  const { cachedAgenda } = await import('../../app/agenda-file-cache.js');
  const { statSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const where = rt.config.databaseUrl ? rt.config.databaseUrl.replace(/:[^:@/]*@/, '@') : rt.config.sqlitePath;
  return cachedAgenda(rt.ctx, { all, version: buildVersion(statSync, fileURLToPath), where });
}

/**
 * The cached agenda without opening the store: on SQLite, the revision is
 * read straight from the file (no Kysely, no migrations). Null whenever the
 * ordinary path must run (PostgreSQL, no entry, anything unusual).
 */
async function peekAgenda(program: Command, all: boolean) {
  const { loadConfig } = await import('../../config.js');
  const config = loadConfig(program.opts<GlobalOptions>());
  if (config.databaseUrl) return null;
  const { peekSqliteRevision } = await import('../../store/sqlite-peek.js');
  const revision = peekSqliteRevision(config.sqlitePath, config.seekerId);
  if (revision === null) return null;
  const [{ readCachedAgenda }, { statSync }, { fileURLToPath }] = await Promise.all([
    import('../../app/agenda-file-cache.js'),
    import('node:fs'),
    import('node:url'),
  ]);
  const agenda = readCachedAgenda(
    {
      all,
      version: buildVersion(statSync, fileURLToPath),
      where: config.sqlitePath,
      seekerId: config.seekerId,
      nowMs: config.nowMs,
      machineZone: config.machineZone,
      home: config.home,
    },
    revision,
  );
  return agenda ? { agenda, out: new Output(makeStyle(config.color)) } : null;
}

/** An agenda command: answered from the cache when it can be, else with the store open. */
function agendaAction<O extends { json?: boolean }>(
  program: Command,
  allOf: (opts: O) => boolean,
  show: (agenda: Awaited<ReturnType<typeof agendaOf>>, out: Output, opts: O) => Promise<void> | void,
): (opts: O) => Promise<void> {
  const slow = run(program, async (rt, out, opts: O) => show(await agendaOf(rt, allOf(opts)), out, opts));
  return async (opts: O) => {
    const fast = await peekAgenda(program, allOf(opts));
    if (fast) return show(fast.agenda, fast.out, opts);
    return slow(opts);
  };
}

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
        (opts: { json?: boolean }) => !opts.json,
        async (result, out, opts) => {
          if (opts.json) return out.json(result);
          const { formatToday } = await import('../format.js');
          out.line(formatToday(result, out.style));
          if (result.items.length === 0 && result.holds.length === 0 && result.pipeline.open === 0) {
            out.line('');
            out.line(
              'New here? `afterview demo` loads a sample search to explore, or start with `afterview add "Company" --role "Role"`.',
            );
          }
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
        (opts: { all?: boolean; json?: boolean }) => opts.all ?? false,
        async (result, out, opts) => {
          if (opts.json) return out.json(result);
          const { formatAgendaItems } = await import('../format.js');
          out.line(formatAgendaItems(result, out.style));
        },
      ),
    );
}

/** Adds `today` and `agenda` to the program. */
export function register(program: Command): void {
  registerToday(program);
  registerAgenda(program);
}
