/**
 * The usual `afterview today` (nothing written since the last run): the
 * text printed last time, printed again before the rest of the program is
 * loaded. On SQLite the revision is read straight from the file
 * (src/store/sqlite-peek.ts: no Kysely, no migrations, no engine, no
 * Temporal); anything unusual (PostgreSQL, no entry, a setting that does not
 * parse, an option this path does not know) is null, and the ordinary
 * program runs and says what it has to.
 */

import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readCachedOutput } from '../app/agenda-file-cache.js';
import { type ConfigFlags, loadConfig } from '../config.js';
import { peekSqliteRevision } from '../store/sqlite-peek.js';

/**
 * The program's build: set by scripts/build.mjs (esbuild `define`), so a new
 * build never reads what an older one printed; "dev" when run from source.
 */
export function buildVersion(): string {
  return process.env.AFTERVIEW_BUILD ?? 'dev';
}

/** The request as one word list (`today`, `today --json`, `agenda --all --json`), from the parsed options. */
export function requestOf(command: 'today' | 'agenda', opts: { all?: boolean; json?: boolean }): string {
  return [command, command === 'agenda' && opts.all ? '--all' : '', opts.json ? '--json' : '']
    .filter(Boolean)
    .join(' ');
}

/** The request when argv is exactly one this path answers (`afterview`, `today [--json]`, `agenda [--all] [--json]`), else null. */
export function requestOfArgs(args: readonly string[]): string | null {
  const [command = 'today', ...flags] = args;
  if (command !== 'today' && command !== 'agenda') return null;
  const allowed = command === 'today' ? ['--json'] : ['--all', '--json'];
  if (new Set(flags).size !== flags.length || flags.some((f) => !allowed.includes(f))) return null;
  return requestOf(command, { all: flags.includes('--all'), json: flags.includes('--json') });
}

/** The text printed last time for `request`, when nothing it depends on changed since; else null. */
export function cachedOutput(request: string, flags: ConfigFlags): Buffer | null {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(flags, process.env, { stdoutIsTTY: isTerminal(1), stderrIsTTY: false });
  } catch {
    return null;
  }
  if (config.databaseUrl) return null;
  const revision = peekSqliteRevision(config.sqlitePath, config.seekerId);
  if (revision === null) return null;
  return readCachedOutput(
    {
      request,
      color: config.color,
      version: buildVersion(),
      where: config.sqlitePath,
      seekerId: config.seekerId,
      nowMs: config.nowMs,
      machineZone: config.machineZone,
      home: config.home,
    },
    revision,
  );
}

/**
 * Whether `fd` is a terminal, as `process.stdout.isTTY` would say, without
 * creating `process.stdout` (which loads Node's stream modules): a file, a
 * pipe, a socket or /dev/null is not one; only a character device is asked
 * to node:tty, loaded then.
 */
export function isTerminal(fd: number): boolean {
  try {
    const file = fstatSync(fd);
    if (!file.isCharacterDevice() || file.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // Unknown: node:tty decides.
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}

/** Prints the kept text for `request` when there is one; true when it did. */
export function printCachedOutput(request: string): boolean {
  const text = cachedOutput(request, {});
  if (text === null) return false;
  printBytes(text);
  return true;
}

/**
 * Writes to standard output with writeSync: `process.stdout` would load
 * Node's stream modules, a good part of the cached path's cost. A pipe that
 * is full (non-blocking, EAGAIN) gets the rest through `process.stdout`; a
 * reader that stopped early (`afterview today | head`, EPIPE) is not an error.
 */
export function printBytes(bytes: Buffer): void {
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(0);
    if (code !== 'EAGAIN') throw error;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
    process.stdout.write(bytes.subarray(done));
  }
}
