/**
 * The dialect harness: every store test is written once and run on each
 * entry of DIALECTS. SQLite always runs (a real temp file); PostgreSQL runs
 * when test/global-setup.ts provided a server, and is skipped otherwise.
 *
 * Isolation: on SQLite each fresh store is its own file; on PostgreSQL a
 * fresh store is a fresh seeker id on the shared test database (which also
 * exercises seeker scoping), and `freshDatabase()` creates a new database
 * for tests that need an empty one (migrations, concurrent first open).
 *
 * Usage:
 *   describe.each(DIALECTS)('$name', (dialect) => {
 *     beforeAll(({ skip }) => { if (dialect.skip) skip(dialect.skip) }) ...
 *   });
 * or `describe.skipIf(d.skip !== null)` per dialect.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { type OpenStoreOptions, openStore } from '../src/store/index.js';
import type { Dialect, Store } from '../src/store/store.types.js';

/** Where a database is; spread into openStore's options. */
export type StoreLocation = Pick<OpenStoreOptions, 'sqlitePath' | 'databaseUrl'>;

export interface TestDatabase {
  readonly location: StoreLocation;
  /** Runs one SQL statement on a side connection (not through the store) and returns its rows. */
  query(statement: string): Promise<Record<string, unknown>[]>;
  /** Deletes the database (SQLite: its directory; PostgreSQL: DROP DATABASE). Close its stores first. */
  dispose(): Promise<void>;
}

export interface TestStore {
  readonly store: Store;
  readonly location: StoreLocation;
  readonly seekerId: string;
  /** Opens another store on the same database, as another process would. */
  reopen(seekerId?: string): Promise<Store>;
  /** Closes the store (and any reopened ones) and removes what it created. */
  dispose(): Promise<void>;
}

export interface DialectHarness {
  readonly name: Dialect;
  /** Why this dialect is skipped here, or null when it runs. */
  readonly skip: string | null;
  /** A brand-new empty database, not yet migrated. */
  freshDatabase(): Promise<TestDatabase>;
  /** A migrated store that no other test writes to. */
  freshStore(): Promise<TestStore>;
}

/** Where the built CLI finds a test database: its data home and the global options to pass. */
export interface CliTarget {
  /** SQLite: the database's own folder; PostgreSQL: a new empty home (templates, caches, secrets). */
  readonly home: string;
  /** `--database URL` on PostgreSQL, nothing on SQLite (the home holds afterview.db). */
  readonly args: readonly string[];
  /** Removes the home made for PostgreSQL (SQLite's goes with the database). */
  remove(): void;
}

/** Points `afterview` (test/cli/cli-runner.ts) at a database from freshDatabase(). */
export function cliTarget(location: StoreLocation): CliTarget {
  if (location.databaseUrl) {
    const home = mkdtempSync(join(tmpdir(), 'afterview-cli-pg-'));
    return {
      home,
      args: ['--database', location.databaseUrl],
      remove: () => rmSync(home, { recursive: true, force: true }),
    };
  }
  if (!location.sqlitePath) throw new Error('cliTarget needs sqlitePath or databaseUrl');
  return { home: dirname(location.sqlitePath), args: [], remove: () => {} };
}

/** A unique id for test seekers and databases. */
export function uniqueId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

const sqlite: DialectHarness = {
  name: 'sqlite',
  skip: null,
  async freshDatabase() {
    const dir = mkdtempSync(join(tmpdir(), 'afterview-store-'));
    const sqlitePath = join(dir, 'afterview.db');
    return {
      location: { sqlitePath },
      query: async (statement) => {
        const db = new Database(sqlitePath);
        try {
          return db.prepare(statement).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  async freshStore() {
    const db = await this.freshDatabase();
    return storeOn(db.location, 'local', () => db.dispose());
  },
};

const postgresUrl = inject('postgresUrl');

const postgres: DialectHarness = {
  name: 'postgres',
  skip: postgresUrl ? null : 'no PostgreSQL server (see test/global-setup.ts)',
  async freshDatabase() {
    const base = requireUrl();
    const name = uniqueId('afterview_test');
    await admin(base, `create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      location: { databaseUrl: url.toString() },
      query: (statement) => admin(url.toString(), statement),
      dispose: async () => {
        await admin(base, `drop database if exists ${name} with (force)`);
      },
    };
  },
  async freshStore() {
    return storeOn({ databaseUrl: requireUrl() }, uniqueId('seeker'), async () => {});
  },
};

/** Every dialect the store supports, in the order tests run them. */
export const DIALECTS: readonly DialectHarness[] = [sqlite, postgres];

function requireUrl(): string {
  if (!postgresUrl) throw new Error('PostgreSQL is not available in this run');
  return postgresUrl;
}

async function admin(url: string, statement: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

async function storeOn(location: StoreLocation, seekerId: string, remove: () => Promise<void>): Promise<TestStore> {
  const opened: Store[] = [];
  const open = async (id: string) => {
    const store = await openStore({ ...location, seekerId: id, poolSize: 4 });
    opened.push(store);
    return store;
  };
  const store = await open(seekerId);
  return {
    store,
    location,
    seekerId,
    reopen: (id = seekerId) => open(id),
    dispose: async () => {
      for (const s of opened) await s.close();
      await remove();
    },
  };
}
