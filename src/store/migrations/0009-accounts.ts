/**
 * 0009: accounts for a server that many seekers and their coaches share (on
 * PostgreSQL; the tables exist on SQLite too, unused): the people who sign
 * in, their one-time sign-in links and sessions (only hashes of the secrets
 * are kept), the sign-in attempts that bound guessing, and the read access
 * seekers grant coaches. Also an index that finds a seeker by their calendar
 * feed's token, so the feed needs no session.
 */
import { type Kysely, sql } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const accounts: StoreMigration = {
  name: '0009-accounts',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey())
      // Kept in lower case, so one address is one account however it is typed.
      .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('role', 'varchar(16)', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      // Argon2id (PHC string); null until the person sets one through their sign-in link.
      .addColumn('password_hash', 'text')
      // A seeker's own data; null for a coach, who has none.
      .addColumn('seeker_id', 'varchar(200)', (c) => c.unique().references('seekers.seeker_id'))
      .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('signin_tokens')
      .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
      .addColumn('expires_at_ms', 'bigint', (c) => c.notNull())
      .addColumn('used_at_ms', 'bigint')
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
      .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
      // Moves forward while the session is used (sliding); never past absolute_expires_at_ms.
      .addColumn('idle_expires_at_ms', 'bigint', (c) => c.notNull())
      .addColumn('absolute_expires_at_ms', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('signin_attempts')
      // `account:<email>` or `address:<ip>`.
      .addColumn('attempt_key', 'varchar(400)', (c) => c.notNull())
      .addColumn('at_ms', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('signin_attempts_by_key')
      .on('signin_attempts')
      .columns(['attempt_key', 'at_ms'])
      .execute();
    await db.schema
      .createTable('coach_grants')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('coach_user_id', 'varchar(64)', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
      .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('coach_grants_pk', ['seeker_id', 'coach_user_id'])
      .execute();
    await db.schema.createIndex('coach_grants_by_coach').on('coach_grants').column('coach_user_id').execute();
    // The calendar feed finds its seeker by the token in its address.
    await sql`create index seeker_secrets_by_calendar_token on seeker_secrets (value) where name = 'calendar.token'`.execute(
      db,
    );
  },
};
