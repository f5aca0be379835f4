/**
 * SQLite through better-sqlite3, tuned so several CLI processes can share
 * one file: WAL (readers never block the writer), foreign keys on, a 5 s
 * busy timeout for single statements, and write transactions that begin
 * IMMEDIATE, waiting for the write lock up to the store's bound (60 s by
 * default, lock-wait.ts) before failing with `store_busy`.
 *
 * Why IMMEDIATE: Kysely's SqliteDriver begins DEFERRED transactions. A
 * deferred transaction that reads and then writes must upgrade its read
 * snapshot to a write lock; if another process committed in between,
 * SQLite fails at once with SQLITE_BUSY ("database is locked") without
 * consulting the busy timeout. BEGIN IMMEDIATE takes the write lock up
 * front, and waiting for it works (an awaited retry, see
 * ImmediateSqliteDriver), so writers queue instead of failing. Transactions started with access mode "read only" stay
 * DEFERRED (a consistent snapshot that blocks nobody).
 *
 * Why transactional DDL: Kysely's SqliteAdapter says SQLite lacks it, so
 * its Migrator runs migrations outside any transaction and without a lock;
 * two processes opening a new file at once would both run 0001. SQLite does
 * have transactional DDL, so the adapter here says so, and the Migrator
 * runs each batch inside one IMMEDIATE transaction: the second process
 * waits, then finds nothing pending.
 */
import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';
import { announced, DEFAULT_LOCK_WAIT, type LockWait, storeBusyError } from './lock-wait.js';
import { makeDirs } from './make-dirs.js';
import { betterSqliteAddon } from './sqlite-addon.js';

/**
 * SQLite's own (synchronous) busy timeout, for the rare statement outside a
 * write transaction that meets a lock: switching a new file to WAL, a
 * reader during WAL recovery. Write transactions wait asynchronously, up to
 * their LockWait bound.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** The dialect's settings: the database and how its write transactions wait for the lock. */
export type ImmediateSqliteConfig = SqliteDialectConfig & { database: Database.Database; lockWait?: LockWait };

/** Pause between attempts to take the write lock: short first, then steady. */
const LOCK_RETRY_MS = [1, 2, 5, 10, 20, 25, 50] as const;

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: Database.Database;
  readonly #lockWait: LockWait;

  constructor(config: ImmediateSqliteConfig) {
    super({ ...config, database: withStatementCache(config.database) });
    this.#database = config.database;
    this.#lockWait = config.lockWait ?? DEFAULT_LOCK_WAIT;
  }

  /**
   * BEGIN IMMEDIATE, waiting for the write lock without blocking the event
   * loop: the busy timeout is off for this one statement and retries are
   * awaited. A synchronous busy wait would freeze the process, and within
   * one process it could never end (the holder of the lock could not run).
   * A wait past WAIT_NOTICE_MS is announced through the LockWait's onWait;
   * throws AppError `store_busy` once its bound has passed.
   */
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    if (settings?.accessMode === 'read only') {
      await connection.executeQuery(CompiledQuery.raw('begin deferred'));
      return;
    }
    if (await this.#tryBeginImmediate(connection)) return;
    const { timeoutMs } = this.#lockWait;
    const deadline = Date.now() + timeoutMs;
    await announced(this.#lockWait, async () => {
      for (let attempt = 0; ; attempt++) {
        await sleep(LOCK_RETRY_MS[Math.min(attempt, LOCK_RETRY_MS.length - 1)] ?? 50);
        if (await this.#tryBeginImmediate(connection)) return;
        if (Date.now() > deadline) throw storeBusyError(timeoutMs);
      }
    });
  }

  /** BEGIN IMMEDIATE without waiting: true when it began, false when another connection holds the lock. */
  async #tryBeginImmediate(connection: DatabaseConnection): Promise<boolean> {
    this.#database.pragma('busy_timeout = 0');
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      return true;
    } catch (error) {
      if (!isBusy(error)) throw error;
      return false;
    } finally {
      this.#database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
}

/** Statements kept per connection; the store issues a few dozen distinct ones. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely sees it, with prepared statements reused by SQL
 * text. Kysely prepares every query anew, and preparing costs more than
 * running a small insert. Safe: better-sqlite3 runs a statement to completion
 * synchronously, so one is never used twice at once (the store never streams).
 */
function withStatementCache(db: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** SqliteDialect with IMMEDIATE write transactions and migrations run in a transaction. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ImmediateSqliteConfig;

  constructor(config: ImmediateSqliteConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Opens (creating if needed) one SQLite file with the pragmas above. The
 * parent directory is created (0700) and a new file is created 0600; WAL
 * side files inherit its mode. `:memory:` opens a private in-memory database.
 *
 * Throws better-sqlite3's SqliteError when the file cannot be opened or is
 * not a database, and when another process holds it longer than the busy
 * timeout while WAL is first switched on.
 */
export function openSqliteFile(path: string): Database.Database {
  if (path !== ':memory:') {
    makeDirs(dirname(path), 0o700);
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  }
  const nativeBinding = betterSqliteAddon();
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Switching to WAL needs a moment of exclusive access; a concurrent first
    // open can see SQLITE_BUSY here without the busy handler, so retry.
    retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('foreign_keys = ON');
    // Safe with WAL: a power cut may lose the last commits, never corrupt.
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function retryWhileBusy<T>(fn: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return fn();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}
