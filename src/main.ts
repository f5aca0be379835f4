/**
 * The composition root: configuration in, a ready application context out.
 * The CLI and the server both start here; nothing else wires dependencies.
 */

import { statSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import type { AppContext } from './app/context.js';
import { loadSecretBox, type SecretBox } from './app/secret-box.js';
import { redactUrl } from './app/secrets.js';
import { homeSettings, storeSettings } from './app/seeker-settings.js';
import { type Config, type ConfigFlags, loadConfig } from './config.js';
import { AppError } from './records/errors.js';
import { openDatabase, type StoreDatabase } from './store/index.js';

/**
 * Shown on standard error (terminal or not: it is a diagnostic, and a script
 * that seems stuck is easier to understand with it) when a write has waited
 * a moment for another process's write lock.
 */
export const LOCK_WAIT_NOTICE = 'waiting for another afterview process to finish writing…';

export interface Runtime {
  config: Config;
  /** The configured seeker's context (`$AFTERVIEW_SEEKER`, by default the local one): what a command runs for. */
  ctx: AppContext;
  /** The database, opened once; each seeker's store is taken from it. */
  database: StoreDatabase;
  /** Seals and opens every seeker's saved secrets with the configured key (none configured: kept as they are). */
  secretBox: SecretBox;
  /**
   * A context for one seeker of the database, "now" as configured. The
   * configured seeker's secrets and templates are the home's files (as
   * always); any other seeker has no home, and keeps them in the store's
   * tables. Throws AppError `store_busy` when a new seeker's row waited
   * longer than the lock bound.
   */
  contextFor(seekerId: string): Promise<AppContext>;
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * Parses the configuration, opens the database (creating the SQLite file and running migrations on first use)
 * and takes the configured seeker's store from it.
 * Throws AppError: `invalid_setting` when the data home is not a folder that can be made or written,
 * `service_unavailable` when PostgreSQL cannot be reached, `database_unavailable` for any other failure to open.
 */
export async function startRuntime(flags: ConfigFlags): Promise<Runtime> {
  const config = loadConfig(flags);
  if (!config.databaseUrl) checkHome(config.home);
  const secretBox = loadSecretBox(config.secretKeys);
  let database: StoreDatabase | null = null;
  try {
    database = await openDatabase({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqlitePath: config.sqlitePath }),
      lockTimeoutMs: config.lockTimeoutMs,
      onLockWait: () => process.stderr.write(`afterview: ${LOCK_WAIT_NOTICE}\n`),
    });
    const opened = database;
    const contextFor = seekerContexts(config, opened, secretBox);
    const ctx = await contextFor(config.seekerId);
    return { config, ctx, database: opened, secretBox, contextFor, close: () => opened.close() };
  } catch (error) {
    await database?.close();
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (!config.databaseUrl && code && HOME_ERRORS.has(code)) throw homeError(config.home, code, error);
    const where = config.databaseUrl ? redactUrl(config.databaseUrl) : config.sqlitePath;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'database_unavailable',
      `cannot open the data store at ${where} (${reason.split(config.databaseUrl ?? '\0').join('***')})`,
      {
        hint: config.databaseUrl
          ? 'check that PostgreSQL is running and the --database URL (or $AFTERVIEW_DATABASE_URL) is right'
          : 'check that the data home (--home or $AFTERVIEW_HOME) is a writable folder',
        cause: error,
      },
    );
  }
}

/** `Runtime.contextFor` over an opened database. */
function seekerContexts(
  config: Config,
  database: StoreDatabase,
  box: SecretBox,
): (seekerId: string) => Promise<AppContext> {
  return async (seekerId) => {
    const store = await database.forSeeker(seekerId);
    return {
      store,
      now: Temporal.Instant.fromEpochMilliseconds(config.nowMs),
      machineZone: config.machineZone,
      home: config.home,
      settings: seekerId === config.seekerId ? homeSettings(config.home, box) : storeSettings(store, box),
      smtpUrl: config.smtpUrl,
      imapUrl: config.imapUrl,
    };
  };
}

/** System errors that mean the data home (or a folder above it) cannot hold the store: the user's setting. */
const HOME_ERRORS = new Set(['ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOENT']);

/** Refuses a data home that exists and is not a folder, before anything tries to create a file in it. */
function checkHome(home: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(home).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // created on first use
    throw homeError(home, code ?? 'error', error);
  }
  if (!isFolder) throw homeError(home, 'ENOTDIR', null);
}

function homeError(home: string, code: string, cause: unknown): AppError {
  const why =
    code === 'ENOTDIR' || code === 'EEXIST'
      ? 'is not a folder'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'cannot be written'
        : `cannot be used (${code})`;
  return new AppError('invalid_setting', `the data home ${home} ${why}`, {
    hint: 'give --home (or $AFTERVIEW_HOME) a folder you can write, or a path where one can be made',
    cause,
  });
}
