/**
 * 0001: the initial schema. Portable DDL only (text, integer, bigint), so
 * the same migration runs on SQLite and PostgreSQL. Ids are varchar(200),
 * the limit the data file allows; SQLite ignores the length.
 *
 * Every child table has a composite foreign key to its opportunity with
 * ON DELETE CASCADE, so deleting an opportunity removes its facts.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

const ID = 'varchar(200)';

export const initial: StoreMigration = {
  name: '0001-initial',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('seekers')
      .addColumn('seeker_id', ID, (c) => c.primaryKey())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('timezone', 'text')
      .addColumn('country', 'text')
      .addColumn('signature', 'text')
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('snoozed', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('dismissed', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    await db.schema
      .createTable('opportunities')
      .addColumn('seeker_id', ID, (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('id', ID, (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('interest', 'integer', (c) => c.notNull().defaultTo(3))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('closed_at', 'text')
      .addColumn('url', 'text')
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('opportunities_pk', ['seeker_id', 'id'])
      .execute();
    await db.schema
      .createIndex('opportunities_by_created')
      .on('opportunities')
      .columns(['seeker_id', 'created_at_ms', 'id'])
      .execute();

    await createChild(db, 'contacts', 'id', (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('title', 'text'),
    );
    await createChild(db, 'interviews', 'id', (t) =>
      t
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('at_ms', 'bigint', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(60))
        .addColumn('round', 'text')
        .addColumn('interviewers', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('timeline_asked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('decision_by', 'text')
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo('')),
    );
    await createChild(db, 'touches', 'id', (t) =>
      t
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('at_ms', 'bigint', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().defaultTo('email'))
        .addColumn('purpose', 'text')
        .addColumn('kind', 'text')
        .addColumn('decision_by', 'text')
        .addColumn('contact_id', ID)
        .addColumn('interview_id', ID)
        .addColumn('subject', 'text')
        .addColumn('body', 'text')
        .addColumn('message_id', 'text'),
    );
    // Mail ingestion looks touches up by Message-ID to skip what it has seen.
    await db.schema.createIndex('touches_by_message_id').on('touches').columns(['seeker_id', 'message_id']).execute();
    await createChild(db, 'offers', 'id', (t) =>
      t
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('at_ms', 'bigint', (c) => c.notNull())
        .addColumn('deadline', 'text')
        .addColumn('decided_at', 'text'),
    );
    await createChild(db, 'snoozes', 'item', (t) => t.addColumn('until', 'text', (c) => c.notNull()));
    await createChild(db, 'dismissals', 'item', (t) => t);
  },
};

type CreateTable = CreateTableBuilder<string, string>;

/** A table keyed by (seeker_id, opportunity_id, key) that cascades from its opportunity. */
async function createChild(
  db: Kysely<unknown>,
  table: string,
  key: 'id' | 'item',
  columns: (t: CreateTable) => CreateTable,
): Promise<void> {
  let t = db.schema
    .createTable(table)
    .addColumn('seeker_id', ID, (c) => c.notNull())
    .addColumn('opportunity_id', ID, (c) => c.notNull())
    .addColumn(key, key === 'id' ? ID : 'varchar(500)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0));
  t = columns(t)
    .addPrimaryKeyConstraint(`${table}_pk`, ['seeker_id', 'opportunity_id', key])
    .addForeignKeyConstraint(
      `${table}_opportunity_fk`,
      ['seeker_id', 'opportunity_id'],
      'opportunities',
      ['seeker_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    );
  await t.execute();
  // Appending a fact reads the highest position of its opportunity's list: an index keeps that O(log n).
  await db.schema
    .createIndex(`${table}_by_position`)
    .on(table)
    .columns(['seeker_id', 'opportunity_id', 'position'])
    .execute();
}
