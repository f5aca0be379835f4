/**
 * 0005: the meetings invitations created, by their iCalendar UID, so that an
 * updated invitation for the same meeting moves its interview instead of
 * adding a second one, and a cancellation finds the interview it calls off.
 * Kept with the mail tables: not part of the data file.
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const calendarEvents: StoreMigration = {
  name: '0005-calendar-events',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('calendar_events')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('uid', 'varchar(1000)', (c) => c.notNull())
      .addColumn('opportunity_id', 'varchar(200)', (c) => c.notNull())
      .addColumn('interview_id', 'varchar(200)', (c) => c.notNull())
      .addPrimaryKeyConstraint('calendar_events_pk', ['seeker_id', 'uid'])
      .addForeignKeyConstraint(
        'calendar_events_opportunity_fk',
        ['seeker_id', 'opportunity_id'],
        'opportunities',
        ['seeker_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
  },
};
