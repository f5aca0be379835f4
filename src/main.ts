/**
 * The composition root: configuration in, a ready application context out.
 * The CLI and the server both start here; nothing else wires dependencies.
 */

import { Temporal } from 'temporal-polyfill';
import type { AppContext } from './app/context.js';
import { AppError } from './app/errors.js';
import { redactUrl } from './app/secrets.js';
import { type Config, type ConfigFlags, loadConfig } from './config.js';
import { openStore, type Store } from './store/index.js';

/**
 * Shown on standard error (terminal or not: it is a diagnostic, and a script
 * that seems stuck is easier to understand with it) when a write has waited
 * a moment for another process's write lock.
 */
export const LOCK_WAIT_NOTICE = 'waiting for another afterview process to finish writing…';

export interface Runtime {
  config: Config;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Parses the configuration and opens the store (creating the SQLite file and running migrations on first use). */
export async function startRuntime(flags: ConfigFlags): Promise<Runtime> {
  const config = loadConfig(flags);
  let store: Store;
  try {
    store = await openStore({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqlitePath: config.sqlitePath }),
      seekerId: config.seekerId,
      lockTimeoutMs: config.lockTimeoutMs,
      onLockWait: () => process.stderr.write(`afterview: ${LOCK_WAIT_NOTICE}\n`),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'store_busy') throw error;
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
  const ctx: AppContext = {
    store,
    now: Temporal.Instant.fromEpochMilliseconds(config.nowMs),
    machineZone: config.machineZone,
    home: config.home,
    smtpUrl: config.smtpUrl,
    imapUrl: config.imapUrl,
  };
  return { config, ctx, close: () => store.close() };
}
