/**
 * 0002: mail read from files or IMAP, kept once per seeker by Message-ID
 * (the reading and where it went, never the raw message), and the IMAP
 * sync position per folder.
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const mail: StoreMigration = {
  name: '0002-mail',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('mail_messages')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('message_id', 'varchar(1000)', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('sender', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opportunity_id', 'varchar(200)')
      .addColumn('direction', 'text')
      .addColumn('reading', 'text')
      .addColumn('touch_id', 'varchar(200)')
      .addColumn('note', 'text')
      .addPrimaryKeyConstraint('mail_messages_pk', ['seeker_id', 'message_id'])
      .execute();
    await db.schema.createIndex('mail_messages_status').on('mail_messages').columns(['seeker_id', 'status']).execute();
    // A new message takes the next sequence number: max(seq) per seeker, read through this index.
    await db.schema.createIndex('mail_messages_seq').on('mail_messages').columns(['seeker_id', 'seq']).execute();
    await db.schema
      .createTable('imap_state')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('folder', 'text', (c) => c.notNull())
      .addColumn('uid_validity', 'bigint', (c) => c.notNull())
      .addColumn('last_uid', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('imap_state_pk', ['seeker_id', 'folder'])
      .execute();
  },
};
