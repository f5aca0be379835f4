/**
 * 0003: a revision counter per seeker, raised by every write transaction,
 * so readers (the server's cache, the CLI's agenda cache) can tell cheaply
 * whether anything changed since they last looked, even when another
 * process wrote.
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const revision: StoreMigration = {
  name: '0003-revision',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('seekers')
      .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
