/**
 * Opening the store: SQLite (one file, the default) or PostgreSQL (many
 * seekers on one server), with pending migrations run on open. Each driver
 * is loaded only when used, so a SQLite CLI never loads `pg` and a server
 * on PostgreSQL never loads better-sqlite3.
 */
import { Kysely, Migrator, type PostgresPool, type PostgresPoolClient, sql } from 'kysely';
import type pg from 'pg';
import { AppError, networkReason, serviceUnavailable } from '../records/errors.js';
import { AccountStore } from './accounts.js';
import { DEFAULT_LOCK_TIMEOUT_MS, type LockWait } from './lock-wait.js';
import { MIGRATIONS, migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { actingAsSeeker, currentSeeker, runAsSeeker, SETTING_UNUSED } from './seeker-setting.js';
import { type SeekerSettingsTables, seekersWithSecrets } from './seeker-settings.js';
import { SqlStore } from './sql-store.js';
import type { Dialect, Store, StoreDatabase } from './store.types.js';

export type { AccountStore, Role, UserRecord } from './accounts.js';
export { MIGRATIONS } from './migrations/index.js';
export type { Dialect, OpportunityFields, Store, StoreDatabase } from './store.types.js';

/** The seeker id of a single-user home. */
export const LOCAL_SEEKER_ID = 'local';

/** Where the database is and how to wait for its write lock. */
export interface OpenDatabaseOptions {
  /** A SQLite file (created with its parent directory), or `:memory:`. */
  sqlitePath?: string;
  /** A PostgreSQL URL (`postgres://user:pass@host:5432/db`); wins over sqlitePath when both are given. */
  databaseUrl?: string;
  /** PostgreSQL pool size; default 10. */
  poolSize?: number;
  /**
   * How long a write waits for another process's write lock before failing
   * with AppError `store_busy`; default 60 s (DEFAULT_LOCK_TIMEOUT_MS).
   */
  lockTimeoutMs?: number;
  /** Called when a write has waited a moment for that lock (to tell the person why nothing happens). */
  onLockWait?: () => void;
}

export interface OpenStoreOptions extends OpenDatabaseOptions {
  /** The seeker the store is scoped to; default "local". */
  seekerId?: string;
}

/**
 * Opens the database once and runs pending migrations; each request or
 * command then takes its seeker's store with `forSeeker`. Safe when several
 * processes open the same database at once: on SQLite migrations run in one
 * IMMEDIATE transaction, on PostgreSQL under Kysely's advisory lock, so
 * exactly one process applies each migration. When nothing is pending,
 * opening only reads: a database opened while another process holds the
 * write lock (a long import) can still be read at once.
 *
 * Throws TypeError when neither location is given; throws the driver's
 * error when a SQLite file cannot be opened; throws AppError
 * `service_unavailable` when PostgreSQL cannot be reached or refuses the
 * login (and so does every later query that loses its server); throws an
 * Error ("store migration failed", with the cause) when a migration fails,
 * in which case nothing of that migration is applied; throws AppError
 * `store_busy` when a pending migration waited longer than the lock bound.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<StoreDatabase> {
  return (await openSqlDatabase(options)).database;
}

/**
 * Opens the database (see `openDatabase`) and returns the store of one
 * seeker, which owns the connection: closing it closes the database. For a
 * process that serves one seeker, and for tests. Throws as `openDatabase`
 * does, and AppError `store_busy` when the seeker's new row waited longer
 * than the lock bound.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { database, scoped } = await openSqlDatabase(options);
  try {
    return await scoped(options.seekerId ?? LOCAL_SEEKER_ID, () => database.close());
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The opened database, and its stores with a chosen `close` (by default none: the database owns the connection). */
async function openSqlDatabase(options: OpenDatabaseOptions): Promise<{
  database: StoreDatabase;
  scoped(seekerId: string, destroy?: () => Promise<void>): Promise<Store>;
}> {
  const lockWait: LockWait = {
    timeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    onWait: options.onLockWait,
  };
  const { db, dialect } = await connect(options, lockWait);
  try {
    if (!(await allMigrationsApplied(db))) {
      if (dialect === 'sqlite') await createMigrationTables(db);
      await migrateToLatest(db);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Seekers whose row is known to exist: their later stores cost no query.
  const known = new Set<string>();
  const scoped = async (seekerId: string, destroy?: () => Promise<void>): Promise<Store> => {
    if (!known.has(seekerId)) {
      await runAsSeeker(seekerId, () => ensureSeeker(db, seekerId));
      known.add(seekerId);
    }
    const store = new SqlStore(db, dialect, seekerId, { lockWait, ...(destroy ? { destroy } : {}) });
    // On PostgreSQL each call runs as its seeker, for the row-level security policies (0010).
    return dialect === 'postgres' ? actingAsSeeker(store, seekerId) : store;
  };
  const database: StoreDatabase = {
    dialect,
    forSeeker: (seekerId) => scoped(seekerId),
    accounts: () => new AccountStore(db as unknown as Kysely<unknown>),
    seekersWithSecrets: () => seekersWithSecrets(db as unknown as Kysely<SeekerSettingsTables>, dialect),
    close: () => db.destroy(),
  };
  return { database, scoped };
}

/**
 * True when every migration of MIGRATIONS is recorded as applied: one read,
 * no transaction. False when the migration table is not there yet (a new
 * database) or the read fails for any other reason: the Migrator then
 * decides, under its lock.
 */
async function allMigrationsApplied(db: Kysely<Database>): Promise<boolean> {
  try {
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const names = new Set(applied.rows.map((r) => r.name));
    return MIGRATIONS.every((m) => names.has(m.name));
  } catch {
    return false;
  }
}

async function connect(
  options: OpenDatabaseOptions,
  lockWait: LockWait,
): Promise<{ db: Kysely<Database>; dialect: Dialect }> {
  if (options.databaseUrl) {
    const [{ default: pg }, { PostgresDialect }] = await Promise.all([import('pg'), import('kysely')]);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    });
    // An idle connection the server ends (a restart, an administrator's terminate, a closing pool
    // whose socket is still open) is dropped by the pool and the next query opens another; the pool
    // reports it as an 'error' event, which without a listener would end the whole process.
    pool.on('error', () => {});
    // A connection in use has no such listener: the pool takes its own off while a query runs, and
    // the server going away then emits an unhandled 'error' on the client. The query in flight
    // rejects anyway, and that rejection is what reports it.
    pool.on('connect', (client) => client.on('error', () => {}));
    const dialect = new PostgresDialect({ pool: reportUnreachable(pool, options.databaseUrl) });
    return { db: new Kysely<Database>({ dialect }), dialect: 'postgres' };
  }
  if (options.sqlitePath) {
    const { ImmediateSqliteDialect, openSqliteFile } = await import('./sqlite-dialect.js');
    const database = openSqliteFile(options.sqlitePath);
    return {
      db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database, lockWait }) }),
      dialect: 'sqlite',
    };
  }
  throw new TypeError('openStore needs sqlitePath or databaseUrl');
}

/**
 * Applies every pending migration in order.
 * Throws an Error naming the failed migration (cause: the database error),
 * or AppError `service_unavailable` when the server cannot be reached then.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error instanceof AppError) throw error;
  if (error !== undefined) {
    // A server that went away mid-migration leaves Kysely's own "connection has been discarded"
    // in place of the pool's `service_unavailable`; asking once more says which it was.
    await sql`select 1`.execute(db).catch((probe: unknown) => {
      if (probe instanceof AppError && probe.code === 'service_unavailable') throw probe;
    });
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`store migration failed${failed ? ` at ${failed}` : ''}: ${detail}`, { cause: error });
  }
}

/**
 * SQLite only: creates Kysely's two migration tables (same definitions as
 * Kysely 0.28's Migrator) and its lock row inside one IMMEDIATE
 * transaction. The Migrator would create them with plain statements
 * outside any transaction, whose lock waits are synchronous: harmless
 * across processes, but a stall when two stores in one process open a new
 * file together. Afterwards the Migrator finds them and only reads.
 */
async function createMigrationTables(db: Kysely<Database>): Promise<void> {
  const found = await sql<{ n: number }>`select count(*) as n from sqlite_master
    where type = 'table' and name in ('kysely_migration', 'kysely_migration_lock')`.execute(db);
  if (Number(found.rows[0]?.n) === 2) return;
  await db.transaction().execute(async (trx) => {
    await sql`create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)`.execute(
      trx,
    );
    await sql`create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null)`.execute(
      trx,
    );
    await sql`insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0)`.execute(
      trx,
    );
  });
}

/** Inserts the seeker's row unless it exists (read first: most opens need no write). */
async function ensureSeeker(db: Kysely<Database>, seekerId: string): Promise<void> {
  const found = await db.selectFrom('seekers').select('seeker_id').where('seeker_id', '=', seekerId).executeTakeFirst();
  if (found) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('seekers')
      .values({ seeker_id: seekerId, settings: '{}', snoozed: '[]', dismissed: '[]' })
      .onConflict((oc) => oc.column('seeker_id').doNothing())
      .execute();
  });
}

/**
 * How long opening a PostgreSQL connection (or waiting for a free one in
 * the pool) may take before it fails as unreachable. A server that drops
 * packets would otherwise keep a command waiting for the system's TCP
 * timeout, about two minutes; a healthy server answers in milliseconds, and
 * a busy pool frees a connection well within this.
 */
const PG_CONNECT_TIMEOUT_MS = 15_000;

/** SQLSTATE codes (and classes) that mean the server refused or dropped us, not that a statement was wrong. */
const PG_SERVICE_STATES = /^(08...|57P0[123]|53300|28000|28P01|3D000)$/;

/** pg's own messages for a connection that is gone or never came. */
const PG_LOST =
  /^(Connection terminated|Client has encountered a connection error|Client was closed|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;

/**
 * The pool as Kysely sees it, with every failure to reach the server (on
 * connect, or a query whose connection the server dropped) turned into one
 * `service_unavailable` error naming the host. Other errors pass unchanged.
 * A connection that failed that way is destroyed on release, never reused.
 */
function reportUnreachable(pool: pg.Pool, databaseUrl: string): PostgresPool {
  // What `afterview.seeker` is on each pooled connection, so it is set only when it changes.
  const seekerSettings = new WeakMap<pg.PoolClient, string>();
  let host = 'localhost:5432';
  let password = '';
  try {
    const url = new URL(databaseUrl);
    host = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
    password = decodeURIComponent(url.password);
  } catch {
    // Not a URL pg can use either; its own error says so.
  }
  const translate = (error: unknown): unknown => {
    const e = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
    const message = typeof e.message === 'string' ? e.message : '';
    const state = typeof e.code === 'string' && PG_SERVICE_STATES.test(e.code);
    const network = networkReason(error);
    const reason =
      network ??
      (/timeout/i.test(message) && PG_LOST.test(message)
        ? 'timed out'
        : PG_LOST.test(message)
          ? 'the connection was lost'
          : state
            ? (password ? message.split(password).join('***') : message) || 'refused'
            : null);
    if (reason === null) return error;
    return serviceUnavailable(
      { service: 'postgresql', host },
      reason,
      'check that PostgreSQL is running and that the database URL is right',
      error,
      { refused: network === null && state && /^(28|3D)/.test(String(e.code)) },
    );
  };
  return {
    async connect(): Promise<PostgresPoolClient> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw translate(error);
      }
      // The seeker this call runs as, for the row-level security policies (0010); set only when it changes.
      const seeker = currentSeeker();
      if (seeker !== SETTING_UNUSED && seekerSettings.get(client) !== seeker) {
        try {
          await client.query(`select set_config('afterview.seeker', $1, false)`, [seeker]);
        } catch (error) {
          client.release(true);
          throw translate(error);
        }
        seekerSettings.set(client, seeker);
      }
      let broken = false;
      const query = (text: unknown, parameters?: ReadonlyArray<unknown>) => {
        if (typeof text !== 'string') return client.query(text as never);
        return client.query(text, parameters as unknown[]).catch((error: unknown) => {
          const translated = translate(error);
          if (translated !== error) broken = true;
          throw translated;
        });
      };
      return {
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy || broken ? true : undefined),
      };
    },
    end: () => pool.end(),
  };
}
