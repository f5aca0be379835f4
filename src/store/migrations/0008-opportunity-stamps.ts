/**
 * 0008: a change stamp per opportunity. `changed_rev` is the seeker revision
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

/** SQLite, per row: stamps the row's opportunity, unless this transaction already did (a batch of mail rewrites it once). */
const stampOf = (row: 'new' | 'old', idColumn: 'id' | 'opportunity_id') => {
  const next = `(select revision + 1 from seekers where seeker_id = ${row}.seeker_id)`;
  return `update opportunities set changed_rev = ${next}
     where seeker_id = ${row}.seeker_id and id = ${row}.${idColumn} and changed_rev <> ${next};`;
};

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

/** PostgreSQL: once per statement, from its transition tables (a row trigger made bulk imports several times slower). */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create function afterview_stamp_own() returns trigger language plpgsql as $$
begin
  new.changed_rev := (select revision + 1 from seekers where seeker_id = new.seeker_id);
  return new;
end $$`)
    .execute(db);
  await sql
    .raw(
      `create trigger opportunities_stamp before insert or update of ${OWN_COLUMNS} on opportunities
         for each row execute function afterview_stamp_own()`,
    )
    .execute(db);
  const stampRows = (rows: string) => `update opportunities o
       set changed_rev = s.revision + 1
      from (select distinct seeker_id, opportunity_id from ${rows}) r
      join seekers s on s.seeker_id = r.seeker_id
     where o.seeker_id = r.seeker_id and o.id = r.opportunity_id;`;
  const functions = {
    added: stampRows('added_rows'),
    removed: stampRows('removed_rows'),
    changed: `${stampRows('removed_rows')} ${stampRows('added_rows')}`,
  };
  for (const [name, body] of Object.entries(functions)) {
    await sql
      .raw(`create function afterview_stamp_${name}() returns trigger language plpgsql as $$
begin
  ${body}
  return null;
end $$`)
      .execute(db);
  }
  for (const table of CHILDREN) {
    const triggers = [
      ['insert', 'new table as added_rows', 'added'],
      ['update', 'old table as removed_rows new table as added_rows', 'changed'],
      ['delete', 'old table as removed_rows', 'removed'],
    ] as const;
    for (const [event, referencing, fn] of triggers) {
      await sql
        .raw(
          `create trigger ${table}_stamp_${event} after ${event} on ${table}
             referencing ${referencing} for each statement execute function afterview_stamp_${fn}()`,
        )
        .execute(db);
    }
  }
}

export const opportunityStamps: StoreMigration = {
  name: '0008-opportunity-stamps',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('opportunities')
      .addColumn('changed_rev', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
    else await sqliteTriggers(db);
  },
};
