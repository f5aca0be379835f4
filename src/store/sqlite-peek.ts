/**
 * The seeker's revision read straight from a SQLite file, without Kysely or
 * migrations: what `afterview today` needs to know that its cached agenda is
 * still right, at a fraction of the cost of opening the store. Read-only;
 * any doubt (no file, an older schema, a lock, an error) is null, and the
 * caller takes the ordinary path.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { MIGRATION_COUNT } from './migrations/count.js';

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

/**
 * The driver's compiled addon, named outright: better-sqlite3 otherwise
 * finds it through the `bindings` package, which tries a dozen paths and
 * reads a stack trace (~10 ms, a sixth of this whole path). Undefined when
 * it is not where a normal install puts it.
 */
function betterSqliteAddon(): string | undefined {
  const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  // Where an install puts it next to this module (src/store, or dist/ when bundled): a few stat calls.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    if (existsSync(join(dir, addon))) return join(dir, addon);
  }
  try {
    // Elsewhere (a hoisted install): module resolution, slower.
    const main = createRequire(import.meta.url).resolve('better-sqlite3');
    const file = join(dirname(main), '..', 'build', 'Release', 'better_sqlite3.node');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
