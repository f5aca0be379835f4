/**
 * 0007: a change stamp per opportunity. `changed_rev` is the seeker revision
 * of the last write that touched the opportunity or any of its children
 * (contacts, interviews, touches, offers, snoozes, dismissals): triggers set
 * it to `revision + 1` in the writing transaction, which raises the revision
 * to exactly that when it ends (SqlStore#write). A reader that kept
 * something per opportunity at some revision can tell which opportunities
 * changed since by comparing stamps (src/app/agenda-parts.ts). Triggers, not
 * code in the store, so no write path can forget it. Additive: nothing else
 * reads or writes the column.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { StoreMigration } from './migration.types.js';

/** The children of an opportunity whose rows change what the engine sees. */
const CHILDREN = ['contacts', 'interviews', 'touches', 'offers', 'snoozes', 'dismissals'] as const;
/** The opportunity's own columns (changed_rev excluded, so the trigger's own update does not fire it again). */
const OWN_COLUMNS = 'company, role, interest, created_at, created_at_ms, status, closed_at, url, notes';

const stampOf = (row: 'new' | 'old', idColumn: 'id' | 'opportunity_id') =>
  `update opportunities set changed_rev = (select revision + 1 from seekers where seeker_id = ${row}.seeker_id)
     where seeker_id = ${row}.seeker_id and id = ${row}.${idColumn};`;

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create trigger opportunities_stamp_insert after insert on opportunities begin ${stampOf('new', 'id')} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger opportunities_stamp_update after update of ${OWN_COLUMNS} on opportunities begin ${stampOf('new', 'id')} end`,
    )
    .execute(db);
  for (const table of CHILDREN) {
    await sql
      .raw(
        `create trigger ${table}_stamp_insert after insert on ${table} begin ${stampOf('new', 'opportunity_id')} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_stamp_update after update on ${table} begin ${stampOf('old', 'opportunity_id')} ${stampOf('new', 'opportunity_id')} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_stamp_delete after delete on ${table} begin ${stampOf('old', 'opportunity_id')} end`,
      )
      .execute(db);
  }
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create function afterview_stamp_own() returns trigger language plpgsql as $$
begin
  new.changed_rev := (select revision + 1 from seekers where seeker_id = new.seeker_id);
  return new;
end $$`)
    .execute(db);
  await sql
    .raw(`create function afterview_stamp_parent() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    ${stampOf('old', 'opportunity_id')}
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    ${stampOf('new', 'opportunity_id')}
  end if;
  return null;
end $$`)
    .execute(db);
  await sql
    .raw(
      `create trigger opportunities_stamp before insert or update of ${OWN_COLUMNS} on opportunities
         for each row execute function afterview_stamp_own()`,
    )
    .execute(db);
  for (const table of CHILDREN) {
    await sql
      .raw(
        `create trigger ${table}_stamp after insert or update or delete on ${table}
           for each row execute function afterview_stamp_parent()`,
      )
      .execute(db);
  }
}

export const opportunityStamps: StoreMigration = {
  name: '0007-opportunity-stamps',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('opportunities')
      .addColumn('changed_rev', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
    else await sqliteTriggers(db);
  },
};
