/**
 * 0004: drops `touches_by_message_id` (0001). Mail reading recognises a
 * message it has seen through `mail_messages` and the touches it already
 * holds in memory; no query reads touches by Message-ID, and the index made
 * every touch written from mail cost one more index insert.
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const dropTouchMessageIndex: StoreMigration = {
  name: '0004-drop-touch-message-index',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('touches_by_message_id').ifExists().execute();
  },
};
