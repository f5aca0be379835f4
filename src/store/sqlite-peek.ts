/**
 * The seeker's revision read straight from a SQLite file, without Kysely or
 * migrations: what `afterview today` needs to know that its cached agenda is
 * still right, at a fraction of the cost of opening the store. Read-only;
 * any doubt (no file, an older schema, a lock, an error) is null, and the
 * caller takes the ordinary path.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATION_COUNT } from './migrations/count.js';
import { betterSqliteAddon } from './sqlite-addon.js';

/**
 * The file opened read-only with the driver alone, when it exists and every
 * migration of this build is applied; else null (a schema behind this build
 * must be migrated by the ordinary path first). Throws the driver's error
 * when the file cannot be read.
 */
export function openCurrentSqlite(path: string): Database.Database | null {
  if (!existsSync(path)) return null;
  const nativeBinding = betterSqliteAddon();
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const applied = db.prepare('select count(*) as n from kysely_migration').get() as { n: number } | undefined;
    if (applied?.n === MIGRATION_COUNT) return db;
  } catch {
    // Not a store of ours yet: the ordinary path decides.
  }
  db.close();
  return null;
}

/** The seeker's revision in an open file, or null when the seeker has no row. */
export function sqliteRevision(db: Database.Database, seekerId: string): number | null {
  const row = db.prepare('select revision from seekers where seeker_id = ?').get(seekerId) as
    | { revision: number | bigint }
    | undefined;
  return row ? Number(row.revision) : null;
}

/** The seeker's revision in the file at `path`; null on any doubt (see above). */
export function peekSqliteRevision(path: string, seekerId: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = openCurrentSqlite(path);
    return db === null ? null : sqliteRevision(db, seekerId);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
