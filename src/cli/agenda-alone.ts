/**
 * The plainest `today` and `agenda` requests when nothing printed before is
 * still right (right after a write), run without the command-line program,
 * the store's Kysely or the migrator: the configuration, the SQLite file
 * read with the driver alone (src/store/sqlite-reader.ts), the agenda in
 * parts (src/app/agenda-parts.ts), printed and kept by ./agenda-print.ts.
 * Built as one file (scripts/build.mjs), so Node resolves and reads one
 * module rather than a few dozen chunks. Any doubt (PostgreSQL, a file this
 * build must migrate first, a seeker with no row yet, any error) returns
 * false and the ordinary program runs, and says what it has to.
 */
import { Temporal } from 'temporal-polyfill';
import { type Config, loadConfig } from '../config.js';
import { openSqliteReader } from '../store/sqlite-reader.js';
import { printAgenda } from './agenda-print.js';
import { isTerminal } from './cached-output.js';

/** Prints the agenda for `request` (see requestOfArgs) computed alone; true when it did, false to leave it to the program. */
export async function printAgendaAlone(request: string): Promise<boolean> {
  let config: Config;
  let reader: ReturnType<typeof openSqliteReader>;
  try {
    // Standard output asked as ./cached-output.ts asks it, so the colours match the program's.
    config = loadConfig({}, process.env, { stdoutIsTTY: isTerminal(1), stderrIsTTY: false });
    if (config.databaseUrl) return false;
    reader = openSqliteReader(config.sqlitePath, config.seekerId);
  } catch {
    return false;
  }
  if (reader === null) return false;
  try {
    const now = Temporal.Instant.fromEpochMilliseconds(config.nowMs);
    await printAgenda(
      { config, ctx: { store: reader, now, machineZone: config.machineZone, home: config.home } },
      request,
    );
    return true;
  } catch {
    return false;
  } finally {
    reader.close();
  }
}
