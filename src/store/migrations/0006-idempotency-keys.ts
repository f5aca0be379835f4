/**
 * 0006: the Idempotency-Key of each state-changing request from the web app,
 * per seeker, with what the request was (method, path and a hash of its
 * body) and the response it got, so a retry of the same action is answered
 * with the first response instead of doing it again. Rows older than a day
 * are removed as new keys arrive (src/store/idempotency.ts).
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const idempotencyKeys: StoreMigration = {
  name: '0006-idempotency-keys',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('key', 'varchar(200)', (c) => c.notNull())
      .addColumn('request', 'text', (c) => c.notNull())
      .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
      // Null while the first request is still running.
      .addColumn('status', 'integer')
      .addColumn('content_type', 'text')
      .addColumn('body', 'text')
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['seeker_id', 'key'])
      .execute();
    // Removing the expired keys reads them by age.
    await db.schema
      .createIndex('idempotency_keys_by_age')
      .on('idempotency_keys')
      .columns(['seeker_id', 'created_at_ms'])
      .execute();
  },
};
