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

export function peekSqliteRevision(path: string, seekerId: string): number | null {
  if (!existsSync(path)) return null;
  let db: Database.Database | null = null;
  try {
    const nativeBinding = betterSqliteAddon();
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const applied = db.prepare('select count(*) as n from kysely_migration').get() as { n: number } | undefined;
    // A schema behind this build must be migrated by the ordinary path first.
    if (!applied || applied.n !== MIGRATION_COUNT) return null;
    const row = db.prepare('select revision from seekers where seeker_id = ?').get(seekerId) as
      | { revision: number | bigint }
      | undefined;
    return row ? Number(row.revision) : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
