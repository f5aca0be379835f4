/**
 * 0011 (PostgreSQL only): secrets are sealed at rest (src/app/secret-box.ts),
 * so the calendar feed can no longer find its seeker by comparing the token
 * with the stored value. Beside the token the store keeps its SHA-256 in hex
 * (`calendar.token.sha256`); the feed's lookup now compares that, and the
 * tokens saved before are given theirs here. Also a function that lists the
 * seekers with saved secrets, for `afterview secrets rotate`, which must
 * reach every seeker's values where row-level security shows none.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const sealedSecrets: StoreMigration = {
  name: '0011-sealed-secrets',
  async up(db: Kysely<unknown>): Promise<void> {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`insert into seeker_secrets (seeker_id, name, value)
      select seeker_id, 'calendar.token.sha256', encode(sha256(convert_to(value, 'UTF8')), 'hex')
      from seeker_secrets where name = 'calendar.token' and value not like 'v1:%'
      on conflict do nothing`.execute(db);
    await sql`drop index if exists seeker_secrets_by_calendar_token`.execute(db);
    await sql`create index seeker_secrets_by_calendar_token_hash on seeker_secrets (value)
      where name = 'calendar.token.sha256'`.execute(db);
    await sql`create or replace function afterview_seeker_of_feed_token(token text) returns varchar
      language sql stable security definer set search_path from current
      as $$ select seeker_id from seeker_secrets where name = 'calendar.token.sha256'
        and value = encode(sha256(convert_to(token, 'UTF8')), 'hex') limit 1 $$`.execute(db);
    await sql`create function afterview_seekers_with_secrets() returns setof varchar
      language sql stable security definer set search_path from current
      as $$ select distinct seeker_id from seeker_secrets order by 1 $$`.execute(db);
  },
};
