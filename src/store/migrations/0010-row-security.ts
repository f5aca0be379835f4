/**
 * 0010 (PostgreSQL only): row-level security as a backstop behind the
 * store's own `where seeker_id = ...`. Every table that holds one seeker's
 * data gets a policy that shows and accepts only the rows of the seeker in
 * the connection's `afterview.seeker` setting (set by the store for each
 * seeker's call: src/store/seeker-setting.ts). The accounts tables (users,
 * coach_grants, sessions...) are the server's, not a seeker's, and have
 * none. The policies bind a role that neither owns the tables nor has
 * BYPASSRLS: the operator runs the server as such a role (docs/deploy.md).
 *
 * The calendar feed must find its seeker by token before it knows the
 * seeker: `afterview_seeker_of_feed_token` does that one lookup with its
 * owner's rights.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { StoreMigration } from './migration.types.js';

/** Tables with a seeker_id that are not a seeker's data. */
const NOT_SEEKER_DATA = ['users', 'coach_grants'];

export const rowSecurity: StoreMigration = {
  name: '0010-row-security',
  async up(db: Kysely<unknown>): Promise<void> {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where column_name = 'seeker_id' and table_schema = current_schema()
      order by table_name`.execute(db);
    for (const { table_name: table } of tables.rows) {
      if (NOT_SEEKER_DATA.includes(table)) continue;
      const name = sql.id(table);
      await sql`alter table ${name} enable row level security`.execute(db);
      await sql`create policy ${sql.id(`${table}_one_seeker`)} on ${name}
        using (seeker_id = current_setting('afterview.seeker', true))
        with check (seeker_id = current_setting('afterview.seeker', true))`.execute(db);
    }
    await sql`create function afterview_seeker_of_feed_token(token text) returns varchar
      language sql stable security definer set search_path from current
      as $$ select seeker_id from seeker_secrets where name = 'calendar.token' and value = token limit 1 $$`.execute(
      db,
    );
  },
};
