/**
 * The composition root: configuration in, a ready application context out.
 * The CLI and the server both start here; nothing else wires dependencies.
 */
import type { AppContext } from './app/context.js';
import { type Config, type ConfigFlags, loadConfig } from './config.js';
import { openStore } from './store/index.js';

export interface Runtime {
  config: Config;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Parses the configuration and opens the store (creating the SQLite file and running migrations on first use). */
export async function startRuntime(flags: ConfigFlags): Promise<Runtime> {
  const config = loadConfig(flags);
  const store = await openStore(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, seekerId: config.seekerId }
      : { sqlitePath: config.sqlitePath, seekerId: config.seekerId },
  );
  const ctx: AppContext = {
    store,
    now: config.now,
    machineZone: config.machineZone,
    home: config.home,
    smtpUrl: config.smtpUrl,
    imapUrl: config.imapUrl,
  };
  return { config, ctx, close: () => store.close() };
}
